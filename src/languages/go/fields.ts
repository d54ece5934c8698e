import type { FieldModel, ResourceModel } from "../../engine/model.js";
import type { WireValue } from "../../engine/samples.js";
import {
  createNameSetFromWords,
  pluralizeWords,
  toGoIdentifier,
  toTypeName,
} from "../../naming/index.js";
import { type SqlDialect, toSqlDefault, toSqlString } from "../../platform/postgres-ddl.js";
import { toGoString } from "./go-format.js";

/**
 * What the Go templates print for a field: its types in the model and in the input, its
 * validation tag, default, list filter, SELECT expression, migration column and sample literals.
 * Every type decision of the Go stacks lives here.
 */
export interface GoField {
  /** The model struct's field type: a pointer where the field is nullable. */
  modelType: string;
  /** The input struct's field type: always a pointer, nil when omitted or null. */
  inputType: string;
  /** The `validate:"..."` tag's value (go-playground/validator), "" for none. */
  validate: string;
  /** A Go expression of the default, for SetDefaults. */
  defaultValue: string | undefined;
  /** The listing.Column parser of the field's filter parameter. */
  filter: string;
  /** The column as the SELECT list reads it (numeric as text, which keeps the scale). */
  select: string;
  /** The column's definition in the CREATE TABLE migration, and its type alone. */
  migration: string;
  sqlType: string;
  /** Go literals of the field's two sample wire values. */
  samples: [string, string];
  enum: GoEnum | undefined;
}

export interface GoEnum {
  type: string;
  /** The slice listing every value, e.g. `ProductTypes`. */
  list: string;
  constants: { name: string; value: string }[];
}

interface TypeFacts {
  base: string;
  rules: string[];
  filter: string;
  sqlType: string;
}

export function describeGoField(field: FieldModel, resource: ResourceModel): GoField {
  const enumeration = describeEnum(field, resource);
  const facts = describeType(field, enumeration);
  const rules = [field.nullable ? "omitnil" : "required", ...facts.rules];
  return {
    modelType: field.nullable ? `*${facts.base}` : facts.base,
    inputType: `*${facts.base}`,
    validate: field.nullable && facts.rules.length === 0 ? "" : rules.join(","),
    defaultValue: describeDefault(field, facts, enumeration),
    filter: facts.filter,
    select: field.type === "decimal" ? `${field.column}::text` : field.column,
    migration: describeColumn(field, facts),
    sqlType: facts.sqlType,
    samples: [toGoLiteral(field.samples[0]), toGoLiteral(field.samples[1])],
    enum: enumeration,
  };
}

function describeEnum(field: FieldModel, resource: ResourceModel): GoEnum | undefined {
  if (field.type !== "enum") return undefined;
  const type = toTypeName("go", `${resource.identifier}${field.names.pascal}`);
  return {
    type,
    list: `${resource.identifier}${createNameSetFromWords(pluralizeWords(field.names.words)).pascal}`,
    constants: field.values.map(({ value }) => ({
      name: `${type}${toGoIdentifier(value, true)}`,
      value,
    })),
  };
}

function describeType(field: FieldModel, enumeration: GoEnum | undefined): TypeFacts {
  const length = field.maxLength;
  const bounds = (prefix: string) => [
    ...(field.min === undefined ? [] : [`${prefix}min=${field.min}`]),
    ...(field.max === undefined ? [] : [`${prefix}max=${field.max}`]),
  ];
  switch (field.type) {
    case "string":
    case "text":
      return {
        base: "string",
        rules: [...(length === undefined ? [] : [`max=${length}`]), "nonul"],
        filter: "listing.Filter(wire.ParseText)",
        sqlType: length === undefined ? "text" : `varchar(${length})`,
      };
    case "email":
      return {
        base: "string",
        rules: [`max=${length}`, "html_email"],
        filter: "listing.Filter(wire.ParseText)",
        sqlType: `varchar(${length})`,
      };
    case "integer":
      return {
        base: "int32",
        rules: bounds(""),
        filter: "listing.Filter(wire.ParseInt32)",
        sqlType: "integer",
      };
    case "decimal":
      return {
        base: "wire.Decimal",
        rules: [`decimal=${field.precision}:${field.scale}`, ...bounds("decimal_")],
        filter: "listing.Filter(wire.ParseDecimal)",
        sqlType: `numeric(${field.precision}, ${field.scale})`,
      };
    case "boolean":
      return {
        base: "bool",
        rules: [],
        filter: "listing.Filter(wire.ParseBoolean)",
        sqlType: "boolean",
      };
    case "date":
      return {
        base: "wire.Date",
        rules: [],
        filter: "listing.Filter(wire.ParseDate)",
        sqlType: "date",
      };
    case "datetime":
      return {
        base: "wire.Instant",
        rules: [],
        filter: "listing.Filter(wire.ParseInstant)",
        sqlType: "timestamptz",
      };
    case "uuid":
      return {
        base: "uuid.UUID",
        rules: [],
        filter: "listing.Filter(wire.ParseUUID)",
        sqlType: "uuid",
      };
    case "enum": {
      const type = enumeration?.type ?? "";
      return {
        base: type,
        rules: [`oneof=${field.values.map(({ value }) => value).join(" ")}`],
        filter: `listing.Filter(wire.ParseEnum(model.${enumeration?.list}...))`,
        sqlType: `varchar(${length})`,
      };
    }
  }
}

function describeDefault(
  field: FieldModel,
  facts: TypeFacts,
  enumeration: GoEnum | undefined,
): string | undefined {
  const value = field.default;
  if (value === undefined) return undefined;
  switch (field.type) {
    case "enum":
      return `new(${enumeration?.constants.find((constant) => constant.value === value)?.name})`;
    case "integer":
      return `new(int32(${value}))`;
    case "decimal":
      return `new(wire.Decimal(${toGoString(String(value))}))`;
    case "boolean":
      return `new(${value})`;
    case "date": {
      const [year, month, day] = String(value).split("-").map(Number);
      return `new(wire.Date{Year: ${year}, Month: ${month}, Day: ${day}})`;
    }
    case "datetime": {
      const t = new Date(String(value));
      const parts = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours()];
      parts.push(t.getUTCMinutes(), t.getUTCSeconds(), t.getUTCMilliseconds() * 1_000_000);
      return `new(wire.NewInstant(time.Date(${parts.join(", ")}, time.UTC)))`;
    }
    case "uuid":
      return `new(uuid.MustParse(${toGoString(String(value))}))`;
    default:
      return facts.base === "string" ? `new(${toGoString(String(value))})` : undefined;
  }
}

function describeColumn(field: FieldModel, facts: TypeFacts): string {
  const parts = [field.column, facts.sqlType];
  if (!field.nullable) parts.push("NOT NULL");
  if (field.default !== undefined) parts.push(`DEFAULT ${toSqlDefault(field, "lower")}`);
  if (field.unique) parts.push("UNIQUE");
  if (field.type === "enum") parts.push(`CHECK (${describeEnumCheck(field)})`);
  return parts.join(" ");
}

function describeEnumCheck(field: FieldModel): string {
  return `${field.column} IN (${field.values.map(({ value }) => toSqlString(value)).join(", ")})`;
}

/**
 * How the goose migrations write the statements that change a table. Constraints are declared
 * with their column, so PostgreSQL names them (`<table>_<column>_key`, `<table>_<column>_check`).
 */
export const GO_SQL: SqlDialect = {
  quoteIdentifiers: false,
  inlineConstraints: true,
  column: (field) => (field.stack as unknown as GoField).migration,
  type: (field) => (field.stack as unknown as GoField).sqlType,
  defaultValue: (field) => toSqlDefault(field, "lower"),
  uniqueName: (resource, field) => `${resource.tableName}_${field.columnName}_key`,
  checkName: (resource, field) => `${resource.tableName}_${field.columnName}_check`,
  checkCondition: (_, field) => describeEnumCheck(field),
};

/** A Go literal of a JSON scalar, as a test's payload holds it. */
export function toGoLiteral(value: WireValue): string {
  return typeof value === "string" ? toGoString(value) : String(value);
}
