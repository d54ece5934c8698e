import {
  describePythonCommands,
  describePythonFiles,
  describePythonStack,
  type PythonFramework,
  withTracing,
} from "../../languages/python/index.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";

const FASTAPI: PythonFramework = {
  layout: {
    package: "app",
    config: "app.core.config",
    logging: "app.core.logging",
    problems: "app.core.problems",
    security: "app.core.security",
    metrics: "app.core.metrics",
    tracing: "app.core.tracing",
    token: "app.token",
    schemas: "app.schemas",
    models: "app.db.models",
    services: "app.services",
    base: "app.db.base",
  },
  async: true,
  serverLoggers: ["uvicorn", "uvicorn.error", "uvicorn.access"],
  dependencies: [
    { name: "fastapi", requirement: "fastapi==0.165.0" },
    {
      name: "opentelemetry-instrumentation-fastapi",
      requirement: "opentelemetry-instrumentation-fastapi==0.66b1",
      when: withTracing,
    },
    { name: "sqlalchemy", requirement: "sqlalchemy[asyncio]==2.1.9" },
    { name: "uvicorn", requirement: "uvicorn==0.54.0" },
  ],
  devDependencies: ["pytest-asyncio==1.5.0"],
  rootFiles: [],
  coverageOmit: ["app/__main__.py"],
};

const perResource = (template: string) => ({ template, each: "resource" as const });

/** Python 3.11+, FastAPI, Pydantic v2, SQLAlchemy 2 (async, psycopg 3), Alembic, uv. */
export const pythonFastapi: StackDescriptor = {
  id: "python-fastapi",
  title: "Python FastAPI",
  ...describePythonStack(FASTAPI, new URL("./templates/", import.meta.url)),
  summary: "FastAPI, Pydantic v2, SQLAlchemy 2 with Alembic, uv, ruff, mypy --strict, pytest",
  defaultPort: 8000,
  supports: EVERY_CAPABILITY,
  commands: () =>
    describePythonCommands({
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
  files: [
    ...describePythonFiles(FASTAPI),
    { template: "app/__main__.py" },
    { template: "app/main.py.eta" },
    { template: "package/__init__.py", output: "app/api/__init__.py" },
    { template: "app/api/health.py" },
    { template: "app/api/metrics.py", when: (it) => it.features.metrics },
    { template: "app/api/router.py.eta" },
    { template: "app/api/routing.py" },
    perResource("app/api/__resource.module__.py.eta"),
    { template: "app/core/authentication.py", when: (it) => it.auth },
    { template: "app/core/cors.py" },
    { template: "app/core/errors.py" },
    { template: "app/core/middleware.py" },
    { template: "app/core/routes.py" },
    { template: "app/db/session.py" },
    { template: "tests/integration/conftest.py.eta" },
    { template: "tests/integration/test_app.py.eta" },
  ],
};
