import {
  describeColumnType,
  type MigrationModel,
  type MigrationStatement,
} from "../../engine/migrations.js";
import type { FieldModel, ResourceModel } from "../../engine/model.js";
import { toSqlDefault } from "../../platform/postgres-ddl.js";
import type { PythonField } from "./fields.js";
import { formatCall, LINE_LENGTH } from "./python-format.js";
import { describeEnumCheck, toCheckName, toUniqueName } from "./resource.js";

/** Statements in upgrade() and downgrade() are indented by four spaces. */
const INDENT = 4;

/** One statement of an Alembic migration: create_table is written by the template. */
export interface AlembicStep {
  statement: MigrationStatement;
  code: string;
}

export interface AlembicMigration {
  /** `0004_add_rating_to_products`, the revision `0004`, and the one it follows ("" for none). */
  file: string;
  revision: string;
  previous: string;
  /** The docstring's first line. */
  summary: string;
  upgrade: AlembicStep[];
  downgrade: AlembicStep[];
  /** Whether the code uses `sa.` (a migration that only drops things does not). */
  importsSqlalchemy: boolean;
}

export function describeAlembicMigration(migration: MigrationModel): AlembicMigration {
  const revision = formatRevision(migration.number);
  const steps = (statements: readonly MigrationStatement[]) =>
    statements.map((statement) => ({ statement, code: describeOperation(statement) }));
  const upgrade = steps(migration.up);
  const downgrade = steps(migration.down);
  return {
    file: `${revision}_${migration.slug}`,
    revision,
    previous: migration.previous ? formatRevision(migration.previous.number) : "",
    summary: describeSummary(migration),
    upgrade,
    downgrade,
    importsSqlalchemy: [...upgrade, ...downgrade].some(
      ({ statement, code }) => statement.op === "createTable" || code.includes("sa."),
    ),
  };
}

function formatRevision(number: number): string {
  return String(number).padStart(4, "0");
}

/** "Create the products table.", "Add rating to products." */
function describeSummary(migration: MigrationModel): string {
  const [first] = migration.up;
  if (migration.up.length === 1 && first?.op === "createTable") {
    return `Create the ${first.resource.tableName} table.`;
  }
  if (migration.up.length === 1 && first?.op === "dropTable") {
    return `Drop the ${first.resource.tableName} table.`;
  }
  const words = migration.slug.replaceAll("_", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** The Alembic operation of one statement, at four spaces, as ruff formats it. */
function describeOperation(statement: MigrationStatement): string {
  const { resource } = statement;
  const table = `"${resource.tableName}"`;
  if (statement.op === "createTable") return "";
  if (statement.op === "dropTable") return call("op.drop_table", [table]);
  const { field } = statement;
  const column = `"${field.columnName}"`;
  const facts = pythonFacts(field);
  const alter = (...args: string[]) =>
    call("op.alter_column", [table, column, `existing_type=${facts.migrationType}`, ...args]);
  switch (statement.op) {
    case "addColumn":
      return [
        describeAddColumn(table, facts),
        ...(field.unique ? [describeAddUnique(resource, field)] : []),
        ...(field.type === "enum" ? [describeAddCheck(resource, field)] : []),
      ].join("\n    ");
    case "dropColumn":
      return call("op.drop_column", [table, column]);
    case "alterType": {
      const type = describeColumnType(field);
      return call("op.alter_column", [
        table,
        column,
        `existing_type=${pythonFacts(statement.from).migrationType}`,
        `type_=${facts.migrationType}`,
        `postgresql_using=${JSON.stringify(`${field.column}::${type}`)}`,
      ]);
    }
    case "setDefault":
      return alter(`server_default=${facts.serverDefault}`);
    case "dropDefault":
      return alter("server_default=None");
    case "fillNulls": {
      const sql = `UPDATE ${resource.table} SET ${field.column} = ${toSqlDefault(field, "upper")} WHERE ${field.column} IS NULL`;
      return call("op.execute", [JSON.stringify(sql)]);
    }
    case "setNotNull":
      return alter("nullable=False");
    case "dropNotNull":
      return alter("nullable=True");
    case "addUnique":
      return describeAddUnique(resource, field);
    case "dropUnique":
      return call("op.drop_constraint", [
        `op.f("${toUniqueName(resource, field)}")`,
        table,
        'type_="unique"',
      ]);
    case "addCheck":
      return describeAddCheck(resource, field);
    case "dropCheck":
      return call("op.drop_constraint", [
        `op.f("${toCheckName(resource, field)}")`,
        table,
        'type_="check"',
      ]);
  }
}

/** `op.add_column(table, sa.Column(...))`, the column's call split too when it is long. */
function describeAddColumn(table: string, facts: PythonField): string {
  const column = `sa.Column(${facts.migrationColumnArgs.join(", ")})`;
  const line = `op.add_column(${table}, ${column})`;
  if (INDENT + line.length <= LINE_LENGTH) return line;
  const inner = " ".repeat(INDENT + 4);
  const split = formatCall(INDENT + 4, "", "sa.Column", facts.migrationColumnArgs, ",");
  return `op.add_column(\n${inner}${table},\n${inner}${split}\n${" ".repeat(INDENT)})`;
}

function describeAddUnique(resource: ResourceModel, field: FieldModel): string {
  return call("op.create_unique_constraint", [
    `op.f("${toUniqueName(resource, field)}")`,
    `"${resource.tableName}"`,
    `["${field.columnName}"]`,
  ]);
}

function describeAddCheck(resource: ResourceModel, field: FieldModel): string {
  return call("op.create_check_constraint", [
    `op.f("${toCheckName(resource, field)}")`,
    `"${resource.tableName}"`,
    JSON.stringify(describeEnumCheck(field)),
  ]);
}

function call(callee: string, args: string[]): string {
  return formatCall(INDENT, "", callee, args);
}

function pythonFacts(field: FieldModel): PythonField {
  return field.stack as unknown as PythonField;
}
