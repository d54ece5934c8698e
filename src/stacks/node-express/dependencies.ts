import type { ServiceModel } from "../../engine/model.js";

/**
 * The generated project's pinned dependencies: package.json prints them and package-lock.json
 * is derived for exactly this set. `npm run lock:node` relocks them all after a change here.
 */
interface Dependency {
  name: string;
  version: string;
  when?: (model: ServiceModel) => boolean;
}

const tracing = (model: ServiceModel) => model.features.tracing;

export const DEPENDENCIES: readonly Dependency[] = [
  { name: "@opentelemetry/api", version: "1.10.0", when: tracing },
  { name: "@opentelemetry/instrumentation-http", version: "0.300.0", when: tracing },
  { name: "@opentelemetry/instrumentation-pg", version: "0.77.0", when: tracing },
  { name: "@opentelemetry/sdk-node", version: "0.300.0", when: tracing },
  { name: "drizzle-orm", version: "0.45.4" },
  { name: "express", version: "5.3.0" },
  { name: "import-in-the-middle", version: "3.6.0", when: tracing },
  { name: "jose", version: "6.2.17", when: (model) => model.auth },
  { name: "pg", version: "8.23.1" },
  { name: "pino", version: "10.4.0" },
  { name: "prom-client", version: "15.1.3", when: (model) => model.features.metrics },
  { name: "swagger-ui-dist", version: "5.35.0" },
  { name: "zod", version: "4.6.7" },
  { name: "zod-openapi", version: "6.0.2" },
];

export const DEV_DEPENDENCIES: readonly Dependency[] = [
  { name: "@biomejs/biome", version: "2.6.8" },
  { name: "@types/express", version: "5.0.6" },
  { name: "@types/node", version: "24.19.4" },
  { name: "@types/pg", version: "8.23.1" },
  { name: "@types/supertest", version: "7.2.1" },
  { name: "@vitest/coverage-v8", version: "4.1.12" },
  { name: "drizzle-kit", version: "0.31.11" },
  { name: "supertest", version: "7.3.2" },
  { name: "tsx", version: "4.23.15" },
  { name: "typescript", version: "7.0.2" },
  { name: "vite", version: "8.3.8" },
  { name: "vitest", version: "4.1.12" },
];

export function selectDependencies(
  model: ServiceModel,
  list: readonly Dependency[] = DEPENDENCIES,
): Dependency[] {
  return list.filter((dependency) => dependency.when?.(model) ?? true);
}
