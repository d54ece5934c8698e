import type { StackReadmeSection } from "../types.js";

/** The README's notes on how the Flask service is built and why. */
export const FLASK_README: readonly StackReadmeSection[] = [
  {
    title: "How it is built",
    body: [
      "- **Layout.** `src/app.py` is the application factory; `src/api/` has one blueprint per",
      "  resource (nested in the API blueprint, which checks the token), the health probes, the",
      "  metrics and the OpenAPI document; `src/schemas/` the Pydantic models of the wire format;",
      "  `src/models/` the SQLAlchemy models; `src/services/` the use cases; `src/utils/` errors,",
      "  logging, request hooks, CORS, security, metrics and tracing; `src/config.py` the settings.",
      "  `manage.py migrate` applies the Alembic migrations in `migrations/`.",
      "- **Sync, on purpose.** Flask views are plain functions, so the database access is too:",
      "  SQLAlchemy 2 with psycopg 3 and a connection pool (connect 2 s, pool wait 3 s, so a request",
      "  fails with a 503 within 5 s while the database is down). gunicorn runs one process of 16",
      "  threads (`gunicorn.conf.py`): psycopg releases the GIL while it waits, the Prometheus",
      "  metrics of one process are exact, and a container scales out with more replicas.",
      "- **Requests.** `operation(...)` on a view validates its query string and body with the",
      "  view's Pydantic models (decimals are strings, integers 32-bit, unknown fields refused) and",
      "  describes it in the OpenAPI document, which apispec builds from the same models at",
      "  `/openapi.json` (Swagger UI at `/docs`).",
      "- **Shutdown.** On SIGTERM readiness answers 503 at once; the worker accepts connections one",
      "  second longer, so that those already queued are served rather than reset, then stops, and",
      "  requests in flight get `SHUTDOWN_GRACE_SECONDS` to finish.",
    ].join("\n"),
  },
];
