import type { MigrationStatement } from "../engine/migrations.js";
import type { FieldModel, ResourceModel } from "../engine/model.js";

/**
 * How one stack writes PostgreSQL: the same statements, in its own house style and with its
 * own constraint names, so a migration reads like the stack's first one.
 */
export interface SqlDialect {
  /** Drizzle double-quotes every identifier; the others quote only where SQL needs it. */
  quoteIdentifiers: boolean;
  /**
   * Whether `column` declares the unique and check constraints itself (goose's CREATE TABLE
   * does, and PostgreSQL names them), or they are added apart under the dialect's names.
   */
  inlineConstraints: boolean;
  /** The column as the stack's CREATE TABLE defines it. */
  column(field: FieldModel): string;
  type(field: FieldModel): string;
  /** The field's default as an SQL literal of its column type. */
  defaultValue(field: FieldModel): string;
  uniqueName(resource: ResourceModel, field: FieldModel): string;
  checkName(resource: ResourceModel, field: FieldModel): string;
  /** The enum's condition, e.g. `type IN ('physical', 'digital')`. */
  checkCondition(resource: ResourceModel, field: FieldModel): string;
}

/** A migration statement and its SQL; createTable's is left to the stack's template. */
export interface SqlStep {
  statement: MigrationStatement;
  sql: string[];
}

/** Each statement with its SQL in the stack's dialect. */
export function describeSqlSteps(
  statements: readonly MigrationStatement[],
  dialect: SqlDialect,
): SqlStep[] {
  return statements.map((statement) => ({
    statement,
    sql: statement.op === "createTable" ? [] : describeAlterSql(statement, dialect),
  }));
}

/**
 * The SQL of one statement that changes an existing table (every statement but createTable,
 * which each stack's template writes in its own layout), as one or more statements ending
 * in a semicolon.
 */
function describeAlterSql(
  statement: Exclude<MigrationStatement, { op: "createTable" }>,
  dialect: SqlDialect,
): string[] {
  const id = (name: string, quoted: string) => (dialect.quoteIdentifiers ? `"${name}"` : quoted);
  const { resource } = statement;
  const table = id(resource.tableName, resource.table);
  if (statement.op === "dropTable") return [`DROP TABLE ${table};`];
  const { field } = statement;
  const column = id(field.columnName, field.column);
  const alter = `ALTER TABLE ${table}`;
  const alterColumn = `${alter} ALTER COLUMN ${column}`;
  const constraint = (name: string) => id(name, name);
  const addUnique = `${alter} ADD CONSTRAINT ${constraint(dialect.uniqueName(resource, field))} UNIQUE (${column});`;
  const addCheck = `${alter} ADD CONSTRAINT ${constraint(dialect.checkName(resource, field))} CHECK (${dialect.checkCondition(resource, field)});`;
  switch (statement.op) {
    case "addColumn":
      return [
        `${alter} ADD COLUMN ${dialect.column(field)};`,
        ...(field.unique && !dialect.inlineConstraints ? [addUnique] : []),
        ...(field.type === "enum" && !dialect.inlineConstraints ? [addCheck] : []),
      ];
    case "dropColumn":
      return [`${alter} DROP COLUMN ${column};`];
    case "alterType": {
      const type = dialect.type(field);
      return [`${alterColumn} TYPE ${type} USING ${column}::${type};`];
    }
    case "setDefault":
      return [`${alterColumn} SET DEFAULT ${dialect.defaultValue(field)};`];
    case "dropDefault":
      return [`${alterColumn} DROP DEFAULT;`];
    case "fillNulls":
      return [
        `UPDATE ${table} SET ${column} = ${dialect.defaultValue(field)} WHERE ${column} IS NULL;`,
      ];
    case "setNotNull":
      return [`${alterColumn} SET NOT NULL;`];
    case "dropNotNull":
      return [`${alterColumn} DROP NOT NULL;`];
    case "addUnique":
      return [addUnique];
    case "dropUnique":
      return [`${alter} DROP CONSTRAINT ${constraint(dialect.uniqueName(resource, field))};`];
    case "addCheck":
      return [addCheck];
    case "dropCheck":
      return [`${alter} DROP CONSTRAINT ${constraint(dialect.checkName(resource, field))};`];
  }
}

/** An SQL string literal: single quotes, doubled inside. */
export function toSqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A default as an SQL literal: booleans and numbers bare (decimals arrive as strings). */
export function toSqlDefault(field: FieldModel, booleans: "upper" | "lower"): string {
  const value = field.default;
  if (typeof value === "boolean") {
    const text = value ? "TRUE" : "FALSE";
    return booleans === "upper" ? text : text.toLowerCase();
  }
  if (typeof value === "number" || field.type === "decimal") return String(value);
  return toSqlString(String(value));
}
