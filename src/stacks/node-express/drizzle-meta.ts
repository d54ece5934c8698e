import { createHash } from "node:crypto";
import type { MigrationModel } from "../../engine/migrations.js";
import type { FieldModel, ResourceModel, ServiceModel } from "../../engine/model.js";
import { describeEnumValues, toCheckName, toUniqueName } from "../../languages/typescript/index.js";
import type { SqlDialect } from "../../platform/postgres-ddl.js";
import type { DrizzleField } from "./fields.js";
import type { DrizzleResource } from "./resource.js";

/**
 * drizzle-kit's migration metadata for the generated migrations, filled into the skeletons in
 * templates/drizzle/meta: `_journal.json`, which the migrator reads to order and apply them,
 * and one snapshot of the whole schema per migration, which `drizzle-kit generate` diffs the
 * schema against to write the next one. They are what drizzle-kit itself writes, except that
 * ids and times are derived, not random.
 */

/** The `when` of the first migration (2025-01-01T00:00:00Z); each next one is a second later. */
const FIRST_MIGRATION_MILLIS = Date.UTC(2025, 0, 1);
const NO_PREVIOUS_ID = "00000000-0000-0000-0000-000000000000";

/** A migration's tag (its SQL file's name) and its snapshot's file name, as drizzle-kit names them. */
export function describeDrizzleMigration(migration: Pick<MigrationModel, "number" | "slug">) {
  const sequence = String(migration.number - 1).padStart(4, "0");
  return { tag: `${sequence}_${migration.slug}`, snapshot: `${sequence}_snapshot` };
}

export function buildJournal(skeleton: string, model: ServiceModel): string {
  const entries = model.migrations.map((migration) => ({
    idx: migration.number - 1,
    version: "7",
    when: FIRST_MIGRATION_MILLIS + (migration.number - 1) * 1000,
    tag: describeDrizzleMigration(migration).tag,
    breakpoints: true,
  }));
  return toJson({ ...JSON.parse(skeleton), entries });
}

/** The snapshot after a migration: every table as that migration leaves it. */
export function buildSnapshot(
  skeleton: string,
  model: ServiceModel,
  migration: MigrationModel,
): string {
  return toJson({
    ...JSON.parse(skeleton),
    id: deriveId(model, migration),
    prevId: migration.previous ? deriveId(model, migration.previous) : NO_PREVIOUS_ID,
    tables: Object.fromEntries(
      migration.resources.map((table) => [`public.${table.tableName}`, describeTable(table)]),
    ),
  });
}

/** How the Drizzle migrations write the statements that change a table, as drizzle-kit does. */
export const DRIZZLE_SQL: SqlDialect = {
  quoteIdentifiers: true,
  inlineConstraints: false,
  column: (field) => {
    const stack = drizzleFacts(field);
    const defaultClause = stack.sqlDefault === undefined ? "" : ` DEFAULT ${stack.sqlDefault}`;
    return `"${field.columnName}" ${stack.sqlType}${defaultClause}${field.nullable ? "" : " NOT NULL"}`;
  },
  type: (field) => drizzleFacts(field).sqlType,
  defaultValue: (field) => String(drizzleFacts(field).sqlDefault),
  uniqueName: toUniqueName,
  checkName: toCheckName,
  checkCondition: (resource, field) =>
    `"${resource.tableName}"."${field.columnName}" in (${describeEnumValues(field)})`,
};

function drizzleFacts(field: FieldModel): DrizzleField {
  return field.stack as unknown as DrizzleField;
}

function describeTable(resource: ResourceModel): object {
  const facts = describe(resource);
  const timestamp = (name: string) => column(name, "timestamp with time zone", true);
  const columns = [
    { ...column("id", "uuid", true), primaryKey: true },
    ...resource.fields.map((field) => {
      const stack = drizzleFacts(field);
      return column(field.columnName, stack.sqlType, !field.nullable, stack.sqlDefault);
    }),
    timestamp("created_at"),
    timestamp("updated_at"),
  ];
  const indexColumn = (expression: string) => ({
    expression,
    isExpression: false,
    asc: true,
    nulls: "last",
  });
  return {
    name: resource.tableName,
    schema: "",
    columns: Object.fromEntries(columns.map((entry) => [entry.name, entry])),
    indexes: {
      [facts.orderIndex]: {
        name: facts.orderIndex,
        columns: [indexColumn("created_at"), indexColumn("id")],
        isUnique: false,
        concurrently: false,
        method: "btree",
        with: {},
      },
    },
    foreignKeys: {},
    compositePrimaryKeys: {},
    uniqueConstraints: Object.fromEntries(
      facts.uniques.map(({ name, column }) => [
        name,
        { name, nullsNotDistinct: false, columns: [column] },
      ]),
    ),
    policies: {},
    checkConstraints: Object.fromEntries(
      facts.checks.map(({ name, sql }) => [name, { name, value: sql }]),
    ),
    isRLSEnabled: false,
  };
}

function column(
  name: string,
  type: string,
  notNull: boolean,
  defaultValue?: string | number | boolean,
) {
  return {
    name,
    type,
    primaryKey: false,
    notNull,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  };
}

function describe(resource: ResourceModel): DrizzleResource {
  return resource.stack as unknown as DrizzleResource;
}

/** A stable UUID-shaped id per migration, so the same spec always gives the same snapshot. */
function deriveId(model: ServiceModel, migration: Pick<MigrationModel, "number" | "slug">): string {
  const { tag } = describeDrizzleMigration(migration);
  const hex = createHash("sha256").update(`${model.service.kebab}/${tag}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toJson(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
