import type { ResourceModel } from "../../engine/model.js";
import { escapeIdentifier, withIndefiniteArticle } from "../../naming/index.js";
import type { TypeScriptField } from "./fields.js";
import { formatArray, formatChain, formatImport, formatParameters } from "./typescript-format.js";

/** The table's extra configuration (indexes, checks) is indented by four spaces. */
const CHECK_INDENT = 4;
/** Assertions in the generated tests' `it` blocks are indented by four spaces. */
const TEST_INDENT = 4;
/** The app's route list and a class's methods are indented by four and two spaces. */
const ROUTES_INDENT = 4;
const METHOD_INDENT = 2;

/** What the TypeScript templates print for a resource: its table, migration and imports. */
export interface TypeScriptResource {
  /** The resource in words, for comments and summaries: `order item`, `an order item`. */
  words: string;
  pluralWords: string;
  aWords: string;
  /** The Drizzle table's constant, e.g. `orderItems`. */
  table: string;
  /** The migration's tag (its file name), its journal index and its snapshot's file name. */
  migration: { tag: string; index: number; snapshot: string };
  /** The column and constraint definitions of the migration's CREATE TABLE. */
  sqlDefinitions: string[];
  /** The index serving the default list order (createdAt, then id). */
  orderIndex: string;
  uniques: { name: string; column: string }[];
  /** CHECK constraints keeping enum columns to their values: the table's line and the SQL. */
  checks: { name: string; line: string; sql: string }[];
  enums: { constant: string; values: string }[];
  /** Import lines whose length depends on the names, laid out as Biome lays them out. */
  imports: {
    columns: string;
    enums: string;
    wire: string;
    serviceTypes: string;
    serviceTable: string;
  };
  /** The tests' `expect(fields).toEqual([...]);` naming the required fields, at four spaces. */
  requiredFieldsExpectation: string;
  /** Declarations and signatures whose length depends on the names, laid out as Biome does. */
  declarations: { enums: string[]; sortFields: string; routes: string };
  signatures: Record<
    "list" | "find" | "create" | "replace" | "update" | "toResponse" | "routes",
    string
  >;
}

export function describeTypeScriptResource(resource: ResourceModel): TypeScriptResource {
  const table = resource.tableName;
  const fields = resource.fields.map((field) => ({
    field,
    stack: field.stack as unknown as TypeScriptField,
  }));
  const enumFields = fields.filter(({ field }) => field.type === "enum");
  const columnBuilders = [
    ...new Set([
      ...fields.map(({ stack }) => stack.columnBuilder),
      ...(enumFields.length > 0 ? ["check"] : []),
      "index",
      "pgTable",
      "timestamp",
      "uuid",
    ]),
  ].sort();
  const wireHelpers = [...new Set(fields.flatMap(({ stack }) => stack.wireHelpers))].sort();
  const id = resource.identifier;
  const words = resource.singular.words.join(" ");
  const sequence = String(resource.position - 1).padStart(4, "0");
  const uniques = fields
    .filter(({ field }) => field.unique)
    .map(({ field }) => ({
      name: `${table}_${field.columnName}_unique`,
      column: field.columnName,
    }));
  const checks = enumFields.map(({ field }) => {
    const name = `${table}_${field.columnName}_check`;
    const values = field.values.map((value) => `'${value.value}'`).join(", ");
    const condition = `sql\`\${table.${field.name}} in (${values})\``;
    const call = { callee: "check", args: [`"${name}"`, condition] };
    return {
      name,
      line: formatChain(CHECK_INDENT, "", call, [], ","),
      sql: `"${table}"."${field.columnName}" in (${values})`,
    };
  });
  return {
    words,
    pluralWords: resource.plural.words.join(" "),
    aWords: withIndefiniteArticle(words),
    table: escapeIdentifier("typescript", resource.plural.camel),
    migration: {
      tag: `${sequence}_create_${table}`,
      index: resource.position - 1,
      snapshot: `${sequence}_snapshot`,
    },
    sqlDefinitions: [
      `"id" uuid PRIMARY KEY NOT NULL`,
      ...fields.map(({ field, stack }) => {
        const defaultClause = stack.sqlDefault === undefined ? "" : ` DEFAULT ${stack.sqlDefault}`;
        return `"${field.columnName}" ${stack.sqlType}${defaultClause}${field.nullable ? "" : " NOT NULL"}`;
      }),
      `"created_at" timestamp with time zone NOT NULL`,
      `"updated_at" timestamp with time zone NOT NULL`,
      ...uniques.map(({ name, column }) => `CONSTRAINT "${name}" UNIQUE("${column}")`),
      ...checks.map(({ name, sql }) => `CONSTRAINT "${name}" CHECK (${sql})`),
    ],
    orderIndex: `${table}_created_at_id_index`,
    uniques,
    checks,
    enums: enumFields.map(({ field, stack }) => ({
      constant: stack.enumValues as string,
      values: field.values.map((value) => JSON.stringify(value.value)).join(", "),
    })),
    imports: {
      columns: formatImport(columnBuilders, "drizzle-orm/pg-core"),
      enums: formatImport(
        enumFields.map(({ stack }) => stack.enumValues as string),
        `../db/schema/${resource.module}.js`,
      ),
      wire: formatImport(wireHelpers, "./wire.js"),
      serviceTypes: formatImport(
        ["Filters", "Input", "Patch"].map((suffix) => `${resource.identifier}${suffix}`),
        `../schemas/${resource.module}.js`,
        "import type",
      ),
      serviceTable: formatImport(
        [
          `type ${resource.identifier}Row`,
          `${escapeIdentifier("typescript", resource.plural.camel)} as table`,
        ],
        `../db/schema/${resource.module}.js`,
      ),
    },
    declarations: {
      enums: enumFields.map(({ field, stack }) =>
        formatArray(
          0,
          `export const ${stack.enumValues} = `,
          field.values.map((value) => JSON.stringify(value.value)),
          " as const;",
        ),
      ),
      sortFields: formatArray(
        0,
        "export const sortFields = ",
        ["id", ...resource.fields.map((field) => field.name), "createdAt", "updatedAt"].map(
          (name) => JSON.stringify(name),
        ),
        " as const;",
      ),
      routes: formatChain(
        ROUTES_INDENT,
        "...",
        { callee: `create${id}Routes`, args: [`new ${id}Service(database)`] },
        [],
        ",",
      ),
    },
    signatures: describeSignatures(id),
    requiredFieldsExpectation: formatArray(
      TEST_INDENT,
      "expect(fields).toEqual(",
      fields.filter(({ field }) => field.required).map(({ field }) => JSON.stringify(field.name)),
      ");",
    ),
  };
}

function describeSignatures(id: string): TypeScriptResource["signatures"] {
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
