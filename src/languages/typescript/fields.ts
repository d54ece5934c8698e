import type { FieldModel, ResourceModel } from "../../engine/model.js";
import type { WireValue } from "../../engine/samples.js";
import { EMAIL_MAX_LENGTH } from "../../spec/schema.js";
import { type Call, formatChain } from "./typescript-format.js";

/** Members of the body schemas are indented by four spaces. */
const INDENT = 4;
/** The filters' schema is a top-level object: its members are indented by two spaces. */
const FILTER_INDENT = 2;

/**
 * What the TypeScript stacks print for a field, whatever their framework and ORM: its entries in
 * the zod schemas, its PostgreSQL column type and default, its mapping to the wire and its
 * literals. A stack adds its ORM's column to these (describeField).
 */
export interface TypeScriptField {
  /** `key: <zod schema>,` lines of the create/replace, patch, response and filter schemas. */
  input: string;
  patch: string;
  response: string;
  filter: string;
  /** The column's SQL type and default, as the migrations write them. */
  sqlType: string;
  sqlDefault: string | number | boolean | undefined;
  /** The expression turning the row's value into its wire form, e.g. `row.availableAt.toISOString()`. */
  toWire: string;
  /** The constant holding an enum's values, e.g. `productTypeValues`. */
  enumValues: string | undefined;
  /** The wire helpers (src/schemas/wire.ts) the field uses, in all and per schema. */
  wireHelpers: string[];
  helpers: { input: string[]; response: string[]; filter: string[] };
  /** The default as a TypeScript value of the parsed input (`0`, `new Date("…")`), if any. */
  defaultLiteral: string | undefined;
  /** TypeScript literals of the two sample values (`"19.90"`, `true`). */
  samples: [string, string];
  /** For strings, emails and UUIDs: an expression giving a fresh value on every run. */
  freshSample: string | undefined;
}

interface TypeFacts {
  /** The zod schema validating the wire value (`text({ maxLength: 120 })`). */
  wire: Call;
  response: Call;
  filter: Call;
  sqlType: string;
}

/** `source` names the stored item in `toWire`, e.g. `row` (`row.availableAt.toISOString()`). */
export function describeTypeScriptField(
  field: FieldModel,
  resource: ResourceModel,
  source = "row",
): TypeScriptField {
  const enumValues =
    field.type === "enum" ? `${resource.singular.camel}${field.names.pascal}Values` : undefined;
  const facts = describeTypes(field, enumValues ?? "");
  const key = `${field.name}: `;
  const defaultLiteral = describeDefault(field);
  const nullable = field.nullable ? [".nullable()"] : [];
  const input = field.nullable
    ? [".nullable()", ".default(null)"]
    : defaultLiteral === undefined
      ? []
      : [`.default(${defaultLiteral})`];
  const value = `${source}.${field.name}`;
  // A callee without a dot (`text`, not `z.string`) is a helper of src/schemas/wire.ts.
  const helper = (call: Call) => (call.callee.includes(".") ? [] : [call.callee]);
  const helpers = {
    input: helper(facts.wire),
    response: helper(facts.response),
    filter: helper(facts.filter),
  };
  return {
    input: formatChain(INDENT, key, facts.wire, input, ","),
    patch: formatChain(INDENT, key, facts.wire, [...nullable, ".optional()"], ","),
    response: formatChain(INDENT, key, facts.response, nullable, ","),
    filter: formatChain(FILTER_INDENT, key, facts.filter, [".optional()"], ","),
    sqlType: facts.sqlType,
    sqlDefault: describeSqlDefault(field),
    toWire:
      field.type === "datetime"
        ? field.nullable
          ? `${value}?.toISOString() ?? null`
          : `${value}.toISOString()`
        : value,
    enumValues,
    wireHelpers: [...new Set([...helpers.input, ...helpers.response, ...helpers.filter])].sort(),
    helpers,
    defaultLiteral,
    samples: [toTypeScriptLiteral(field.samples[0]), toTypeScriptLiteral(field.samples[1])],
    freshSample: describeFreshSample(field),
  };
}

function describeTypes(field: FieldModel, enumValues: string): TypeFacts {
  const length = field.maxLength;
  switch (field.type) {
    case "string":
    case "text":
      return {
        wire: {
          callee: "text",
          args: [],
          objectArg: length === undefined ? undefined : [`maxLength: ${length}`],
        },
        response: { callee: "z.string", args: [] },
        filter: { callee: "text", args: [] },
        sqlType: length === undefined ? "text" : `varchar(${length})`,
      };
    case "email":
      return {
        wire: {
          callee: "email",
          args: [],
          objectArg: length === EMAIL_MAX_LENGTH ? undefined : [`maxLength: ${length}`],
        },
        response: { callee: "z.string", args: [] },
        filter: { callee: "text", args: [] },
        sqlType: `varchar(${length})`,
      };
    case "integer": {
      const bounds = [
        ...(field.min === undefined ? [] : [`min: ${field.min}`]),
        ...(field.max === undefined ? [] : [`max: ${field.max}`]),
      ];
      return {
        wire: { callee: "int32", args: [], objectArg: bounds.length === 0 ? undefined : bounds },
        response: { callee: "z.int", args: [] },
        filter: { callee: "int32Filter", args: [] },
        sqlType: "integer",
      };
    }
    case "decimal": {
      const options = [
        `precision: ${field.precision}`,
        `scale: ${field.scale}`,
        ...(field.min === undefined ? [] : [`min: "${field.min}"`]),
        ...(field.max === undefined ? [] : [`max: "${field.max}"`]),
      ];
      return {
        wire: { callee: "decimal", args: [], objectArg: options },
        response: { callee: "decimalResponse", args: [String(field.scale)] },
        filter: { callee: "decimalFilter", args: [] },
        sqlType: `numeric(${field.precision}, ${field.scale})`,
      };
    }
    case "boolean":
      return {
        wire: { callee: "z.boolean", args: [] },
        response: { callee: "z.boolean", args: [] },
        filter: { callee: "booleanFilter", args: [] },
        sqlType: "boolean",
      };
    case "date":
      return {
        wire: { callee: "day", args: [] },
        response: { callee: "z.iso.date", args: [] },
        filter: { callee: "day", args: [] },
        sqlType: "date",
      };
    case "datetime":
      return {
        wire: { callee: "instant", args: [] },
        response: { callee: "z.iso.datetime", args: [] },
        filter: { callee: "instant", args: [] },
        sqlType: "timestamp with time zone",
      };
    case "uuid":
      return {
        wire: { callee: "uuid", args: [] },
        response: { callee: "z.uuid", args: [] },
        filter: { callee: "uuid", args: [] },
        sqlType: "uuid",
      };
    case "enum":
      return {
        wire: { callee: "z.enum", args: [enumValues] },
        response: { callee: "z.enum", args: [enumValues] },
        filter: { callee: "z.enum", args: [enumValues] },
        sqlType: `varchar(${length})`,
      };
  }
}

/** The default as the zod schema's output: Dates for datetimes, strings for decimals. */
function describeDefault(field: FieldModel): string | undefined {
  if (field.default === undefined) return undefined;
  if (field.type === "datetime") return `new Date("${field.default}")`;
  return toTypeScriptLiteral(field.default);
}

/**
 * The column default as SQL writes it (and Drizzle's migration snapshots): numbers and booleans
 * as they are, everything else as a quoted SQL string literal.
 */
function describeSqlDefault(field: FieldModel): string | number | boolean | undefined {
  const value = field.default;
  if (value === undefined || typeof value === "number" || typeof value === "boolean") return value;
  const text = field.type === "datetime" ? new Date(value).toISOString() : value;
  return `'${text.replaceAll("'", "''")}'`;
}

function describeFreshSample(field: FieldModel): string | undefined {
  if (field.type === "uuid") return "randomUUID()";
  if (field.type === "email") {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated code is a template literal
    return "`${randomUUID().slice(0, 12)}@example.com`";
  }
  if (field.type === "string" || field.type === "text") {
    return `randomUUID().slice(0, ${Math.min(32, field.maxLength ?? 32)})`;
  }
  return undefined;
}

/** A TypeScript literal of a JSON scalar. */
export function toTypeScriptLiteral(value: WireValue): string {
  return JSON.stringify(value);
}
