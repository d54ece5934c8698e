import type { FieldModel, ResourceModel } from "../../engine/model.js";
import {
  describeTypeScriptField,
  formatChain,
  type TypeScriptField,
} from "../../languages/typescript/index.js";

/** An entity's decorators and properties are indented by two spaces. */
const INDENT = 2;

/** A field as the NestJS stack prints it: the language's facts plus its TypeORM column. */
export interface TypeOrmField extends TypeScriptField {
  /** The entity's `@Column({ ... })` decorator and its property declaration. */
  decorator: string;
  property: string;
  /** The column's definition in the migration's CREATE TABLE, as TypeORM writes it. */
  definition: string;
  /** Its SQL type and default, as TypeORM writes them (`character varying(32)`, `'0'`). */
  sqlType: string;
  sqlDefault: string | undefined;
}

export function describeTypeOrmField(field: FieldModel, resource: ResourceModel): TypeOrmField {
  const facts = describeTypeScriptField(field, resource, "entity");
  const column = describeColumn(field);
  const defaultValue = describeColumnDefault(field);
  const options = [
    ...(field.columnName === field.name ? [] : [`name: "${field.columnName}"`]),
    `type: "${column.type}"`,
    ...column.options,
    ...(field.nullable ? ["nullable: true"] : []),
    ...(defaultValue === undefined ? [] : [`default: ${defaultValue.literal}`]),
  ];
  const type = describePropertyType(field, facts.enumValues);
  const sqlDefault = defaultValue === undefined ? "" : ` DEFAULT ${defaultValue.sql}`;
  return {
    ...facts,
    decorator: formatChain(INDENT, "@", { callee: "Column", args: [], objectArg: options }),
    property: `${field.name}!: ${type}${field.nullable ? " | null" : ""};`,
    definition: `"${field.columnName}" ${column.sql}${field.nullable ? "" : " NOT NULL"}${sqlDefault}`,
    sqlType: column.sql,
    sqlDefault: defaultValue?.sql,
  };
}

interface ColumnFacts {
  /** TypeORM's column type, its other options, and the SQL type TypeORM writes for it. */
  type: string;
  options: string[];
  sql: string;
}

function describeColumn(field: FieldModel): ColumnFacts {
  const length = field.maxLength;
  switch (field.type) {
    case "string":
    case "text":
      return length === undefined ? { type: "text", options: [], sql: "text" } : varchar(length);
    case "email":
    case "enum":
      return varchar(length ?? 0);
    case "integer":
      return { type: "integer", options: [], sql: "integer" };
    case "decimal":
      return {
        type: "numeric",
        options: [`precision: ${field.precision}`, `scale: ${field.scale}`],
        sql: `numeric(${field.precision},${field.scale})`,
      };
    case "boolean":
      return { type: "boolean", options: [], sql: "boolean" };
    case "date":
      return { type: "date", options: [], sql: "date" };
    case "datetime":
      return { type: "timestamptz", options: [], sql: "TIMESTAMP WITH TIME ZONE" };
    case "uuid":
      return { type: "uuid", options: [], sql: "uuid" };
  }
}

function varchar(length: number): ColumnFacts {
  return { type: "varchar", options: [`length: ${length}`], sql: `character varying(${length})` };
}

/**
 * The column default as the entity gives it and as TypeORM writes it into a migration: numbers
 * quoted, booleans bare, a datetime as PostgreSQL prints it back in UTC, so that TypeORM finds
 * nothing to change when it compares the entity with the database.
 */
function describeColumnDefault(field: FieldModel): { literal: string; sql: string } | undefined {
  const value = field.default;
  if (value === undefined) return undefined;
  if (typeof value === "boolean") return { literal: String(value), sql: String(value) };
  if (typeof value === "number") return { literal: String(value), sql: `'${value}'` };
  const text = field.type === "datetime" ? toPostgresInstant(value) : value;
  return { literal: JSON.stringify(text), sql: `'${text.replaceAll("'", "''")}'` };
}

/** `2024-01-01T00:00:00.000Z` → `2024-01-01 00:00:00+00`, PostgreSQL's text for the instant. */
function toPostgresInstant(value: string): string {
  const iso = new Date(value).toISOString();
  const fraction = iso.slice(19, 23) === ".000" ? "" : iso.slice(19, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}+00`;
}

function describePropertyType(field: FieldModel, enumValues: string | undefined): string {
  switch (field.type) {
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "datetime":
      return "Date";
    case "enum":
      return `(typeof ${enumValues})[number]`;
    default:
      return "string";
  }
}
