import {
  describePythonCommands,
  describePythonFiles,
  describePythonStack,
  type PythonFramework,
  withTracing,
} from "../../languages/python/index.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";
import { FLASK_README } from "./readme.js";

/** The seed's Flask layout: `src/app.py`, `src/api/`, `src/models/`, `src/services/`, `src/utils/`. */
const FLASK: PythonFramework = {
  layout: {
    package: "src",
    config: "src.config",
    logging: "src.utils.logging",
    problems: "src.utils.problems",
    security: "src.utils.security",
    metrics: "src.utils.metrics",
    tracing: "src.utils.tracing",
    token: "src.token",
    schemas: "src.schemas",
    models: "src.models",
    services: "src.services",
    base: "src.models.base",
  },
  async: false,
  serverLoggers: ["gunicorn.error"],
  dependencies: [
    { name: "apispec", requirement: "apispec==6.10.1" },
    { name: "flask", requirement: "flask==3.1.3" },
    { name: "gunicorn", requirement: "gunicorn==27.0.1" },
    {
      name: "opentelemetry-instrumentation-flask",
      requirement: "opentelemetry-instrumentation-flask==0.66b1",
      when: withTracing,
    },
    { name: "sqlalchemy", requirement: "sqlalchemy==2.1.9" },
  ],
  devDependencies: [],
  rootFiles: ["gunicorn.conf.py", "manage.py"],
  coverageOmit: [],
};

const perResource = (template: string) => ({ template, each: "resource" as const });

/** Python 3.11+, Flask 3 (blueprints, gunicorn), Pydantic v2, SQLAlchemy 2 (psycopg 3), Alembic, uv. */
export const pythonFlask: StackDescriptor = {
  id: "python-flask",
  title: "Python Flask",
  ...describePythonStack(FLASK, new URL("./templates/", import.meta.url)),
  summary:
    "Flask 3 blueprints on gunicorn, Pydantic v2 with apispec, SQLAlchemy 2 with Alembic, uv, ruff, mypy --strict, pytest",
  // Flask's own default port, as in the seed's Flask scaffold.
  defaultPort: 5000,
  supports: EVERY_CAPABILITY,
  commands: () =>
    describePythonCommands({
      migrate: "uv run python manage.py migrate",
      run: "uv run gunicorn --reload",
      start: ".venv/bin/gunicorn",
      devToken: "uv run python -m src.token --role admin",
    }),
  container: () => ({
    migrate: "python manage.py migrate",
    start: "gunicorn",
    ignore: ["tests/"],
  }),
  readme: FLASK_README,
  files: [
    ...describePythonFiles(FLASK),
    { template: "gunicorn.conf.py" },
    { template: "manage.py" },
    { template: "src/app.py.eta" },
    { template: "src/database.py" },
    { template: "src/api/__init__.py.eta" },
    { template: "src/api/health.py" },
    { template: "src/api/metrics.py", when: (it) => it.features.metrics },
    { template: "src/api/openapi.py.eta" },
    { template: "src/api/routing.py" },
    { template: "src/api/templates/swagger-ui.html" },
    perResource("src/api/__resource.module__.py.eta"),
    { template: "src/utils/authentication.py", when: (it) => it.auth },
    { template: "src/utils/cors.py" },
    { template: "src/utils/errors.py" },
    { template: "src/utils/requests.py" },
    { template: "src/utils/routes.py" },
    { template: "src/utils/validation.py" },
    { template: "tests/integration/conftest.py.eta" },
    { template: "tests/integration/test_app.py.eta" },
  ],
};
