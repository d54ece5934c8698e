import type { MigrationModel, MigrationStatement } from "../../engine/migrations.js";
import type { FieldModel, ResourceModel } from "../../engine/model.js";
import {
  describeEnumValues,
  formatParameters,
  type TypeScriptResource,
  toCheckName,
  toUniqueName,
} from "../../languages/typescript/index.js";
import { toPascalCase } from "../../naming/index.js";
import { describeSqlSteps, type SqlDialect } from "../../platform/postgres-ddl.js";
import type { TypeOrmField } from "./fields.js";
import { describeCheckCondition, toPrimaryKeyName } from "./resource.js";

/** The timestamp of the first migration (2025-01-01T00:00:00Z); each next one is a second later. */
const FIRST_MIGRATION_MILLIS = Date.UTC(2025, 0, 1);
/** A migration's statements are indented by four spaces. */
const MIGRATION_INDENT = 4;

/** A migration's class and file name, and its queries as TypeORM writes them. */
export interface TypeOrmMigration {
  className: string;
  file: string;
  up: string[];
  down: string[];
}

/** How the TypeORM migrations write the statements that change a table. */
const TYPEORM_SQL: SqlDialect = {
  quoteIdentifiers: true,
  inlineConstraints: false,
  column: (field) => typeOrmFacts(field).definition,
  type: (field) => typeOrmFacts(field).sqlType,
  defaultValue: (field) => typeOrmFacts(field).sqlDefault ?? "NULL",
  uniqueName: toUniqueName,
  checkName: toCheckName,
  checkCondition: (_, field) => describeCheckCondition(field.columnName, describeEnumValues(field)),
};

export function describeTypeOrmMigration(migration: MigrationModel): TypeOrmMigration {
  const timestamp = FIRST_MIGRATION_MILLIS + (migration.number - 1) * 1000;
  const name = toPascalCase(migration.slug);
  const queries = (statements: readonly MigrationStatement[]) =>
    describeSqlSteps(statements, TYPEORM_SQL)
      .flatMap(({ statement, sql }) =>
        statement.op === "createTable"
          ? describeCreateTable(statement.resource)
          : statement.op === "dropTable"
            ? describeDropTable(statement.resource)
            : sql.map((line) => line.replace(/;$/, "")),
      )
      .map(formatQuery);
  return {
    className: `${name}${timestamp}`,
    file: `${timestamp}-${name}`,
    up: queries(migration.up),
    down: queries(migration.down),
  };
}

/** CREATE TABLE and its index, as `typeorm migration:generate` writes them. */
function describeCreateTable(resource: ResourceModel): string[] {
  const facts = resource.stack as unknown as TypeScriptResource;
  const table = resource.tableName;
  const definitions = [
    `"id" uuid NOT NULL`,
    ...resource.fields.map((field) => typeOrmFacts(field).definition),
    `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL`,
    `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL`,
    ...facts.uniques.map(({ name, column }) => `CONSTRAINT "${name}" UNIQUE ("${column}")`),
    ...facts.checks.map(
      ({ name, column, values }) =>
        `CONSTRAINT "${name}" CHECK (${describeCheckCondition(column, values)})`,
    ),
    `CONSTRAINT "${toPrimaryKeyName(resource)}" PRIMARY KEY ("id")`,
  ];
  return [
    `CREATE TABLE "${table}" (${definitions.join(", ")})`,
    `CREATE INDEX "${facts.orderIndex}" ON "${table}"  ("created_at", "id") `,
  ];
}

function describeDropTable(resource: ResourceModel): string[] {
  const facts = resource.stack as unknown as TypeScriptResource;
  return [`DROP INDEX "public"."${facts.orderIndex}"`, `DROP TABLE "${resource.tableName}"`];
}

/** `await queryRunner.query(`sql`);` in a migration's method, as Biome lays it out. */
function formatQuery(sql: string): string {
  return formatParameters(MIGRATION_INDENT, "await queryRunner.query", [`\`${sql}\``], ";");
}

function typeOrmFacts(field: FieldModel): TypeOrmField {
  return field.stack as unknown as TypeOrmField;
}
