import type { ResourceModel } from "../../engine/model.js";
import {
  describeTypeScriptResource,
  formatChain,
  formatImport,
  formatParameters,
  type TypeScriptResource,
} from "../../languages/typescript/index.js";
import { escapeIdentifier } from "../../naming/index.js";
import type { DrizzleField } from "./fields.js";

/** The table's extra configuration (indexes, checks) is indented by four spaces. */
const CHECK_INDENT = 4;
/** The app's route list and a class's methods are indented by four and two spaces. */
const ROUTES_INDENT = 4;
const METHOD_INDENT = 2;

/** What the Express templates print for a resource besides the language's facts. */
export interface DrizzleResource extends TypeScriptResource {
  /** The Drizzle table's constant, e.g. `orderItems`. */
  table: string;
  /** The column and constraint definitions of the migration's CREATE TABLE. */
  sqlDefinitions: string[];
  /** The table's `check(...)` lines. */
  checkLines: string[];
  /** Import lines whose length depends on the names, laid out as Biome lays them out. */
  imports: {
    columns: string;
    enums: string;
    wire: string;
    serviceTypes: string;
    serviceTable: string;
  };
  /** How the schemas' unit test imports the body schemas, as `input` and `patch`. */
  schemaImports: string;
  /** The app's `...createXRoutes(new XService(database)),` line. */
  routes: string;
  /** Names of the prepared statements, unique on a connection. */
  statements: { find: string };
  signatures: Record<
    "list" | "find" | "create" | "replace" | "update" | "toResponse" | "routes",
    string
  >;
}

export function describeDrizzleResource(resource: ResourceModel): DrizzleResource {
  const facts = describeTypeScriptResource(resource);
  const fields = resource.fields.map((field) => ({
    field,
    stack: field.stack as unknown as DrizzleField,
  }));
  const columnBuilders = [
    ...new Set([
      ...fields.map(({ stack }) => stack.columnBuilder),
      ...(facts.checks.length > 0 ? ["check"] : []),
      "index",
      "pgTable",
      "timestamp",
      "uuid",
    ]),
  ].sort();
  const id = resource.identifier;
  const tableConstant = escapeIdentifier("typescript", resource.plural.camel);
  return {
    ...facts,
    table: tableConstant,
    sqlDefinitions: [
      `"id" uuid PRIMARY KEY NOT NULL`,
      ...fields.map(({ field, stack }) => {
        const defaultClause = stack.sqlDefault === undefined ? "" : ` DEFAULT ${stack.sqlDefault}`;
        return `"${field.columnName}" ${stack.sqlType}${defaultClause}${field.nullable ? "" : " NOT NULL"}`;
      }),
      `"created_at" timestamp with time zone NOT NULL`,
      `"updated_at" timestamp with time zone NOT NULL`,
      ...facts.uniques.map(({ name, column }) => `CONSTRAINT "${name}" UNIQUE("${column}")`),
      ...facts.checks.map(({ name, sql }) => `CONSTRAINT "${name}" CHECK (${sql})`),
    ],
    checkLines: facts.checks.map(({ name, field, values }) => {
      const condition = `sql\`\${table.${field}} in (${values})\``;
      return formatChain(
        CHECK_INDENT,
        "",
        { callee: "check", args: [`"${name}"`, condition] },
        [],
        ",",
      );
    }),
    imports: {
      columns: formatImport(columnBuilders, "drizzle-orm/pg-core"),
      enums: formatImport(
        facts.enums.map(({ constant }) => constant),
        `../db/schema/${resource.module}.js`,
      ),
      wire: formatImport(facts.wireHelpers, "./wire.js"),
      serviceTypes: formatImport(
        ["Filters", "Input", "Patch"].map((suffix) => `${id}${suffix}`),
        `../schemas/${resource.module}.js`,
        "import type",
      ),
      serviceTable: formatImport(
        [`type ${id}Row`, `${tableConstant} as table`],
        `../db/schema/${resource.module}.js`,
      ),
    },
    schemaImports: formatImport(["input", "patch"], `../../src/schemas/${resource.module}.js`),
    routes: formatChain(
      ROUTES_INDENT,
      "...",
      { callee: `create${id}Routes`, args: [`new ${id}Service(database)`] },
      [],
      ",",
    ),
    statements: { find: `${resource.table}_find_by_id` },
    signatures: describeSignatures(id),
  };
}

function describeSignatures(id: string): DrizzleResource["signatures"] {
  const row = `${id}Row`;
  const method = (name: string, params: string[], returns: string) =>
    formatParameters(METHOD_INDENT, `async ${name}`, params, `: Promise<${returns}> {`);
  return {
    list: method("list", [`query: ListQuery<${id}Filters>`], `Page<${row}>`),
    find: method("find", ["id: string"], `${row} | undefined`),
    create: method("create", [`input: ${id}Input`], row),
    replace: method("replace", ["id: string", `input: ${id}Input`], `${row} | undefined`),
    update: method("update", ["id: string", `patch: ${id}Patch`], `${row} | undefined`),
    toResponse: formatParameters(0, "export function toResponse", [`row: ${row}`], `: ${id} {`),
    routes: formatParameters(
      0,
      `export function create${id}Routes`,
      [`service: ${id}Service`],
      ": Route[] {",
    ),
  };
}
