import type { ResourceModel, ServiceModel } from "../../engine/model.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import type { Spec } from "../../spec/schema.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";
import { DEPENDENCIES, DEV_DEPENDENCIES, selectDependencies } from "./dependencies.js";
import { buildJournal, buildSnapshot } from "./drizzle-meta.js";
import { describeTypeScriptField } from "./fields.js";
import { deriveNpmLock } from "./lock.js";
import { describeTypeScriptResource } from "./resource.js";
import { compareNatural, formatArray } from "./typescript-format.js";

function requireResource(resource: ResourceModel | undefined): ResourceModel {
  if (resource === undefined) throw new Error("a per-resource file was rendered without one");
  return resource;
}

/** vitest.config.ts's coverage options are indented by six spaces. */
const COVERAGE_INDENT = 6;

const perResource = (template: string) => ({ template, each: "resource" as const });
const tracing = (model: ServiceModel) => model.features.tracing;

/**
 * Starts the built service. With tracing, `--import` loads the OpenTelemetry SDK first, so its
 * hooks are in place before the HTTP server and the PostgreSQL driver are imported.
 */
function describeStart(spec: Spec): string {
  return spec.features.tracing
    ? "node --import ./dist/telemetry.js dist/server.js"
    : "node dist/server.js";
}

/** `{ name: version }` of the dependencies the spec needs, as package.json lists them. */
function describeDependencies(model: ServiceModel) {
  const toRecord = (list: readonly { name: string; version: string }[]) =>
    Object.fromEntries(list.map((dependency) => [dependency.name, dependency.version]));
  return {
    dependencies: toRecord(selectDependencies(model, DEPENDENCIES)),
    devDependencies: toRecord(selectDependencies(model, DEV_DEPENDENCIES)),
  };
}

/** Node.js 24, TypeScript, Express 5, zod, Drizzle ORM on pg, pino, prom-client, jose, vitest. */
export const nodeExpress: StackDescriptor = {
  id: "node-express",
  title: "TypeScript Express",
  language: "typescript",
  summary: "Express 5, zod with OpenAPI, Drizzle ORM with drizzle-kit, pino, vitest, Biome",
  defaultPort: 3000,
  supports: EVERY_CAPABILITY,
  commands: (spec) => ({
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
    start: describeStart(spec),
    devToken: "npm run token -- --role admin",
  }),
  container: (spec) => ({
    migrate: "node dist/db/migrate.js",
    start: describeStart(spec),
    ignore: ["test/"],
  }),
  pipeline: {
    toolchain: "node",
    securityScan: {
      tool: "semgrep",
      image: "semgrep/semgrep:1.185.0",
      command: "semgrep scan --config p/typescript --config p/nodejs --error src",
    },
    dependencyAudit: { tool: "npm audit", command: "npm audit --omit=dev --audit-level=high" },
  },
  tasks: [
    {
      name: "db-generate",
      command: "npm run db:generate",
      description: "writes a migration for what you changed in src/db/schema (drizzle-kit)",
    },
  ],
  prerequisites:
    "The tool here is Node.js 24, the current LTS (20.12 or newer works), with its npm.",
  gitignore: ["node_modules/", "dist/", "coverage/"],
  files: [
    { template: "package.json.eta" },
    {
      template: "package-lock.json",
      transform: (source, model) =>
        deriveNpmLock(source, model.service.kebab, describeDependencies(model)),
    },
    { template: "tsconfig.json" },
    { template: "tsconfig.build.json" },
    { template: "biome.json" },
    { template: "vitest.config.ts.eta" },
    { template: "drizzle.config.ts" },
    { template: "Dockerfile.eta" },
    { template: "src/app.ts.eta" },
    { template: "src/config.ts.eta" },
    { template: "src/server.ts.eta" },
    { template: "src/telemetry.ts", when: tracing },
    { template: "src/token.ts", when: (it) => it.auth },
    { template: "src/db/client.ts" },
    { template: "src/db/errors.ts" },
    { template: "src/db/migrate.ts" },
    { template: "src/db/schema/index.ts.eta" },
    perResource("src/db/schema/__resource.module__.ts.eta"),
    { template: "src/http/auth.ts", when: (it) => it.auth },
    { template: "src/http/body.ts" },
    { template: "src/http/cors.ts" },
    { template: "src/http/problems.ts" },
    { template: "src/http/request-context.ts" },
    { template: "src/http/routes.ts" },
    { template: "src/observability/logger.ts" },
    { template: "src/observability/metrics.ts", when: (it) => it.features.metrics },
    { template: "src/observability/tracing.ts", when: tracing },
    { template: "src/openapi.ts.eta" },
    { template: "src/routes/docs.ts" },
    { template: "src/routes/health.ts" },
    perResource("src/routes/__resource.module__.ts.eta"),
    { template: "src/schemas/list-query.ts" },
    { template: "src/schemas/wire.ts" },
    perResource("src/schemas/__resource.module__.ts.eta"),
    { template: "src/services/listing.ts" },
    perResource("src/services/__resource.module__.ts.eta"),
    perResource("drizzle/__resource.stack.migration.tag__.sql.eta"),
    {
      template: "drizzle/meta/_journal.json",
      transform: (source, model) => buildJournal(source, model),
    },
    {
      template: "drizzle/meta/__resource.stack.migration.snapshot__.json",
      each: "resource",
      transform: (source, scope) => buildSnapshot(source, scope, requireResource(scope.resource)),
    },
    { template: "test/unit/auth.test.ts", when: (it) => it.auth },
    { template: "test/unit/config.test.ts.eta" },
    { template: "test/unit/database-errors.test.ts" },
    { template: "test/unit/list-query.test.ts" },
    { template: "test/unit/migrations.test.ts", when: (it) => it.resources.length > 0 },
    { template: "test/unit/wire.test.ts" },
    perResource("test/unit/__resource.module__-schemas.test.ts.eta"),
    { template: "test/integration/app.test.ts.eta" },
    { template: "test/integration/database.ts.eta" },
    perResource("test/integration/__resource.module__-api.test.ts.eta"),
    { template: "test/e2e/service.test.ts.eta" },
  ],
  templates: createTemplateFolder(new URL("./templates/", import.meta.url)),
  describeField: (field, resource) => ({ ...describeTypeScriptField(field, resource) }),
  describeResource: (resource) => ({ ...describeTypeScriptResource(resource) }),
  describeService: (model) => ({
    ...describeDependencies(model),
    coverageExclusions: formatArray(
      COVERAGE_INDENT,
      "exclude: ",
      [
        "src/db/migrate.ts",
        "src/server.ts",
        ...(model.features.tracing ? ["src/telemetry.ts"] : []),
        ...(model.auth ? ["src/token.ts"] : []),
      ].map((path) => JSON.stringify(path)),
      ",",
    ),
    // Modules import one file per resource; Biome wants them in the order of their paths.
    resourcesInImportOrder: [...model.resources].sort((left, right) =>
      compareNatural(`./${left.module}.js`, `./${right.module}.js`),
    ),
  }),
};
