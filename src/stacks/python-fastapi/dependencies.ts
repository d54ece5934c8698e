import type { ServiceModel } from "../../engine/model.js";

/**
 * The generated project's pinned dependencies: pyproject.toml prints them and uv.lock is
 * derived for exactly this set. `npm run lock:python` relocks them all after a change here.
 */
interface Dependency {
  name: string;
  requirement: string;
  when?: (model: ServiceModel) => boolean;
}

const tracing = (model: ServiceModel) => model.features.tracing;

export const DEPENDENCIES: readonly Dependency[] = [
  { name: "alembic", requirement: "alembic==1.20.1" },
  { name: "fastapi", requirement: "fastapi==0.165.0" },
  {
    name: "opentelemetry-exporter-otlp-proto-http",
    requirement: "opentelemetry-exporter-otlp-proto-http==1.45.1",
    when: tracing,
  },
  {
    name: "opentelemetry-instrumentation-fastapi",
    requirement: "opentelemetry-instrumentation-fastapi==0.66b1",
    when: tracing,
  },
  {
    name: "opentelemetry-instrumentation-psycopg",
    requirement: "opentelemetry-instrumentation-psycopg==0.66b1",
    when: tracing,
  },
  { name: "opentelemetry-sdk", requirement: "opentelemetry-sdk==1.45.1", when: tracing },
  {
    name: "prometheus-client",
    requirement: "prometheus-client==0.26.0",
    when: (model) => model.features.metrics,
  },
  { name: "psycopg", requirement: "psycopg[binary]==3.3.9" },
  { name: "pydantic", requirement: "pydantic==2.14.4" },
  { name: "pydantic-settings", requirement: "pydantic-settings==2.16.3" },
  { name: "pyjwt", requirement: "pyjwt[crypto]==2.15.1", when: (model) => model.auth },
  { name: "sqlalchemy", requirement: "sqlalchemy[asyncio]==2.1.9" },
  { name: "uvicorn", requirement: "uvicorn==0.54.0" },
];

export const DEV_DEPENDENCIES: readonly string[] = [
  "httpx==0.28.1",
  "mypy==2.4.1",
  "pytest==9.2.0",
  "pytest-asyncio==1.5.0",
  "pytest-cov==7.1.0",
  "ruff==0.17.6",
];

export function selectDependencies(model: ServiceModel): Dependency[] {
  return DEPENDENCIES.filter((dependency) => dependency.when?.(model) ?? true);
}
