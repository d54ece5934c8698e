import type { MigrationModel } from "../../engine/migrations.js";
import type { ServiceModel } from "../../engine/model.js";
import { overlayTemplates } from "../../engine/template-overlay.js";
import {
  compareNatural,
  describeNodeStack,
  describeTypeScriptService,
  type NodeProject,
  TYPESCRIPT_BASE_FILES,
  typeScriptTemplates,
} from "../../languages/typescript/index.js";
import { describeSqlSteps } from "../../platform/postgres-ddl.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import type { StackDescriptor } from "../types.js";
import {
  buildJournal,
  buildSnapshot,
  DRIZZLE_SQL,
  describeDrizzleMigration,
} from "./drizzle-meta.js";
import { describeDrizzleField } from "./fields.js";
import { describeDrizzleResource } from "./resource.js";

function requireMigration(migration: MigrationModel | undefined): MigrationModel {
  if (migration === undefined) throw new Error("a per-migration file was rendered without one");
  return migration;
}

const perResource = (template: string) => ({ template, each: "resource" as const });

const PROJECT: NodeProject = {
  main: "dist/server.js",
  migrate: "dist/db/migrate.js",
  runtimeFolders: ["drizzle"],
};

/** Node.js 24, TypeScript, Express 5, zod, Drizzle ORM on pg, pino, prom-client, jose, vitest. */
export const nodeExpress: StackDescriptor = {
  id: "node-express",
  title: "TypeScript Express",
  summary: "Express 5, zod with OpenAPI, Drizzle ORM with drizzle-kit, pino, vitest, Biome",
  ...describeNodeStack(PROJECT),
  tasks: [
    {
      name: "db-generate",
      command: "npm run db:generate",
      description: "writes a migration for what you changed in src/db/schema (drizzle-kit)",
    },
  ],
  files: [
    ...TYPESCRIPT_BASE_FILES,
    { template: "drizzle.config.ts" },
    { template: "src/app.ts.eta" },
    { template: "src/server.ts.eta" },
    { template: "src/db/client.ts" },
    { template: "src/db/migrate.ts" },
    { template: "src/db/schema/index.ts.eta" },
    perResource("src/db/schema/__resource.module__.ts.eta"),
    { template: "src/http/authenticate.ts", when: (it) => it.auth },
    { template: "src/http/error-handler.ts" },
    { template: "src/http/routes.ts" },
    { template: "src/openapi.ts.eta" },
    { template: "src/routes/docs.ts" },
    { template: "src/routes/health.ts" },
    perResource("src/routes/__resource.module__.ts.eta"),
    perResource("src/schemas/__resource.module__.ts.eta"),
    { template: "src/services/listing.ts" },
    perResource("src/services/__resource.module__.ts.eta"),
    { template: "drizzle/__migration.stack.tag__.sql.eta", each: "migration" },
    {
      template: "drizzle/meta/_journal.json",
      transform: (source, model) => buildJournal(source, model),
    },
    {
      template: "drizzle/meta/__migration.stack.snapshot__.json",
      each: "migration",
      transform: (source, scope) => buildSnapshot(source, scope, requireMigration(scope.migration)),
    },
    { template: "test/unit/migrations.test.ts", when: (it) => it.resources.length > 0 },
    { template: "test/integration/database.ts.eta" },
  ],
  templates: overlayTemplates(
    createTemplateFolder(new URL("./templates/", import.meta.url)),
    typeScriptTemplates,
  ),
  describeField: (field, resource) => ({ ...describeDrizzleField(field, resource) }),
  describeResource: (resource) => ({ ...describeDrizzleResource(resource) }),
  describeMigration: (migration) => ({
    ...describeDrizzleMigration(migration),
    up: describeSqlSteps(migration.up, DRIZZLE_SQL),
  }),
  describeService: (model: ServiceModel) => ({
    ...describeTypeScriptService(model, {
      project: PROJECT,
      // What Express and Drizzle pin besides what every TypeScript stack has.
      pins: {
        dependencies: {
          "drizzle-orm": "0.45.4",
          "swagger-ui-dist": "5.35.0",
          "zod-openapi": "6.0.2",
        },
        devDependencies: { "drizzle-kit": "0.31.11", typescript: "7.0.2" },
      },
      scripts: {
        build: "tsc -p tsconfig.build.json",
        "db:generate": "drizzle-kit generate",
        dev: "tsx watch src/server.ts",
        migrate: "tsx src/db/migrate.ts",
      },
      untested: ["src/db/migrate.ts", "src/server.ts"],
      biomeIgnores: ["drizzle/meta"],
      typeCheckedFiles: ["drizzle.config.ts"],
      decorators: false,
      allowScripts: ["@scarf/scarf", "esbuild", "protobufjs"],
    }),
    // Modules import one file per resource; Biome wants them in the order of their paths.
    resourcesInImportOrder: [...model.resources].sort((left, right) =>
      compareNatural(`./${left.module}.js`, `./${right.module}.js`),
    ),
  }),
};
