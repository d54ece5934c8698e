import { createTemplateFolder } from "../../platform/template-folder.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";
import { DEV_DEPENDENCIES, selectDependencies } from "./dependencies.js";
import { describePythonField } from "./fields.js";
import { deriveUvLock } from "./lock.js";
import { describePythonResource } from "./resource.js";

const perResource = (template: string) => ({ template, each: "resource" as const });

/** Python 3.11+, FastAPI, Pydantic v2, SQLAlchemy 2 (async, psycopg 3), Alembic, uv. */
export const pythonFastapi: StackDescriptor = {
  id: "python-fastapi",
  title: "Python FastAPI",
  language: "python",
  summary: "FastAPI, Pydantic v2, SQLAlchemy 2 with Alembic, uv, ruff, mypy --strict, pytest",
  defaultPort: 8000,
  supports: EVERY_CAPABILITY,
  commands: () => ({
    install: "uv sync --locked",
    lint: "uv run ruff check .",
    formatCheck: "uv run ruff format --check .",
    format: "uv run ruff format . && uv run ruff check --fix .",
    typecheck: "uv run mypy .",
    test: "uv run pytest --cov",
    testE2e: "uv run pytest -m e2e",
    migrate: "uv run alembic upgrade head",
    run: "uv run python -m app",
    start: ".venv/bin/python -m app",
    devToken: "uv run python -m app.token --role admin",
  }),
  container: () => ({
    migrate: "alembic upgrade head",
    start: "python -m app",
    ignore: ["tests/"],
  }),
  pipeline: {
    toolchain: "python",
    securityScan: { tool: "bandit", command: "uvx bandit==1.9.4 --recursive app --quiet" },
    dependencyAudit: {
      tool: "pip-audit",
      command:
        "uv export --frozen --no-dev --no-emit-project --output-file requirements.txt && uvx pip-audit==2.10.1 --disable-pip --require-hashes --requirement requirements.txt",
    },
  },
  tasks: [
    {
      name: "requirements",
      command: "uv export --frozen --no-dev --no-emit-project --output-file requirements.txt",
      description: "exports requirements.txt (with hashes) from uv.lock for pip users",
    },
  ],
  prerequisites:
    "The tool here is uv (0.13 or newer): it installs the locked dependencies and, where the\n" +
    "machine has none, a Python 3.11 or newer.",
  gitignore: ["__pycache__/", ".venv/", ".mypy_cache/", ".pytest_cache/", ".ruff_cache/"],
  files: [
    { template: "pyproject.toml.eta" },
    {
      template: "uv.lock",
      transform: (source, model) =>
        deriveUvLock(
          source,
          model.service.kebab,
          new Set(selectDependencies(model).map((dependency) => dependency.name)),
        ),
    },
    { template: "alembic.ini" },
    { template: "Dockerfile.eta" },
    { template: "app/__init__.py" },
    { template: "app/__main__.py" },
    { template: "app/main.py.eta" },
    { template: "app/token.py", when: (it) => it.auth },
    { template: "app/api/__init__.py" },
    { template: "app/api/health.py" },
    { template: "app/api/router.py.eta" },
    { template: "app/api/routing.py" },
    perResource("app/api/__resource.module__.py.eta"),
    { template: "app/core/__init__.py" },
    { template: "app/core/authentication.py", when: (it) => it.auth },
    { template: "app/core/config.py.eta" },
    { template: "app/core/cors.py" },
    { template: "app/core/errors.py" },
    { template: "app/core/logging.py" },
    { template: "app/core/metrics.py", when: (it) => it.features.metrics },
    { template: "app/core/middleware.py" },
    { template: "app/core/problems.py" },
    { template: "app/core/routes.py" },
    { template: "app/core/security.py", when: (it) => it.auth },
    { template: "app/core/tracing.py", when: (it) => it.features.tracing },
    { template: "app/db/__init__.py" },
    { template: "app/db/base.py" },
    { template: "app/db/session.py" },
    { template: "app/db/models/__init__.py.eta" },
    perResource("app/db/models/__resource.module__.py.eta"),
    { template: "app/schemas/__init__.py" },
    { template: "app/schemas/common.py" },
    { template: "app/schemas/types.py" },
    perResource("app/schemas/__resource.module__.py.eta"),
    { template: "app/services/__init__.py" },
    { template: "app/services/listing.py" },
    perResource("app/services/__resource.module__.py.eta"),
    { template: "migrations/env.py" },
    { template: "migrations/script.py.mako" },
    perResource("migrations/versions/__resource.stack.migration.file__.py.eta"),
    { template: "tests/__init__.py" },
    { template: "tests/unit/__init__.py" },
    { template: "tests/unit/test_listing.py" },
    { template: "tests/unit/test_logging.py" },
    { template: "tests/unit/test_security.py", when: (it) => it.auth },
    { template: "tests/unit/test_types.py" },
    perResource("tests/unit/test___resource.module___schemas.py.eta"),
    { template: "tests/integration/__init__.py" },
    { template: "tests/integration/conftest.py.eta" },
    { template: "tests/integration/test_app.py.eta" },
    perResource("tests/integration/test___resource.module___api.py.eta"),
    { template: "tests/e2e/__init__.py" },
    { template: "tests/e2e/test_service.py.eta" },
  ],
  templates: createTemplateFolder(new URL("./templates/", import.meta.url)),
  describeField: (field, resource) => ({ ...describePythonField(field, resource) }),
  describeResource: (resource) => ({ ...describePythonResource(resource) }),
  describeService: (model) => ({
    dependencies: selectDependencies(model).map((dependency) => dependency.requirement),
    devDependencies: DEV_DEPENDENCIES,
  }),
};
