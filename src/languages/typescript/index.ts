/**
 * The framework-neutral part of microforge's TypeScript stacks: the project's tooling (npm
 * scripts, Biome, tsc, vitest, the Dockerfile), configuration, logs, metrics, tracing, token
 * verification, the contract's wire types and problem details, the Express middleware both
 * frameworks run on (request ids, logs, CORS), the list query, and the tests of all these. A
 * framework adds its application, routes, persistence and their tests, its package-lock.json and
 * its dependencies, and nothing else.
 */
import type { ServiceModel } from "../../engine/model.js";
import type { FileEntry } from "../../engine/types.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import type { Spec } from "../../spec/schema.js";
import { EVERY_CAPABILITY } from "../../stacks/capabilities.js";
import type {
  StackCommands,
  StackContainer,
  StackDescriptor,
  StackPipeline,
} from "../../stacks/types.js";
import { describeDependencies, type FrameworkPins } from "./dependencies.js";
import { deriveNpmLock, type ProjectDependencies } from "./lock.js";
import { formatArray } from "./typescript-format.js";

export { describeTypeScriptField, type TypeScriptField } from "./fields.js";
export {
  describeEnumValues,
  describeTypeScriptResource,
  type TypeScriptResource,
  toCheckName,
  toUniqueName,
} from "./resource.js";
export {
  type Call,
  compareNatural,
  formatArray,
  formatChain,
  formatImport,
  formatImports,
  formatParameters,
  type ImportSpec,
  LINE_WIDTH,
} from "./typescript-format.js";

export const typeScriptTemplates = createTemplateFolder(new URL("./templates/", import.meta.url));

const perResource = (template: string) => ({ template, each: "resource" as const });

/** The files every TypeScript stack generates, whatever its framework. */
export const TYPESCRIPT_BASE_FILES: readonly FileEntry[] = [
  { template: "package.json.eta" },
  {
    template: "package-lock.json",
    transform: (source, model) =>
      deriveNpmLock(
        source,
        model.service.kebab,
        model.stack.facts as unknown as ProjectDependencies,
      ),
  },
  { template: "tsconfig.json.eta" },
  { template: "tsconfig.build.json" },
  { template: "biome.json.eta" },
  { template: "vitest.config.ts.eta" },
  { template: "Dockerfile.eta" },
  { template: "src/config.ts.eta" },
  { template: "src/telemetry.ts", when: (it) => it.features.tracing },
  { template: "src/token.ts", when: (it) => it.auth },
  { template: "src/db/errors.ts" },
  { template: "src/db/readiness.ts" },
  { template: "src/http/auth.ts", when: (it) => it.auth },
  { template: "src/http/body.ts" },
  { template: "src/http/cors.ts" },
  { template: "src/http/problems.ts" },
  { template: "src/http/request-context.ts" },
  { template: "src/http/route-table.ts" },
  { template: "src/http/shutdown.ts" },
  { template: "src/observability/logger.ts" },
  { template: "src/observability/metrics.ts", when: (it) => it.features.metrics },
  { template: "src/observability/tracing.ts", when: (it) => it.features.tracing },
  { template: "src/schemas/list-query.ts" },
  { template: "src/schemas/wire.ts" },
  { template: "test/unit/auth.test.ts", when: (it) => it.auth },
  { template: "test/unit/config.test.ts.eta" },
  { template: "test/unit/database-errors.test.ts" },
  { template: "test/unit/list-query.test.ts" },
  { template: "test/unit/wire.test.ts" },
  perResource("test/unit/__resource.module__-schemas.test.ts.eta"),
  { template: "test/integration/app.test.ts.eta" },
  perResource("test/integration/__resource.module__-api.test.ts.eta"),
  { template: "test/e2e/service.test.ts.eta" },
];

/** How a TypeScript project is laid out for the shared commands and files. */
export interface NodeProject {
  /** The compiled entry point that starts the service, e.g. `dist/server.js`. */
  main: string;
  /** The compiled script applying the migrations, e.g. `dist/db/migrate.js`. */
  migrate: string;
  /** Paths besides dist/ the image needs at run time, e.g. a migrations folder. */
  runtimeFolders: readonly string[];
}

/**
 * Starts the built service. With tracing, `--import` loads the OpenTelemetry SDK first, so its
 * hooks are in place before the HTTP server and the PostgreSQL driver are imported.
 */
function describeStart(spec: Spec, project: NodeProject): string {
  return spec.features.tracing
    ? `node --import ./dist/telemetry.js ${project.main}`
    : `node ${project.main}`;
}

function describeNodeCommands(spec: Spec, project: NodeProject): StackCommands {
  return {
    install: "npm ci",
    lint: "npm run lint",
    formatCheck: "npm run format:check",
    format: "npm run format",
    typecheck: "npm run typecheck",
    build: "npm run build",
    test: "npm test",
    testE2e: "npm run test:e2e",
    migrate: "npm run migrate",
    run: "npm run dev",
    start: describeStart(spec, project),
    devToken: "npm run token -- --role admin",
  };
}

function describeNodeContainer(spec: Spec, project: NodeProject): StackContainer {
  return {
    migrate: `node ${project.migrate}`,
    start: describeStart(spec, project),
    ignore: ["test/"],
    env: { NODE_ENV: "production" },
  };
}

const NODE_PIPELINE: StackPipeline = {
  toolchain: "node",
  securityScan: {
    tool: "semgrep",
    image: "semgrep/semgrep:1.185.0",
    command: "semgrep scan --config p/typescript --config p/nodejs --error src",
  },
  dependencyAudit: { tool: "npm audit", command: "npm audit --omit=dev --audit-level=high" },
};

/**
 * What a TypeScript stack's descriptor takes from its language: Node's port, every capability,
 * the npm commands, the image's commands, the CI pipeline's tools, the prerequisites and the
 * ignored build output.
 */
export function describeNodeStack(project: NodeProject) {
  return {
    language: "typescript",
    defaultPort: 3000,
    supports: EVERY_CAPABILITY,
    commands: (spec: Spec) => describeNodeCommands(spec, project),
    container: (spec: Spec) => describeNodeContainer(spec, project),
    pipeline: NODE_PIPELINE,
    prerequisites:
      "The tool here is Node.js 24, the current LTS (20.19 or newer works), with its npm.",
    gitignore: ["node_modules/", "dist/", "coverage/"],
  } satisfies Partial<StackDescriptor>;
}

/** vitest.config.ts's coverage options are indented by six spaces. */
const COVERAGE_INDENT = 6;

/** What a framework tells the shared templates about its project. */
export interface TypeScriptServiceOptions {
  project: NodeProject;
  /** What the framework pins besides the dependencies every TypeScript stack has. */
  pins: FrameworkPins;
  /** npm scripts besides the shared ones (build, format, lint, start, test, typecheck, ...). */
  scripts: Readonly<Record<string, string>>;
  /** Files the tests do not import: entry points and scripts that run as processes. */
  untested: readonly string[];
  /** Paths Biome leaves alone besides the shared ones, e.g. generated metadata. */
  biomeIgnores: readonly string[];
  /** Files type-checked besides src/ and test/, e.g. a tool's configuration. */
  typeCheckedFiles: readonly string[];
  /** Whether the framework needs TypeScript's legacy decorators and their metadata. */
  decorators: boolean;
  /** Which dependencies may run install scripts (npm's allowScripts): none need to. */
  allowScripts: readonly string[];
}

/** The facts the shared templates read (`it.stack.facts`). */
export function describeTypeScriptService(
  model: ServiceModel,
  options: TypeScriptServiceOptions,
): Record<string, unknown> {
  const { project } = options;
  const start = describeStart(model.spec, project);
  const scripts: Record<string, string> = {
    ...options.scripts,
    format: "biome check --write .",
    "format:check": "biome format .",
    lint: "biome lint .",
    start,
    test: "vitest run --coverage",
    "test:e2e": "vitest run test/e2e",
    ...(model.auth ? { token: "tsx src/token.ts" } : {}),
    typecheck: "tsc --noEmit",
  };
  return {
    ...describeDependencies(model, options.pins),
    scripts: Object.fromEntries(
      Object.entries(scripts).sort(([left], [right]) => (left < right ? -1 : 1)),
    ),
    allowScripts: Object.fromEntries([...options.allowScripts].sort().map((name) => [name, false])),
    runtimeFolders: project.runtimeFolders,
    decorators: options.decorators,
    typeCheckedFiles: ["src", "test", ...options.typeCheckedFiles, "vitest.config.ts"],
    biomeIgnores: [
      ...[".microforge", "coverage", "deploy", "dist", "infra", "observability"],
      ...["package-lock.json", ...options.biomeIgnores],
    ]
      .sort()
      .map((path) => `!${path}`),
    coverageExclusions: formatArray(
      COVERAGE_INDENT,
      "exclude: ",
      [
        ...options.untested,
        ...(model.features.tracing ? ["src/telemetry.ts"] : []),
        ...(model.auth ? ["src/token.ts"] : []),
      ].map((path) => JSON.stringify(path)),
      ",",
    ),
  };
}
