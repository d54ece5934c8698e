import type { FieldModel, ResourceModel } from "../../engine/model.js";
import type { WireValue } from "../../engine/samples.js";
import { capitalizeWord, toTypeName } from "../../naming/index.js";
import { type SqlDialect, toSqlDefault, toSqlString } from "../../platform/postgres-ddl.js";
import { EMAIL_MAX_LENGTH } from "../../spec/schema.js";

/**
 * What the Java templates print for a field: its Java type, the annotations of its request
 * component and entity column, its SQL column, how a list filter parses it and how OpenAPI
 * documents that filter. Every type decision of the stack lives here.
 */
export interface JavaField {
  /** The Java type of the value, e.g. `BigDecimal` or `ProductType`. */
  type: string;
  enumType: string | undefined;
  /** `@JsonProperty("class")` where the Java identifier is not the JSON name. */
  jsonProperty: string | undefined;
  /** The request record component's constraint annotations, in order. */
  constraints: string[];
  /** The `@Schema(...)` of a value OpenAPI would describe wrongly from its Java type. */
  schema: string | undefined;
  /** The entity's `@Column(...)` and, for enums, `@Convert(...)`. */
  column: string;
  convert: string | undefined;
  getter: string;
  /** The default applied when the request leaves the field out, as a Java expression. */
  defaultValue: string | undefined;
  /** How the value is copied from the request onto the entity (decimals get their scale). */
  assign: string;
  /** The migration's column definition, e.g. `price NUMERIC(10, 2) NOT NULL`. */
  sqlColumn: string;
  /** The column's SQL type, e.g. `NUMERIC(10, 2)`. */
  sqlType: string;
  /** The names of the column's unique and check constraints (enums have a check). */
  uniqueConstraint: string;
  checkConstraint: string;
  /** The enum's check, e.g. `type IN ('physical', 'digital')`. */
  checkCondition: string | undefined;
  /** The list filter's parser, e.g. `Wire::parseDecimal`, and its OpenAPI `@Schema`. */
  parse: string;
  querySchema: string;
  /** Java literals of the two sample wire values (`"19.90"`, `true`), for the tests. */
  samples: [string, string];
  /** For strings, emails and UUIDs: a fresh value on every call (uses UUID.randomUUID()). */
  freshSample: string | undefined;
  /** The first sample as a Java value of the field's type, e.g. `new BigDecimal("19.90")`. */
  typedSample: string;
}

interface TypeFacts {
  type: string;
  sql: string;
  parse: string;
  querySchema: string;
}

const DECIMAL_SCHEMA =
  '@Schema(type = "string", pattern = Wire.DECIMAL_PATTERN, example = "19.90")';

export function describeJavaField(field: FieldModel, resource: ResourceModel): JavaField {
  const enumType =
    field.type === "enum" ? toTypeName("java", `${resource.name}${field.names.pascal}`) : undefined;
  const facts = describeTypes(field, enumType ?? "");
  return {
    type: facts.type,
    enumType,
    jsonProperty: field.identifier === field.name ? undefined : `@JsonProperty("${field.name}")`,
    constraints: describeConstraints(field),
    schema: field.type === "decimal" ? DECIMAL_SCHEMA : undefined,
    column: describeColumn(field),
    convert: enumType ? `@Convert(converter = ${enumType}.JpaConverter.class)` : undefined,
    getter: `get${capitalizeWord(field.identifier)}`,
    defaultValue: describeDefault(field, enumType),
    assign: describeAssign(field),
    sqlColumn: describeSqlColumn(field, facts.sql),
    sqlType: facts.sql,
    uniqueConstraint: `uq_${resource.tableName}_${field.columnName}`,
    checkConstraint: `ck_${resource.tableName}_${field.columnName}`,
    checkCondition:
      field.type === "enum"
        ? `${field.column} IN (${field.values.map(({ value }) => toSqlString(value)).join(", ")})`
        : undefined,
    parse: facts.parse,
    querySchema: facts.querySchema,
    samples: [toJavaLiteral(field.samples[0]), toJavaLiteral(field.samples[1])],
    freshSample: describeFreshSample(field),
    typedSample: describeTypedValue(field, enumType, field.samples[0]),
  };
}

function describeTypes(field: FieldModel, enumType: string): TypeFacts {
  switch (field.type) {
    case "string":
    case "text":
      return {
        type: "String",
        sql: field.maxLength === undefined ? "TEXT" : `VARCHAR(${field.maxLength})`,
        parse: "Function.identity()",
        querySchema: '@Schema(type = "string")',
      };
    case "email":
      return {
        type: "String",
        sql: `VARCHAR(${field.maxLength})`,
        parse: "Function.identity()",
        querySchema: '@Schema(type = "string", format = "email")',
      };
    case "integer":
      return {
        type: "Integer",
        sql: "INTEGER",
        parse: "Wire::parseInteger",
        querySchema: '@Schema(type = "integer", format = "int32")',
      };
    case "decimal":
      return {
        type: "BigDecimal",
        sql: `NUMERIC(${field.precision}, ${field.scale})`,
        parse: "Wire::parseDecimal",
        querySchema: '@Schema(type = "string", pattern = Wire.DECIMAL_PATTERN)',
      };
    case "boolean":
      return {
        type: "Boolean",
        sql: "BOOLEAN",
        parse: "Wire::parseBoolean",
        querySchema: '@Schema(type = "boolean")',
      };
    case "date":
      return {
        type: "LocalDate",
        sql: "DATE",
        parse: "Wire::parseDate",
        querySchema: '@Schema(type = "string", format = "date")',
      };
    case "datetime":
      return {
        type: "Instant",
        sql: "TIMESTAMPTZ",
        parse: "Wire::parseInstant",
        querySchema: '@Schema(type = "string", format = "date-time")',
      };
    case "uuid":
      return {
        type: "UUID",
        sql: "UUID",
        parse: "Wire::parseUuid",
        querySchema: '@Schema(type = "string", format = "uuid")',
      };
    case "enum":
      return {
        type: enumType,
        sql: `VARCHAR(${field.maxLength})`,
        parse: `${enumType}::fromValue`,
        querySchema: `@Schema(implementation = ${enumType}.class)`,
      };
  }
}

function describeConstraints(field: FieldModel): string[] {
  // null is a value only for optional fields: for a defaulted one it is refused, not defaulted.
  const constraints = field.required
    ? ["@NotNull"]
    : field.default !== undefined
      ? ["@Defaulted"]
      : [];
  switch (field.type) {
    case "string":
    case "text":
      constraints.push(
        field.maxLength === undefined ? "@ValidText" : `@ValidText(max = ${field.maxLength})`,
      );
      break;
    case "email":
      constraints.push(
        `@ValidText(max = ${field.maxLength ?? EMAIL_MAX_LENGTH})`,
        '@Pattern(regexp = Wire.EMAIL_PATTERN, message = "must be a valid e-mail address")',
      );
      break;
    case "integer":
      if (field.min !== undefined) constraints.push(`@Min(${field.min})`);
      if (field.max !== undefined) constraints.push(`@Max(${field.max})`);
      break;
    case "decimal": {
      const integerDigits = (field.precision ?? 0) - (field.scale ?? 0);
      constraints.push(`@Digits(integer = ${integerDigits}, fraction = ${field.scale})`);
      if (field.min !== undefined) constraints.push(`@DecimalMin("${field.min}")`);
      if (field.max !== undefined) constraints.push(`@DecimalMax("${field.max}")`);
      break;
    }
    default:
      break;
  }
  return constraints;
}

function describeColumn(field: FieldModel): string {
  const name = field.column.replaceAll('"', '\\"');
  const args = [`name = "${name}"`];
  if (!field.nullable) args.push("nullable = false");
  if (field.unique) args.push("unique = true");
  if (field.type === "decimal")
    args.push(`precision = ${field.precision}`, `scale = ${field.scale}`);
  else if (field.maxLength !== undefined && field.type !== "text") {
    args.push(`length = ${field.maxLength}`);
  }
  return `@Column(${args.join(", ")})`;
}

function describeDefault(field: FieldModel, enumType: string | undefined): string | undefined {
  return field.default === undefined
    ? undefined
    : describeTypedValue(field, enumType, field.default);
}

/** A Java expression of the field's type for a wire value. */
function describeTypedValue(
  field: FieldModel,
  enumType: string | undefined,
  value: WireValue,
): string {
  if (enumType) {
    return `${enumType}.${field.values.find((candidate) => candidate.value === value)?.constant}`;
  }
  switch (field.type) {
    case "decimal":
      return `new BigDecimal("${value}")`;
    case "date":
      return `LocalDate.parse("${value}")`;
    case "datetime":
      return `Instant.parse("${value}")`;
    case "uuid":
      return `UUID.fromString("${value}")`;
    default:
      return toJavaLiteral(value);
  }
}

function describeAssign(field: FieldModel): string {
  const value = `request.${field.identifier}()`;
  return field.type === "decimal" ? `Wire.withScale(${value}, ${field.scale})` : value;
}

function describeSqlColumn(field: FieldModel, sqlType: string): string {
  const parts = [field.column, sqlType];
  if (field.default !== undefined) parts.push(`DEFAULT ${toSqlDefault(field, "upper")}`);
  if (!field.nullable) parts.push("NOT NULL");
  return parts.join(" ");
}

/** How Flyway's migrations write the statements that change a table. */
export const JAVA_SQL: SqlDialect = {
  quoteIdentifiers: false,
  inlineConstraints: false,
  column: (field) => javaFacts(field).sqlColumn,
  type: (field) => javaFacts(field).sqlType,
  defaultValue: (field) => toSqlDefault(field, "upper"),
  uniqueName: (_, field) => javaFacts(field).uniqueConstraint,
  checkName: (_, field) => javaFacts(field).checkConstraint,
  checkCondition: (_, field) => javaFacts(field).checkCondition ?? "",
};

function javaFacts(field: FieldModel): JavaField {
  return field.stack as unknown as JavaField;
}

function describeFreshSample(field: FieldModel): string | undefined {
  if (field.type === "uuid") return "UUID.randomUUID().toString()";
  if (field.type === "email")
    return 'UUID.randomUUID().toString().substring(0, 12) + "@example.com"';
  if (field.type === "string" || field.type === "text") {
    return `UUID.randomUUID().toString().substring(0, ${Math.min(36, field.maxLength ?? 36)})`;
  }
  return undefined;
}

/** A Java literal of a JSON scalar: strings, integers and booleans are written alike. */
export function toJavaLiteral(value: WireValue): string {
  return JSON.stringify(value);
}
