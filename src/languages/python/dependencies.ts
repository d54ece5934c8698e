import type { ServiceModel } from "../../engine/model.js";

/**
 * A generated project's pinned dependency: pyproject.toml prints it and uv.lock is derived for
 * exactly the selected set. `npm run lock:python` relocks every Python stack after a change.
 */
export interface PythonDependency {
  name: string;
  requirement: string;
  when?: (model: ServiceModel) => boolean;
}

export const withTracing = (model: ServiceModel) => model.features.tracing;

/** What every Python stack depends on, whatever its framework. */
const COMMON_DEPENDENCIES: readonly PythonDependency[] = [
  { name: "alembic", requirement: "alembic==1.20.1" },
  {
    name: "opentelemetry-exporter-otlp-proto-http",
    requirement: "opentelemetry-exporter-otlp-proto-http==1.45.1",
    when: withTracing,
  },
  {
    name: "opentelemetry-instrumentation-psycopg",
    requirement: "opentelemetry-instrumentation-psycopg==0.66b1",
    when: withTracing,
  },
  { name: "opentelemetry-sdk", requirement: "opentelemetry-sdk==1.45.1", when: withTracing },
  {
    name: "prometheus-client",
    requirement: "prometheus-client==0.26.0",
    when: (model) => model.features.metrics,
  },
  { name: "psycopg", requirement: "psycopg[binary]==3.3.9" },
  { name: "pydantic", requirement: "pydantic==2.14.4" },
  { name: "pydantic-settings", requirement: "pydantic-settings==2.16.3" },
  { name: "pyjwt", requirement: "pyjwt[crypto]==2.15.1", when: (model) => model.auth },
];

const COMMON_DEV_DEPENDENCIES: readonly string[] = [
  "httpx==0.28.1",
  "mypy==2.4.1",
  "pytest==9.2.0",
  "pytest-cov==7.1.0",
  "ruff==0.17.6",
];

/** The common dependencies and a framework's own, sorted by name, as the spec selects them. */
export function selectDependencies(
  model: ServiceModel,
  framework: readonly PythonDependency[],
): PythonDependency[] {
  return (
    [...COMMON_DEPENDENCIES, ...framework]
      .filter((dependency) => dependency.when?.(model) ?? true)
      // Plain code-point order: the names are ASCII, and localeCompare would load ICU collation.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  );
}

export function listDevDependencies(framework: readonly string[]): string[] {
  return [...COMMON_DEV_DEPENDENCIES, ...framework].sort();
}
