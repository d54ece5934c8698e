import type { FieldModel, ResourceModel } from "../../engine/model.js";
import type { WireValue } from "../../engine/samples.js";
import { toTypeName } from "../../naming/index.js";
import { EMAIL_MAX_LENGTH } from "../../spec/schema.js";
import { formatCall } from "./python-format.js";

/** Class bodies are indented by four spaces, the migration's columns by eight. */
const CLASS_INDENT = 4;
const COLUMN_INDENT = 8;

/**
 * What the Python templates print for a field: its annotations in each schema, its ORM and
 * migration column, and its literals. Every type decision of the stack lives here.
 */
export interface PythonField {
  /** `<identifier>: <annotation> = <default>` lines of the write, patch, read and filter schemas. */
  write: string;
  patch: string;
  read: string;
  filter: string;
  /** The model's `Mapped[...]` line and the migration's `sa.Column(...)` expression. */
  mapped: string;
  migrationColumn: string;
  /** The arguments of that `sa.Column(...)`, its SQLAlchemy type and its server default. */
  migrationColumnArgs: string[];
  migrationType: string;
  serverDefault: string | undefined;
  /** The Python type of the attribute, e.g. `Decimal` or `ProductType`. */
  type: string;
  enumType: string | undefined;
  /** Python literals of the two sample values (`"19.90"`, `True`). */
  samples: [string, string];
  /** The second sample as a query-string literal (`"false"`, `"7"`), for filter tests. */
  querySample: string;
  /** For strings, emails and UUIDs: an expression giving a fresh value on every run (uses uuid). */
  freshSample: string | undefined;
}

interface TypeFacts {
  type: string;
  wire: string;
  read: string;
  filter: string;
  column: string;
  migration: string;
}

export function describePythonField(field: FieldModel, resource: ResourceModel): PythonField {
  const enumType =
    field.type === "enum"
      ? toTypeName("python", `${resource.name}${field.names.pascal}`)
      : undefined;
  const facts = describeTypes(field, enumType ?? "");
  const alias = field.identifier === field.name ? undefined : field.name;
  const optional = field.nullable ? " | None" : "";
  const defaultLiteral = describeDefault(field, enumType);
  const writeDefault = defaultLiteral ?? (field.required ? undefined : "None");
  return {
    write: declare(field.identifier, `${facts.wire}${optional}`, alias, writeDefault),
    patch: declare(field.identifier, `${facts.wire} | None`, alias, "None"),
    read: declare(field.identifier, `${facts.read}${optional}`, alias, undefined),
    filter: declare(field.identifier, `${facts.filter} | None`, alias, "None"),
    mapped: describeMapped(field, facts),
    migrationColumn: formatCall(
      COLUMN_INDENT,
      "",
      "sa.Column",
      describeColumnArgs(field, facts),
      ",",
    ),
    migrationColumnArgs: describeColumnArgs(field, facts),
    migrationType: facts.migration,
    serverDefault: field.default === undefined ? undefined : describeServerDefault(field),
    type: facts.type,
    enumType,
    samples: [toPythonLiteral(field.samples[0]), toPythonLiteral(field.samples[1])],
    querySample: JSON.stringify(String(field.samples[1])),
    freshSample: describeFreshSample(field),
  };
}

function describeTypes(field: FieldModel, enumType: string): TypeFacts {
  const length = field.maxLength;
  switch (field.type) {
    case "string":
    case "text": {
      const column = field.type === "string" || length !== undefined ? `String(${length})` : "Text";
      return {
        type: "str",
        wire: length === undefined ? "Text" : `Annotated[Text, Field(max_length=${length})]`,
        read: "str",
        filter: "str",
        column,
        migration: column === "Text" ? "sa.Text()" : `sa.String(length=${length})`,
      };
    }
    case "email":
      return {
        type: "str",
        wire:
          length === EMAIL_MAX_LENGTH ? "Email" : `Annotated[Email, Field(max_length=${length})]`,
        read: "str",
        filter: "str",
        column: `String(${length})`,
        migration: `sa.String(length=${length})`,
      };
    case "integer": {
      const bounds = [
        field.min === undefined ? "" : `ge=${field.min}`,
        field.max === undefined ? "" : `le=${field.max}`,
      ].filter(Boolean);
      return {
        type: "int",
        wire: bounds.length === 0 ? "Int32" : `Annotated[Int32, Field(${bounds.join(", ")})]`,
        read: "int",
        filter: "QueryInt32",
        column: "Integer",
        migration: "sa.Integer()",
      };
    }
    case "decimal": {
      const range = [
        field.min === undefined ? "" : `minimum="${field.min}"`,
        field.max === undefined ? "" : `maximum="${field.max}"`,
      ].filter(Boolean);
      const precision = `${field.precision}, ${field.scale}`;
      return {
        type: "Decimal",
        wire: `Annotated[Decimal, DecimalString(${[precision, ...range].join(", ")})]`,
        read: `Annotated[Decimal, DecimalString(${precision})]`,
        filter: "QueryDecimal",
        column: `Numeric(${precision})`,
        migration: `sa.Numeric(precision=${field.precision}, scale=${field.scale})`,
      };
    }
    case "boolean":
      return {
        type: "bool",
        wire: "Boolean",
        read: "bool",
        filter: "QueryBoolean",
        column: "Boolean",
        migration: "sa.Boolean()",
      };
    case "date":
      return {
        type: "date",
        wire: "Day",
        read: "date",
        filter: "Day",
        column: "Date",
        migration: "sa.Date()",
      };
    case "datetime":
      return {
        type: "datetime",
        wire: "Instant",
        read: "InstantOut",
        filter: "Instant",
        column: "DateTime(timezone=True)",
        migration: "sa.DateTime(timezone=True)",
      };
    case "uuid":
      return {
        type: "uuid.UUID",
        wire: "Uuid",
        read: "UUID",
        filter: "Uuid",
        column: "Uuid",
        migration: "sa.Uuid()",
      };
    case "enum":
      return {
        type: enumType,
        wire: `Annotated[${enumType}, StringValued]`,
        read: enumType,
        filter: `Annotated[${enumType}, StringValued]`,
        column: `Enum(${enumType}, native_enum=False, length=${length}, values_callable=enum_values)`,
        migration: `sa.String(length=${length})`,
      };
  }
}

function describeFreshSample(field: FieldModel): string | undefined {
  if (field.type === "uuid") return "str(uuid.uuid4())";
  if (field.type === "email") return 'f"{uuid.uuid4().hex[:12]}@example.com"';
  if (field.type === "string" || field.type === "text") {
    return `uuid.uuid4().hex[:${Math.min(32, field.maxLength ?? 32)}]`;
  }
  return undefined;
}

function declare(
  identifier: string,
  annotation: string,
  alias: string | undefined,
  defaultValue: string | undefined,
): string {
  if (alias === undefined) {
    return `${identifier}: ${annotation}${defaultValue === undefined ? "" : ` = ${defaultValue}`}`;
  }
  const args = [
    ...(defaultValue === undefined ? [] : [`default=${defaultValue}`]),
    `alias="${alias}"`,
  ];
  return formatCall(CLASS_INDENT, `${identifier}: ${annotation} = `, "Field", args);
}

function describeDefault(field: FieldModel, enumType: string | undefined): string | undefined {
  if (field.default === undefined) return undefined;
  if (enumType) {
    const member = field.values.find((value) => value.value === field.default);
    return `${enumType}.${member?.constant}`;
  }
  if (field.type === "decimal") return `Decimal("${field.default}")`;
  if (field.type === "date") return `date.fromisoformat("${field.default}")`;
  if (field.type === "datetime") return `datetime.fromisoformat("${field.default}")`;
  if (field.type === "uuid") return `UUID("${field.default}")`;
  return toPythonLiteral(field.default);
}

function describeMapped(field: FieldModel, facts: TypeFacts): string {
  const optional = field.nullable ? " | None" : "";
  const args = [
    field.identifier === field.columnName ? "" : `"${field.columnName}"`,
    facts.column,
    field.unique ? "unique=True" : "",
  ].filter(Boolean);
  const prefix = `${field.identifier}: Mapped[${facts.type}${optional}] = `;
  return formatCall(CLASS_INDENT, prefix, "mapped_column", args);
}

function describeColumnArgs(field: FieldModel, facts: TypeFacts): string[] {
  const args = [`"${field.columnName}"`, facts.migration];
  if (field.default !== undefined) args.push(`server_default=${describeServerDefault(field)}`);
  args.push(`nullable=${field.nullable ? "True" : "False"}`);
  return args;
}

function describeServerDefault(field: FieldModel): string {
  const value = field.default;
  if (typeof value === "boolean") return value ? "sa.true()" : "sa.false()";
  if (typeof value === "number" || field.type === "decimal") return `sa.text("${value}")`;
  return toPythonLiteral(String(value));
}

/** A Python literal of a JSON scalar: JSON strings and numbers already are, booleans are not. */
export function toPythonLiteral(value: WireValue): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  return JSON.stringify(value);
}
