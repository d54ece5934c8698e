import type { ResourceModel } from "../../engine/model.js";
import {
  describeTypeScriptResource,
  formatChain,
  formatImports,
  formatParameters,
  LINE_WIDTH,
  type TypeScriptResource,
} from "../../languages/typescript/index.js";
import type { TypeOrmField } from "./fields.js";

/** An entity's members and controller methods are indented by two spaces. */
const INDENT = 2;
const METHOD_INDENT = 2;

/** What the NestJS templates print for a resource besides the language's facts. */
export interface NestResource extends TypeScriptResource {
  /** Class and file names, as `nest g resource` gives them. */
  names: {
    module: string;
    controller: string;
    service: string;
    create: string;
    update: string;
    response: string;
    list: string;
    toResponse: string;
  };
  /** The entity's class decorators whose length depends on the names, laid out as Biome does. */
  entityDecorators: string[];
  /** The service's constructor, which injects the entity's repository. */
  serviceConstructor: string;
  /** The entity's `@PrimaryColumn(...)`. */
  primaryColumn: string;
  /** Each file's import block, in Biome's order. */
  imports: Record<
    "entity" | "create" | "update" | "response" | "list" | "service" | "controller",
    string
  >;
  /** How the schemas' unit test imports the body schemas, as `input` and `patch`. */
  schemaImports: string;
  /** The controller's response decorators, whose length depends on the names. */
  responses: Record<"findAll" | "create" | "findOne" | "replace" | "update", string>;
  signatures: Record<
    "findAll" | "create" | "findOne" | "replace" | "update" | "toResponse",
    string
  >;
  /** The service's method signatures. */
  serviceSignatures: Record<"findAll" | "create" | "replace" | "update", string>;
}

/** An enum's check as the entity and the migrations write it: `"type" IN ('a', 'b')`. */
export function describeCheckCondition(column: string, values: string): string {
  return `"${column}" IN (${values})`;
}

/** The primary key's name, as the entity and the migrations give it. */
export function toPrimaryKeyName(resource: ResourceModel): string {
  return `${resource.tableName}_pkey`;
}

/**
 * `callee(first, [items])` at the top level as Biome lays it out: on one line when it fits,
 * else with the array "hugged" (its items one per line) when its opening still fits, else with
 * each argument on a line of its own.
 */
function formatHuggingArray(callee: string, first: string, items: string[]): string {
  const array = `[${items.join(", ")}]`;
  const line = `${callee}(${first}, ${array})`;
  if (line.length <= LINE_WIDTH) return line;
  const opening = `${callee}(${first}, [`;
  if (opening.length <= LINE_WIDTH) {
    return `${opening}\n${items.map((item) => `  ${item},\n`).join("")}])`;
  }
  return `${callee}(\n  ${first},\n  ${array},\n)`;
}

/**
 * A constructor with one decorated parameter: on one line when it fits, otherwise Biome puts
 * the parameter on its own line and its decorator on the line above.
 */
function formatConstructor(decorator: string, parameter: string): string {
  const line = `constructor(${decorator} ${parameter}) {}`;
  if (METHOD_INDENT + line.length <= LINE_WIDTH) return line;
  return `constructor(\n    ${decorator}\n    ${parameter},\n  ) {}`;
}

function describeResponse(decorator: string, options: string[]): string {
  return formatChain(METHOD_INDENT, "@", { callee: decorator, args: [], objectArg: options });
}

export function describeNestResource(resource: ResourceModel, auth: boolean): NestResource {
  const facts = describeTypeScriptResource(resource);
  const id = resource.identifier;
  const plural = resource.plural.pascal;
  const primaryKey = toPrimaryKeyName(resource);
  const names = {
    module: `${plural}Module`,
    controller: `${plural}Controller`,
    service: `${plural}Service`,
    create: `Create${id}Dto`,
    update: `Update${id}Dto`,
    response: `${id}Dto`,
    list: `List${plural}Dto`,
    toResponse: `to${id}Dto`,
  };
  const dto = (file: string) => `../../src/${resource.plural.kebab}/dto/${file}.dto.js`;
  return {
    ...facts,
    names,
    entityDecorators: [
      formatHuggingArray("@Index", `"${facts.orderIndex}"`, ['"createdAt"', '"id"']),
      ...facts.uniques.map(({ name, field }) =>
        formatHuggingArray("@Unique", `"${name}"`, [`"${field}"`]),
      ),
      ...facts.checks.map(({ name, column, values }) =>
        formatChain(0, "@", {
          callee: "Check",
          args: [`"${name}"`, `\`${describeCheckCondition(column, values)}\``],
        }),
      ),
    ],
    serviceConstructor: formatConstructor(
      `@InjectRepository(${id})`,
      `private readonly repository: Repository<${id}>`,
    ),
    primaryColumn: formatChain(INDENT, "@", {
      callee: "PrimaryColumn",
      args: [],
      objectArg: ['type: "uuid"', `primaryKeyConstraintName: "${primaryKey}"`],
    }),
    imports: describeImports(resource, facts, names, auth),
    schemaImports: formatImports([
      { names: [`${names.create} as input`], from: dto(`create-${resource.module}`) },
      { names: [`${names.update} as patch`], from: dto(`update-${resource.module}`) },
    ]),
    responses: {
      findAll: describeResponse("ApiOkResponse", [
        `description: "A page of ${facts.pluralWords}"`,
        `standardSchema: pageOf(${names.response})`,
      ]),
      create: describeResponse("ApiResponse", [
        "status: 201",
        `description: "The created ${facts.words}"`,
        `standardSchema: ${names.response}`,
      ]),
      findOne: describeResponse("ApiOkResponse", [
        `description: "The ${facts.words}"`,
        `standardSchema: ${names.response}`,
      ]),
      replace: describeResponse("ApiOkResponse", [
        `description: "The replaced ${facts.words}"`,
        `standardSchema: ${names.response}`,
      ]),
      update: describeResponse("ApiOkResponse", [
        `description: "The changed ${facts.words}"`,
        `standardSchema: ${names.response}`,
      ]),
    },
    serviceSignatures: {
      findAll: formatParameters(
        METHOD_INDENT,
        "async findAll",
        [`query: ${names.list}`],
        `: Promise<Page<${id}>> {`,
      ),
      create: formatParameters(
        METHOD_INDENT,
        "async create",
        [`dto: ${names.create}`],
        `: Promise<${id}> {`,
      ),
      replace: formatParameters(
        METHOD_INDENT,
        "async replace",
        ["id: string", `dto: ${names.create}`],
        `: Promise<${id} | null> {`,
      ),
      update: formatParameters(
        METHOD_INDENT,
        "async update",
        ["id: string", `dto: ${names.update}`],
        `: Promise<${id} | null> {`,
      ),
    },
    signatures: {
      findOne: formatParameters(
        METHOD_INDENT,
        "async findOne",
        ["@IdParam() id: string"],
        `: Promise<${names.response}> {`,
      ),
      findAll: formatParameters(
        METHOD_INDENT,
        "async findAll",
        [`@Query({ schema: ${names.list} }) query: ${names.list}`],
        `: Promise<Page<${names.response}>> {`,
      ),
      create: formatParameters(
        METHOD_INDENT,
        "async create",
        [
          `@Body({ schema: ${names.create} }) dto: ${names.create}`,
          "@Res({ passthrough: true }) response: Response",
        ],
        `: Promise<${names.response}> {`,
      ),
      replace: formatParameters(
        METHOD_INDENT,
        "async replace",
        ["@IdParam() id: string", `@Body({ schema: ${names.create} }) dto: ${names.create}`],
        `: Promise<${names.response}> {`,
      ),
      update: formatParameters(
        METHOD_INDENT,
        "async update",
        ["@IdParam() id: string", `@Body({ schema: ${names.update} }) dto: ${names.update}`],
        `: Promise<${names.response}> {`,
      ),
      toResponse: formatParameters(
        0,
        `export function ${names.toResponse}`,
        [`entity: ${id}`],
        `: ${names.response} {`,
      ),
    },
  };
}

type Names = NestResource["names"];

function describeImports(
  resource: ResourceModel,
  facts: TypeScriptResource,
  names: Names,
  auth: boolean,
): NestResource["imports"] {
  const id = resource.identifier;
  const fields = resource.fields.map((field) => field.stack as unknown as TypeOrmField);
  const entity = `./entities/${resource.module}.entity.js`;
  const helpers = (kind: keyof TypeOrmField["helpers"]) => [
    ...new Set(fields.flatMap((field) => field.helpers[kind])),
  ];
  const enums = facts.enums.map(({ constant }) => constant);
  const wire = "../../schemas/wire.js";
  const dtoEntity = `.${entity}`;
  const dto = (file: string) => `./dto/${file}.dto.js`;
  return {
    entity: formatImports([
      {
        names: [
          ...(facts.checks.length > 0 ? ["Check"] : []),
          "Column",
          "Entity",
          "Index",
          "PrimaryColumn",
          ...(facts.uniques.length > 0 ? ["Unique"] : []),
        ],
        from: "typeorm",
      },
    ]),
    create: formatImports([
      { names: ["z"], from: "zod" },
      { names: helpers("input"), from: wire },
      { names: enums, from: dtoEntity },
    ]),
    update: formatImports([
      { names: ["z"], from: "zod" },
      { names: helpers("input"), from: wire },
      { names: enums, from: dtoEntity },
    ]),
    response: formatImports([
      { names: ["z"], from: "zod" },
      { names: helpers("response"), from: wire },
      { names: [`type ${id}`, ...enums], from: dtoEntity },
    ]),
    list: formatImports([
      { names: ["z"], from: "zod" },
      { names: ["listQuery"], from: "../../schemas/list-query.js" },
      { names: helpers("filter"), from: wire },
      { names: enums, from: dtoEntity },
    ]),
    service: formatImports([
      { names: ["randomUUID"], from: "node:crypto" },
      { names: ["Injectable"], from: "@nestjs/common" },
      { names: ["InjectRepository"], from: "@nestjs/typeorm" },
      { names: ["Repository"], from: "typeorm" },
      { names: ["toFindOptions"], from: "../db/listing.js" },
      { names: ["Page"], from: "../schemas/list-query.js", keyword: "import type" },
      { names: [names.create], from: dto(`create-${resource.module}`), keyword: "import type" },
      { names: [names.list], from: dto(`list-${resource.plural.kebab}`), keyword: "import type" },
      { names: [names.update], from: dto(`update-${resource.module}`), keyword: "import type" },
      { names: [id], from: entity },
    ]),
    controller: formatImports([
      {
        names: [
          "Body",
          "Controller",
          "Delete",
          "Get",
          "HttpCode",
          "Patch",
          "Post",
          "Put",
          "Query",
          "Res",
        ],
        from: "@nestjs/common",
      },
      {
        names: [
          ...(auth ? ["ApiBearerAuth"] : []),
          "ApiConsumes",
          "ApiOkResponse",
          "ApiResponse",
          "ApiTags",
        ],
        from: "@nestjs/swagger",
      },
      { names: ["Response"], from: "express", keyword: "import type" },
      ...(auth ? [{ names: ["Roles"], from: "../auth/roles.decorator.js" }] : []),
      { names: ["IdParam"], from: "../common/id-param.decorator.js" },
      { names: ["HttpProblem"], from: "../http/problems.js" },
      { names: ["ApiProblems"], from: "../openapi.js" },
      { names: ["type Page", "pageOf"], from: "../schemas/list-query.js" },
      { names: [names.create], from: dto(`create-${resource.module}`) },
      { names: [names.list], from: dto(`list-${resource.plural.kebab}`) },
      { names: [names.update], from: dto(`update-${resource.module}`) },
      { names: [names.response, names.toResponse], from: dto(resource.module) },
      { names: [names.service], from: `./${resource.plural.kebab}.service.js` },
    ]),
  };
}
