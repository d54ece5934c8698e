import { createHash } from "node:crypto";
import type { ResourceModel, ServiceModel } from "../../engine/model.js";
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

export function buildJournal(skeleton: string, model: ServiceModel): string {
  const entries = model.resources.map((resource) => {
    const { tag, index } = describe(resource).migration;
    return {
      idx: index,
      version: "7",
      when: FIRST_MIGRATION_MILLIS + index * 1000,
      tag,
      breakpoints: true,
    };
  });
  return toJson({ ...JSON.parse(skeleton), entries });
}

/** The snapshot after `resource`'s migration: every table up to and including its own. */
export function buildSnapshot(
  skeleton: string,
  model: ServiceModel,
  resource: ResourceModel,
): string {
  const tables = model.resources.filter((other) => other.position <= resource.position);
  const previous = model.resources.find((other) => other.position === resource.position - 1);
  return toJson({
    ...JSON.parse(skeleton),
    id: deriveId(model, resource),
    prevId: previous ? deriveId(model, previous) : NO_PREVIOUS_ID,
    tables: Object.fromEntries(
      tables.map((table) => [`public.${table.tableName}`, describeTable(table)]),
    ),
  });
}

function describeTable(resource: ResourceModel): object {
  const facts = describe(resource);
  const timestamp = (name: string) => column(name, "timestamp with time zone", true);
  const columns = [
    { ...column("id", "uuid", true), primaryKey: true },
    ...resource.fields.map((field) => {
      const stack = field.stack as unknown as DrizzleField;
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
function deriveId(model: ServiceModel, resource: ResourceModel): string {
  const hex = createHash("sha256")
    .update(`${model.service.kebab}/${describe(resource).migration.tag}`)
    .digest("hex");
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toJson(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
