import type { ServiceModel } from "../../engine/model.js";
import type { ProjectDependencies } from "./lock.js";

/**
 * The generated projects' pinned dependencies: package.json prints them and package-lock.json
 * is derived for exactly this set. `npm run lock:node` relocks a stack after a change here.
 */
interface Dependency {
  name: string;
  version: string;
  when?: (model: ServiceModel) => boolean;
}

const tracing = (model: ServiceModel) => model.features.tracing;

/**
 * What every TypeScript stack runs on: Express (Nest's HTTP platform too), pg, zod, pino, jose,
 * prom-client and OpenTelemetry.
 */
const COMMON_DEPENDENCIES: readonly Dependency[] = [
  { name: "@opentelemetry/api", version: "1.10.0", when: tracing },
  { name: "@opentelemetry/instrumentation-http", version: "0.300.0", when: tracing },
  { name: "@opentelemetry/instrumentation-pg", version: "0.77.0", when: tracing },
  { name: "@opentelemetry/sdk-node", version: "0.300.0", when: tracing },
  { name: "express", version: "5.3.0" },
  { name: "import-in-the-middle", version: "3.6.0", when: tracing },
  { name: "jose", version: "6.2.17", when: (model) => model.auth },
  { name: "pg", version: "8.23.1" },
  { name: "pino", version: "10.4.0" },
  { name: "prom-client", version: "15.1.3", when: (model) => model.features.metrics },
  { name: "zod", version: "4.6.7" },
];

/** The tools every TypeScript stack develops with: Biome, vitest with supertest, tsx. */
const COMMON_DEV_DEPENDENCIES: readonly Dependency[] = [
  { name: "@biomejs/biome", version: "2.6.8" },
  { name: "@types/express", version: "5.0.6" },
  { name: "@types/node", version: "24.19.4" },
  { name: "@types/pg", version: "8.23.1" },
  { name: "@types/supertest", version: "7.2.1" },
  { name: "@vitest/coverage-v8", version: "4.1.12" },
  { name: "supertest", version: "7.3.2" },
  { name: "tsx", version: "4.23.15" },
  { name: "vite", version: "8.3.8" },
  { name: "vitest", version: "4.1.12" },
];

/** What a framework pins besides the common dependencies: `{ name: version }`. */
export interface FrameworkPins {
  dependencies: Readonly<Record<string, string>>;
  devDependencies: Readonly<Record<string, string>>;
}

/**
 * `{ name: version }` of the dependencies the spec needs, the common ones and the framework's,
 * sorted by name as npm sorts them.
 */
export function describeDependencies(
  model: ServiceModel,
  pins: FrameworkPins,
): ProjectDependencies {
  const toRecord = (common: readonly Dependency[], own: Readonly<Record<string, string>>) =>
    Object.fromEntries(
      [
        ...common
          .filter((dependency) => dependency.when?.(model) ?? true)
          .map((dependency) => [dependency.name, dependency.version] as const),
        ...Object.entries(own),
      ].sort(([left], [right]) => (left < right ? -1 : 1)),
    );
  return {
    dependencies: toRecord(COMMON_DEPENDENCIES, pins.dependencies),
    devDependencies: toRecord(COMMON_DEV_DEPENDENCIES, pins.devDependencies),
  };
}
