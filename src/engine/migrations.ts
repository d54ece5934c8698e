import type { Resource } from "../spec/schema.js";
import type { FieldModel, ResourceModel } from "./model.js";

/**
 * One DDL statement of a migration. Every stack prints the same statements in its own tool
 * (SQL for Flyway, goose and Drizzle, operations for Alembic), so an existing database
 * upgrades in place the same way whatever the stack.
 */
export type MigrationStatement =
  | { op: "createTable"; resource: ResourceModel }
  | { op: "dropTable"; resource: ResourceModel }
  /** The column with its type, default, NOT NULL, unique and check constraints. */
  | { op: "addColumn"; resource: ResourceModel; field: FieldModel }
  | { op: "dropColumn"; resource: ResourceModel; field: FieldModel }
  /** `ALTER COLUMN ... TYPE ... USING column::type`: PostgreSQL casts the existing values. */
  | { op: "alterType"; resource: ResourceModel; field: FieldModel; from: FieldModel }
  | { op: "setDefault"; resource: ResourceModel; field: FieldModel }
  | { op: "dropDefault"; resource: ResourceModel; field: FieldModel }
  /** `UPDATE ... SET column = default WHERE column IS NULL`, before the column turns NOT NULL. */
  | { op: "fillNulls"; resource: ResourceModel; field: FieldModel }
  | { op: "setNotNull"; resource: ResourceModel; field: FieldModel }
  | { op: "dropNotNull"; resource: ResourceModel; field: FieldModel }
  | { op: "addUnique"; resource: ResourceModel; field: FieldModel }
  | { op: "dropUnique"; resource: ResourceModel; field: FieldModel }
  /** The enum's `CHECK (column IN (...))`. */
  | { op: "addCheck"; resource: ResourceModel; field: FieldModel }
  | { op: "dropCheck"; resource: ResourceModel; field: FieldModel };

export type MigrationOp = MigrationStatement["op"];

/** One migration file of the project: its place in the chain and what it changes. */
export interface MigrationModel {
  /** 1-based and never reused: the first migration of a project is 1. */
  number: number;
  /** What it does, in snake_case: `create_products`, `add_rating_to_products`. */
  slug: string;
  /** The migration it follows; undefined for the first. */
  previous: { number: number; slug: string } | undefined;
  up: MigrationStatement[];
  /** Undoes `up`, for the tools that migrate down (Alembic, goose). */
  down: MigrationStatement[];
  /** Every table after this migration, in spec order: Drizzle records a snapshot of them. */
  resources: ResourceModel[];
  /** What the stack's descriptor adds (its file name, its revision id), see StackDescriptor. */
  stack: Readonly<Record<string, unknown>>;
}

/** Builds a resource's view model as it stood in one version of the spec. */
export type BuildResource = (resource: Resource, index: number) => ResourceModel;

/**
 * The project's migrations: the first version of the schema creates one table per migration,
 * and every later version adds one migration per table it creates, alters or drops. Earlier
 * migrations render exactly as before, so none that may have run is ever edited.
 */
export function describeMigrations(
  versions: readonly (readonly Resource[])[],
  buildResource: BuildResource,
): Omit<MigrationModel, "stack">[] {
  const migrations: Omit<MigrationModel, "stack">[] = [];
  let tables: ResourceModel[] = [];
  for (const version of versions) {
    const models = version.map((resource, index) => buildResource(resource, index));
    for (const change of diffTables(tables, models)) {
      tables = applyChange(tables, change, models);
      const last = migrations.at(-1);
      migrations.push({
        number: migrations.length + 1,
        slug: change.slug,
        previous: last && { number: last.number, slug: last.slug },
        up: change.up,
        down: change.down,
        resources: tables,
      });
    }
  }
  return migrations;
}

interface TableChange {
  name: string;
  /** The table after the change; undefined when it is dropped. */
  after: ResourceModel | undefined;
  slug: string;
  up: MigrationStatement[];
  down: MigrationStatement[];
}

/** New tables first, then altered ones, then dropped ones, each in spec order. */
function diffTables(before: readonly ResourceModel[], after: readonly ResourceModel[]) {
  const changes: TableChange[] = [];
  const previous = new Map(before.map((resource) => [resource.name, resource]));
  const next = new Set(after.map((resource) => resource.name));
  for (const resource of after.filter((candidate) => !previous.has(candidate.name))) {
    changes.push({
      name: resource.name,
      after: resource,
      slug: `create_${resource.tableName}`,
      up: [{ op: "createTable", resource }],
      down: [{ op: "dropTable", resource }],
    });
  }
  for (const resource of after) {
    const old = previous.get(resource.name);
    if (!old) continue;
    const up = diffColumns(old, resource);
    if (up.length === 0) continue;
    changes.push({
      name: resource.name,
      after: resource,
      slug: describeAlterSlug(old, resource),
      up,
      down: diffColumns(resource, old),
    });
  }
  for (const resource of before.filter((candidate) => !next.has(candidate.name))) {
    changes.push({
      name: resource.name,
      after: undefined,
      slug: `drop_${resource.tableName}`,
      up: [{ op: "dropTable", resource }],
      down: [{ op: "createTable", resource }],
    });
  }
  return changes;
}

/** The tables after one change: new ones take their place in the new version's order. */
function applyChange(
  tables: readonly ResourceModel[],
  change: TableChange,
  order: readonly ResourceModel[],
): ResourceModel[] {
  const rest = tables.filter((table) => table.name !== change.name);
  if (!change.after) return rest;
  const rank = (table: ResourceModel) => {
    const index = order.findIndex((candidate) => candidate.name === table.name);
    return index === -1 ? order.length : index;
  };
  return [...rest, change.after].sort((a, b) => rank(a) - rank(b));
}

/**
 * The statements that turn one version of a table into the next. Dropped columns go first,
 * then changed ones (constraints off, type, default, nullability, constraints on), then new
 * ones, so a column can be dropped and another of the same name added in one migration.
 */
export function diffColumns(before: ResourceModel, after: ResourceModel): MigrationStatement[] {
  const resource = after;
  const { added, dropped, kept } = matchColumns(before, after);
  return [
    ...dropped.map((field): MigrationStatement => ({ op: "dropColumn", resource, field })),
    ...kept.flatMap(([from, field]) => diffColumn(resource, from, field)),
    ...added.map((field): MigrationStatement => ({ op: "addColumn", resource, field })),
  ];
}

/** Fields are the same column when their column names match. */
function matchColumns(before: ResourceModel, after: ResourceModel) {
  const old = new Map(before.fields.map((field) => [field.columnName, field]));
  const current = new Set(after.fields.map((field) => field.columnName));
  return {
    added: after.fields.filter((field) => !old.has(field.columnName)),
    dropped: before.fields.filter((field) => !current.has(field.columnName)),
    kept: after.fields.flatMap((field): [FieldModel, FieldModel][] => {
      const from = old.get(field.columnName);
      return from ? [[from, field]] : [];
    }),
  };
}

function diffColumn(
  resource: ResourceModel,
  from: FieldModel,
  field: FieldModel,
): MigrationStatement[] {
  const statements: MigrationStatement[] = [];
  const typeChanged = describeColumnType(from) !== describeColumnType(field);
  const checkChanged = describeCheck(from) !== describeCheck(field);
  const defaultChanged = from.default !== field.default;
  if (from.unique && !field.unique) statements.push({ op: "dropUnique", resource, field: from });
  if (checkChanged && from.type === "enum")
    statements.push({ op: "dropCheck", resource, field: from });
  // A default must go before the type changes: PostgreSQL cannot always cast it.
  if (typeChanged && from.default !== undefined) {
    statements.push({ op: "dropDefault", resource, field: from });
  }
  if (typeChanged) statements.push({ op: "alterType", resource, field, from });
  if (field.default !== undefined && (defaultChanged || typeChanged)) {
    statements.push({ op: "setDefault", resource, field });
  } else if (field.default === undefined && from.default !== undefined && !typeChanged) {
    statements.push({ op: "dropDefault", resource, field });
  }
  if (from.nullable && !field.nullable) {
    if (field.default !== undefined) statements.push({ op: "fillNulls", resource, field });
    statements.push({ op: "setNotNull", resource, field });
  } else if (!from.nullable && field.nullable) {
    statements.push({ op: "dropNotNull", resource, field });
  }
  if (field.unique && !from.unique) statements.push({ op: "addUnique", resource, field });
  if (checkChanged && field.type === "enum") statements.push({ op: "addCheck", resource, field });
  return statements;
}

/** The column's PostgreSQL type, as every stack declares it: what decides a type change. */
export function describeColumnType(field: FieldModel): string {
  switch (field.type) {
    case "string":
    case "email":
    case "enum":
      return `varchar(${field.maxLength})`;
    case "text":
      return field.maxLength === undefined ? "text" : `varchar(${field.maxLength})`;
    case "decimal":
      return `numeric(${field.precision}, ${field.scale})`;
    case "datetime":
      return "timestamptz";
    default:
      return field.type;
  }
}

function describeCheck(field: FieldModel): string {
  return field.type === "enum" ? field.values.map(({ value }) => value).join("\n") : "";
}

/** `add_rating_to_products`, `drop_sku_from_products`, or `alter_products` for a mix. */
function describeAlterSlug(before: ResourceModel, after: ResourceModel): string {
  const { added, dropped, kept } = matchColumns(before, after);
  const altered = kept.some(([from, field]) => diffColumn(after, from, field).length > 0);
  const table = after.tableName;
  if (!altered && dropped.length === 0) return `add_${describeColumnList(added)}_to_${table}`;
  if (!altered && added.length === 0) return `drop_${describeColumnList(dropped)}_from_${table}`;
  return `alter_${table}`;
}

function describeColumnList(fields: readonly FieldModel[]): string {
  return fields.length === 1 ? (fields[0]?.columnName ?? "") : "columns";
}
