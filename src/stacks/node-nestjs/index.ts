import type { ServiceModel } from "../../engine/model.js";
import { overlayTemplates } from "../../engine/template-overlay.js";
import {
  compareNatural,
  describeNodeStack,
  describeTypeScriptService,
  formatArray,
  formatImports,
  formatParameters,
  type ImportSpec,
  type NodeProject,
  TYPESCRIPT_BASE_FILES,
  typeScriptTemplates,
} from "../../languages/typescript/index.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import type { StackDescriptor } from "../types.js";
import { describeTypeOrmField } from "./fields.js";
import { describeTypeOrmMigration, type TypeOrmMigration } from "./migration.js";
import { describeNestResource, type NestResource } from "./resource.js";

const perResource = (template: string) => ({ template, each: "resource" as const });
const RESOURCE_FOLDER = "src/__resource.plural.kebab__";

const PROJECT: NodeProject = {
  main: "dist/main.js",
  migrate: "dist/db/migrate.js",
  runtimeFolders: [],
};

const describe = (model: ServiceModel) =>
  model.resources.map((resource) => resource.stack as unknown as NestResource);

/** The imports of app.module.ts, which depend on the options and the resources' names. */
function describeAppModuleImports(model: ServiceModel): string {
  const imports: ImportSpec[] = [
    { names: ["Config"], from: "./config.js", keyword: "import type" },
    { names: ["createDataSourceOptions"], from: "./db/options.js" },
    { names: ["HealthController", "LIFECYCLE"], from: "./health/health.controller.js" },
    { names: ["Lifecycle"], from: "./http/shutdown.js", keyword: "import type" },
    ...model.resources.map((resource) => ({
      names: [(resource.stack as unknown as NestResource).names.module],
      from: `./${resource.plural.kebab}/${resource.plural.kebab}.module.js`,
    })),
  ];
  if (model.auth) {
    imports.push(
      { names: ["JwtAuthGuard"], from: "./auth/jwt-auth.guard.js" },
      { names: ["TokenVerifier"], from: "./http/auth.js" },
    );
  }
  if (model.features.metrics) {
    imports.push(
      { names: ["MetricsController"], from: "./metrics/metrics.controller.js" },
      { names: ["Metrics"], from: "./observability/metrics.js" },
    );
  }
  return formatImports(imports);
}

/** The lists of app.module.ts, on one line each when they fit, as Biome lays them out. */
function describeAppModule(
  model: ServiceModel,
): Record<"imports" | "controllers" | "providers", string> {
  const list = (key: string, items: string[]) => formatArray(4, `${key}: `, items, ",");
  return {
    imports: list("imports", [
      "TypeOrmModule.forRoot(createDataSourceOptions(options.config.databaseUrl))",
      ...describe(model).map((resource) => resource.names.module),
    ]),
    controllers: list("controllers", [
      "HealthController",
      ...(model.features.metrics ? ["MetricsController"] : []),
    ]),
    providers: list("providers", [
      "{ provide: LIFECYCLE, useValue: options.lifecycle }",
      ...(model.features.metrics ? ["{ provide: Metrics, useValue: options.metrics }"] : []),
      ...(model.auth
        ? [
            "{ provide: TokenVerifier, useValue: new TokenVerifier(options.config.auth) }",
            "{ provide: APP_GUARD, useClass: JwtAuthGuard }",
          ]
        : []),
    ]),
  };
}

/** NestJS 12 on Express, TypeORM with generated migrations, zod DTOs, pino, vitest, Biome. */
export const nodeNestjs: StackDescriptor = {
  id: "node-nestjs",
  title: "TypeScript NestJS",
  summary: "NestJS 12, zod DTOs with @nestjs/swagger, TypeORM with migrations, pino, vitest, Biome",
  ...describeNodeStack(PROJECT),
  tasks: [
    {
      name: "migration-generate",
      command: "npm run migration:generate -- src/db/migrations/$(NAME)",
      description:
        "writes src/db/migrations/<timestamp>-$(NAME).ts for what changed in the entities (TypeORM)",
    },
  ],
  readme: [
    {
      title: "How it is built",
      body: [
        "- **Layout.** Each resource is a Nest module under `src/<resources>/`, as `nest g resource`",
        "  lays it out: module, controller, service, `dto/` and `entities/`. `src/common/` holds the",
        "  Nest pieces every route shares (the problem-details filter, the validation pipe, the body",
        "  interceptor, the logger), `src/http/`, `src/schemas/` and `src/observability/` the parts of",
        "  the HTTP contract that do not depend on Nest.",
        "- **DTOs are zod schemas.** Nest 12 validates a parameter against the Standard Schema given",
        "  with it (`@Body({ schema: CreateProductDto })`); `WireValidationPipe` reports every failing",
        "  constraint at once as a 422, and @nestjs/swagger builds the OpenAPI document from the same",
        "  schemas. Decimals are strings, types are strict and unknown fields are refused.",
        "- **Authentication before the body.** Nest's body parser is off: `JwtAuthGuard` checks the",
        "  token and the role a route's `@Roles()` names, and only then `JsonBodyInterceptor` reads",
        "  the body (415, 413 and 400 as the contract says).",
        "- **TypeORM with migrations.** `synchronize` is off: the schema changes only through the",
        "  migrations in `src/db/migrations` (listed in its `index.ts`), applied by `npm run migrate`.",
        "  After changing an entity, `npm run migration:generate -- src/db/migrations/<Name>` writes",
        "  the next one; an integration test fails while the entities and the migrations disagree.",
        "- **Biome and decorators.** Nest injects constructor parameters by the types",
        "  `emitDecoratorMetadata` records, so a class imported only for a parameter's type must stay",
        "  a value import: Biome's `useImportType` is off, and tsc's `verbatimModuleSyntax` still",
        "  requires `import type` for everything that is only a type.",
      ].join("\n"),
    },
  ],
  files: [
    ...TYPESCRIPT_BASE_FILES,
    { template: "nest-cli.json" },
    { template: "src/main.ts" },
    { template: "src/app.ts.eta" },
    { template: "src/app.module.ts.eta" },
    { template: "src/openapi.ts.eta" },
    { template: "src/auth/jwt-auth.guard.ts", when: (it) => it.auth },
    { template: "src/auth/roles.decorator.ts", when: (it) => it.auth },
    { template: "src/common/id-param.decorator.ts" },
    { template: "src/common/json-body.interceptor.ts" },
    { template: "src/common/nest-logger.ts" },
    { template: "src/common/problem-details.filter.ts" },
    { template: "src/common/wire-validation.pipe.ts" },
    { template: "src/db/data-source.ts" },
    { template: "src/db/listing.ts" },
    { template: "src/db/migrate.ts" },
    { template: "src/db/options.ts.eta" },
    { template: "src/db/migrations/index.ts.eta" },
    { template: "src/db/migrations/__migration.stack.file__.ts.eta", each: "migration" },
    { template: "src/health/health.controller.ts" },
    { template: "src/metrics/metrics.controller.ts", when: (it) => it.features.metrics },
    perResource(`${RESOURCE_FOLDER}/__resource.plural.kebab__.module.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/__resource.plural.kebab__.controller.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/__resource.plural.kebab__.service.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/dto/create-__resource.module__.dto.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/dto/update-__resource.module__.dto.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/dto/__resource.module__.dto.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/dto/list-__resource.plural.kebab__.dto.ts.eta`),
    perResource(`${RESOURCE_FOLDER}/entities/__resource.module__.entity.ts.eta`),
    { template: "test/integration/database.ts.eta" },
    { template: "test/integration/migrations.test.ts", when: (it) => it.resources.length > 0 },
  ],
  templates: overlayTemplates(
    createTemplateFolder(new URL("./templates/", import.meta.url)),
    typeScriptTemplates,
  ),
  describeField: (field, resource) => ({ ...describeTypeOrmField(field, resource) }),
  describeResource: (resource, spec) => ({
    ...describeNestResource(resource, spec.auth === "jwt"),
  }),
  describeMigration: (migration) => ({ ...describeTypeOrmMigration(migration) }),
  describeService: (model) => ({
    ...describeTypeScriptService(model, {
      project: PROJECT,
      // What NestJS and TypeORM pin besides what every TypeScript stack has. @nestjs/swagger
      // and the Nest CLI (`nest start --watch`, `nest g resource`) support TypeScript 6, not 7.
      pins: {
        dependencies: {
          "@nestjs/common": "12.5.1",
          "@nestjs/core": "12.5.1",
          "@nestjs/platform-express": "12.5.1",
          "@nestjs/swagger": "12.0.2",
          "@nestjs/typeorm": "12.0.2",
          "reflect-metadata": "0.2.2",
          rxjs: "7.8.2",
          typeorm: "1.1.1",
        },
        devDependencies: {
          "@nestjs/cli": "12.0.8",
          "@nestjs/schematics": "12.0.6",
          typescript: "6.0.3",
        },
      },
      scripts: {
        build: "tsc -p tsconfig.build.json",
        dev: "nest start --watch",
        migrate: "tsx src/db/migrate.ts",
        "migration:generate":
          "tsx ./node_modules/typeorm/cli.js migration:generate -d src/db/data-source.ts",
      },
      untested: ["src/db/data-source.ts", "src/db/migrate.ts", "src/main.ts"],
      biomeIgnores: [],
      typeCheckedFiles: [],
      decorators: true,
      allowScripts: ["@nestjs/core", "@scarf/scarf", "esbuild", "protobufjs"],
    }),
    // Modules import one file per resource; Biome wants them in the order of their paths.
    resourcesInImportOrder: [...model.resources].sort((left, right) =>
      compareNatural(left.plural.kebab, right.plural.kebab),
    ),
    appModuleImports: describeAppModuleImports(model),
    appModule: describeAppModule(model),
    entityList: formatArray(
      4,
      "entities: ",
      model.resources.map((resource) => resource.identifier),
      ",",
    ),
    dropTables: formatParameters(
      4,
      "await dataSource.query",
      [
        `\`DROP TABLE IF EXISTS ${[...model.resources.map((resource) => resource.tableName), "migrations"].map((table) => `"${table}"`).join(", ")}\``,
      ],
      ";",
    ),
    migrationList: formatArray(
      0,
      "export const MIGRATIONS: (new () => MigrationInterface)[] = ",
      model.migrations.map(
        (migration) => (migration.stack as unknown as TypeOrmMigration).className,
      ),
      ";",
    ),
  }),
};
