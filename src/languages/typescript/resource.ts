import type { FieldModel, ResourceModel } from "../../engine/model.js";
import { withIndefiniteArticle } from "../../naming/index.js";
import { toSqlString } from "../../platform/postgres-ddl.js";
import type { TypeScriptField } from "./fields.js";
import { formatArray } from "./typescript-format.js";

/** Assertions in the generated tests' `it` blocks are indented by four spaces. */
const TEST_INDENT = 4;

/**
 * What the TypeScript stacks print for a resource whatever their framework and ORM: its words,
 * its enums, its sort fields, its table's constraints and the lines of the shared tests.
 */
export interface TypeScriptResource {
  /** The resource in words, for comments and summaries: `order item`, `an order item`. */
  words: string;
  pluralWords: string;
  aWords: string;
  /** The index serving the default list order (createdAt, then id). */
  orderIndex: string;
  uniques: { name: string; field: string; column: string }[];
  /** CHECK constraints keeping enum columns to their values (`'a', 'b'`), with the condition. */
  checks: { name: string; field: string; column: string; values: string; sql: string }[];
  enums: { constant: string; values: string }[];
  /** The wire helpers (src/schemas/wire.ts) its schemas use, sorted. */
  wireHelpers: string[];
  /** `export const ... = [...] as const;` of each enum's values, laid out as Biome does. */
  enumDeclarations: string[];
  /** What `sort` accepts: `export const sortFields = [...] as const;`. */
  sortFields: string;
  /** The tests' `expect(fields).toEqual([...]);` naming the required fields, at four spaces. */
  requiredFieldsExpectation: string;
}

/** The constraints' names, as the entities and tables declare them. */
export function toUniqueName(resource: ResourceModel, field: FieldModel): string {
  return `${resource.tableName}_${field.columnName}_unique`;
}

export function toCheckName(resource: ResourceModel, field: FieldModel): string {
  return `${resource.tableName}_${field.columnName}_check`;
}

/** An enum's values as its check lists them: `'physical', 'digital'`. */
export function describeEnumValues(field: FieldModel): string {
  return field.values.map(({ value }) => toSqlString(value)).join(", ");
}

export function describeTypeScriptResource(resource: ResourceModel): TypeScriptResource {
  const table = resource.tableName;
  const fields = resource.fields.map((field) => ({
    field,
    stack: field.stack as unknown as TypeScriptField,
  }));
  const enumFields = fields.filter(({ field }) => field.type === "enum");
  const words = resource.singular.words.join(" ");
  return {
    words,
    pluralWords: resource.plural.words.join(" "),
    aWords: withIndefiniteArticle(words),
    orderIndex: `${table}_created_at_id_index`,
    uniques: fields
      .filter(({ field }) => field.unique)
      .map(({ field }) => ({
        name: toUniqueName(resource, field),
        field: field.name,
        column: field.columnName,
      })),
    checks: enumFields.map(({ field }) => {
      const values = describeEnumValues(field);
      return {
        name: toCheckName(resource, field),
        field: field.name,
        column: field.columnName,
        values,
        sql: `"${table}"."${field.columnName}" in (${values})`,
      };
    }),
    enums: enumFields.map(({ field, stack }) => ({
      constant: stack.enumValues as string,
      values: field.values.map((value) => JSON.stringify(value.value)).join(", "),
    })),
    wireHelpers: [...new Set(fields.flatMap(({ stack }) => stack.wireHelpers))].sort(),
    enumDeclarations: enumFields.map(({ field, stack }) =>
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
      ["id", ...resource.fields.map((field) => field.name), "createdAt", "updatedAt"].map((name) =>
        JSON.stringify(name),
      ),
      " as const;",
    ),
    requiredFieldsExpectation: formatArray(
      TEST_INDENT,
      "expect(fields).toEqual(",
      fields.filter(({ field }) => field.required).map(({ field }) => JSON.stringify(field.name)),
      ");",
    ),
  };
}
