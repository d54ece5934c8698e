import type { FieldModel, ResourceModel } from "../../engine/model.js";
import {
  type Call,
  describeTypeScriptField,
  formatChain,
  type TypeScriptField,
} from "../../languages/typescript/index.js";

/** The table's columns are indented by four spaces. */
const INDENT = 4;

/** A field as the Express stack prints it: the language's facts plus its Drizzle column. */
export interface DrizzleField extends TypeScriptField {
  /** The table's `key: <column>,` line. */
  column: string;
  /** The Drizzle column builder it imports, e.g. `varchar`. */
  columnBuilder: string;
}

export function describeDrizzleField(field: FieldModel, resource: ResourceModel): DrizzleField {
  const facts = describeTypeScriptField(field, resource);
  const builder = describeColumn(field, facts.enumValues ?? "");
  const chain = [
    ...(field.nullable ? [] : [".notNull()"]),
    ...(facts.defaultLiteral === undefined ? [] : [`.default(${facts.defaultLiteral})`]),
    ...(field.unique ? [".unique()"] : []),
  ];
  return {
    ...facts,
    column: formatChain(INDENT, `${field.name}: `, builder, chain, ","),
    columnBuilder: builder.callee,
  };
}

function describeColumn(field: FieldModel, enumValues: string): Call {
  const name = `"${field.columnName}"`;
  const length = field.maxLength;
  switch (field.type) {
    case "string":
    case "text":
      return length === undefined
        ? { callee: "text", args: [name] }
        : { callee: "varchar", args: [name], objectArg: [`length: ${length}`] };
    case "email":
      return { callee: "varchar", args: [name], objectArg: [`length: ${length}`] };
    case "integer":
      return { callee: "integer", args: [name] };
    case "decimal":
      return {
        callee: "numeric",
        args: [name],
        objectArg: [`precision: ${field.precision}`, `scale: ${field.scale}`],
      };
    case "boolean":
      return { callee: "boolean", args: [name] };
    case "date":
      return { callee: "date", args: [name] };
    case "datetime":
      return { callee: "timestamp", args: [name], objectArg: ["withTimezone: true"] };
    case "uuid":
      return { callee: "uuid", args: [name] };
    case "enum":
      return {
        callee: "varchar",
        args: [name],
        objectArg: [`length: ${length}`, `enum: ${enumValues}`],
      };
  }
}
