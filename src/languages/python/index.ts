/**
 * What microforge's Python stacks share, whatever their framework: the uv project (pinned
 * dependencies, the lock derived from a stored one, ruff, mypy, pytest with coverage), the
 * settings, JSON logs, problem details, JWT verification, metrics and tracing set-up, the wire
 * types and schemas (Pydantic v2), the models, services and Alembic migrations (SQLAlchemy 2),
 * the development token and the tests that do not depend on the framework. A framework adds
 * its application, its routes and middleware, its server, its own dependencies and the two
 * integration test files that build its application; it says where the shared modules go
 * (its PythonLayout) and whether its database access is async.
 */
import type { ServiceModel } from "../../engine/model.js";
import { overlayTemplates } from "../../engine/template-overlay.js";
import type { FileEntry } from "../../engine/types.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import type {
  StackCommands,
  StackDescriptor,
  StackPipeline,
  StackTask,
} from "../../stacks/types.js";
import { listDevDependencies, type PythonDependency, selectDependencies } from "./dependencies.js";
import { describePythonField } from "./fields.js";
import { type PythonLayout, toModuleFile, toResourceFile } from "./layout.js";
import { deriveUvLock } from "./lock.js";
import { describeAlembicMigration } from "./migration.js";
import { describePythonResource, formatFirstPartyImports } from "./resource.js";

export { type PythonDependency, withTracing } from "./dependencies.js";
export type { PythonLayout } from "./layout.js";

const pythonTemplates = createTemplateFolder(new URL("./templates/", import.meta.url));

/** What a framework tells the language layer about itself. */
export interface PythonFramework {
  layout: PythonLayout;
  /** Async database access (SQLAlchemy's asyncio extension) or sync. */
  async: boolean;
  /** The server's loggers, routed through the JSON handler like every other. */
  serverLoggers: readonly string[];
  dependencies: readonly PythonDependency[];
  devDependencies: readonly string[];
  /** Files besides alembic.ini and entrypoint.sh the image needs at its root. */
  rootFiles: readonly string[];
  /** Modules coverage leaves out: entry points that only run as processes. */
  coverageOmit: readonly string[];
}

/**
 * The parts of a descriptor every Python stack fills alike: its templates (the framework's own
 * folder over the language's), the view model's Python facts, the CI pipeline and the README's
 * prerequisites. The stack adds its identity, its commands and its file list.
 */
export function describePythonStack(
  framework: PythonFramework,
  templates: URL,
): Pick<
  StackDescriptor,
  | "language"
  | "pipeline"
  | "tasks"
  | "prerequisites"
  | "gitignore"
  | "templates"
  | "describeField"
  | "describeResource"
  | "describeMigration"
  | "describeService"
> {
  return {
    language: "python",
    pipeline: describePythonPipeline(framework.layout),
    tasks: PYTHON_TASKS,
    prerequisites: PYTHON_PREREQUISITES,
    gitignore: PYTHON_GITIGNORE,
    templates: overlayTemplates(createTemplateFolder(templates), pythonTemplates),
    describeField: (field, resource) => ({ ...describePythonField(field, resource) }),
    describeResource: (resource) => ({
      ...describePythonResource(resource, framework.layout, framework.async),
    }),
    describeMigration: (migration) => ({ ...describeAlembicMigration(migration) }),
    describeService: (model) => describePythonService(model, framework),
  };
}

const perResource = (template: string, output: string): FileEntry => ({
  template,
  output,
  each: "resource",
});
const auth = (model: ServiceModel) => model.auth;
const metrics = (model: ServiceModel) => model.features.metrics;
const tracing = (model: ServiceModel) => model.features.tracing;

/** The files every Python stack generates, written where the framework's layout puts them. */
export function describePythonFiles(framework: PythonFramework): FileEntry[] {
  const { layout } = framework;
  const at = (template: string, module: string, when?: (model: ServiceModel) => boolean) => ({
    template,
    output: toModuleFile(module),
    ...(when ? { when } : {}),
  });
  return [
    { template: "pyproject.toml.eta" },
    {
      template: "uv.lock",
      transform: (source, model) =>
        deriveUvLock(
          source,
          model.service.kebab,
          new Set(selectDependencies(model, framework.dependencies).map(({ name }) => name)),
        ),
    },
    { template: "alembic.ini" },
    { template: "Dockerfile.eta" },
    ...listSharedPackages(layout).map((pkg) => at("package/__init__.py", `${pkg}.__init__`)),
    at("package/config.py.eta", layout.config),
    at("package/logging.py.eta", layout.logging),
    at("package/problems.py", layout.problems),
    at("package/security.py.eta", layout.security, auth),
    at("package/metrics.py", layout.metrics, metrics),
    at("package/tracing.py", layout.tracing, tracing),
    at("package/token.py.eta", layout.token, auth),
    at("package/models/__init__.py.eta", `${layout.models}.__init__`),
    at("package/models/base.py", layout.base),
    perResource("package/models/__resource.module__.py.eta", toResourceFile(layout.models)),
    at("package/schemas/common.py.eta", `${layout.schemas}.common`),
    at("package/schemas/types.py", `${layout.schemas}.types`),
    perResource("package/schemas/__resource.module__.py.eta", toResourceFile(layout.schemas)),
    at("package/services/listing.py.eta", `${layout.services}.listing`),
    perResource("package/services/__resource.module__.py.eta", toResourceFile(layout.services)),
    { template: "migrations/env.py.eta" },
    { template: "migrations/script.py.mako" },
    { template: "migrations/versions/__migration.stack.file__.py.eta", each: "migration" },
    { template: "package/__init__.py", output: "tests/__init__.py" },
    { template: "package/__init__.py", output: "tests/unit/__init__.py" },
    { template: "tests/unit/test_listing.py.eta" },
    { template: "tests/unit/test_logging.py.eta" },
    { template: "tests/unit/test_security.py.eta", when: auth },
    { template: "tests/unit/test_types.py.eta" },
    { template: "tests/unit/test___resource.module___schemas.py.eta", each: "resource" },
    { template: "package/__init__.py", output: "tests/integration/__init__.py" },
    { template: "tests/integration/test___resource.module___api.py.eta", each: "resource" },
    { template: "tests/integration/test_migrations.py", when: (it) => it.resources.length > 0 },
    { template: "package/__init__.py", output: "tests/e2e/__init__.py" },
    { template: "tests/e2e/test_service.py.eta" },
  ];
}

/** The packages holding the shared modules (the models package has an `__init__` of its own). */
function listSharedPackages(layout: PythonLayout): string[] {
  const packages = new Set<string>([layout.schemas, layout.services]);
  for (const module of [
    layout.config,
    layout.logging,
    layout.problems,
    layout.token,
    layout.base,
  ]) {
    const parts = module.split(".");
    for (let end = 1; end < parts.length; end += 1) packages.add(parts.slice(0, end).join("."));
  }
  packages.delete(layout.models);
  return [...packages].sort();
}

/**
 * The facts every shared template reads (`it.stack.facts`): pinned dependencies, the modules'
 * places, the async flavour (`def`, `await`, the session type) and the first-party imports of
 * the shared modules, sorted as ruff sorts them for this layout.
 */
function describePythonService(
  model: ServiceModel,
  framework: PythonFramework,
): Record<string, unknown> {
  const { layout, async } = framework;
  return {
    dependencies: selectDependencies(model, framework.dependencies).map(
      ({ requirement }) => requirement,
    ),
    devDependencies: listDevDependencies(framework.devDependencies),
    modules: layout,
    async,
    def: async ? "async def" : "def",
    await: async ? "await " : "",
    session: async ? "AsyncSession" : "Session",
    client: async ? "AsyncClient" : "Client",
    /** The server's loggers as a Python tuple, and the one it logs its start-up on. */
    serverLoggers: `(${framework.serverLoggers.map((name) => `"${name}"`).join(", ")}${framework.serverLoggers.length === 1 ? "," : ""})`,
    serverLogger: framework.serverLoggers[0],
    rootFiles: ["alembic.ini", "entrypoint.sh", ...framework.rootFiles].sort(),
    coverageOmit: framework.coverageOmit,
    imports: {
      listing: formatFirstPartyImports([
        [layout.problems, ["FieldError", "InvalidFieldsError"]],
        [layout.base, ["Base"]],
        [`${layout.schemas}.common`, ["ListQuery"]],
      ]),
      migrations: [
        `import ${layout.models}  # noqa: F401 - every model registers its table on Base.metadata`,
        ...formatFirstPartyImports([
          [layout.config, ["get_settings"]],
          [layout.base, ["Base"]],
        ]),
      ],
      testListing: formatFirstPartyImports([
        [layout.problems, ["InvalidFieldsError"]],
        [`${layout.services}.listing`, ["build_order"]],
      ]),
      testSecurity: formatFirstPartyImports([
        [layout.config, ["Settings"]],
        [layout.security, ["REQUIRED_ROLES", "Role", "TokenVerifier", "read_bearer_token"]],
      ]),
    },
  };
}

/** The commands every Python stack shares; the framework adds how it migrates, runs and starts. */
export function describePythonCommands(
  framework: Pick<StackCommands, "migrate" | "run" | "start" | "devToken">,
): StackCommands {
  return {
    install: "uv sync --locked",
    lint: "uv run ruff check .",
    formatCheck: "uv run ruff format --check .",
    format: "uv run ruff format . && uv run ruff check --fix .",
    typecheck: "uv run mypy .",
    test: "uv run pytest --cov",
    testE2e: "uv run pytest -m e2e",
    ...framework,
  };
}

const REQUIREMENTS = "uv export --frozen --no-dev --no-emit-project --output-file requirements.txt";

/** The CI pipeline's security scan of the package and audit of the locked dependencies. */
function describePythonPipeline(layout: PythonLayout): StackPipeline {
  return {
    toolchain: "python",
    securityScan: {
      tool: "bandit",
      command: `uvx bandit==1.9.4 --recursive ${layout.package} --quiet`,
    },
    dependencyAudit: {
      tool: "pip-audit",
      command: `${REQUIREMENTS} && uvx pip-audit==2.10.1 --disable-pip --require-hashes --requirement requirements.txt`,
    },
  };
}

const PYTHON_TASKS: readonly StackTask[] = [
  {
    name: "requirements",
    command: REQUIREMENTS,
    description: "exports requirements.txt (with hashes) from uv.lock for pip users",
  },
];

const PYTHON_PREREQUISITES =
  "The tool here is uv (0.13 or newer): it installs the locked dependencies and, where the\n" +
  "machine has none, a Python 3.11 or newer.";

const PYTHON_GITIGNORE: readonly string[] = [
  "__pycache__/",
  ".venv/",
  ".mypy_cache/",
  ".pytest_cache/",
  ".ruff_cache/",
];
