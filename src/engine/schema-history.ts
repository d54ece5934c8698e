import { MicroforgeError } from "../errors.js";
import { deriveResourceNames } from "../naming/index.js";
import type { Resource, Spec } from "../spec/schema.js";
import type { StackDescriptor } from "../stacks/types.js";
import type { MigrationModel } from "./migrations.js";
import { buildModel } from "./model.js";

/**
 * The spec to render when `next` replaces the `recorded` one in a generated project. When the
 * schema changed, the recorded resources join the schema history, so the migrations that may
 * already have run render as before and new ones follow them; otherwise the history stays.
 * Throws SCHEMA_CHANGE_UNSUPPORTED for a change no migration can make to a table with rows.
 */
export function extendSchemaHistory(recorded: Spec, next: Spec, stack: StackDescriptor): Spec {
  checkRenames(recorded, next);
  const history = recorded.schemaHistory ?? [];
  const { schemaHistory: _, ...rest } = next;
  const candidate: Spec = { ...rest, schemaHistory: [...history, recorded.resources] };
  const before = buildModel(recorded, stack, "").migrations.length;
  const added = buildModel(candidate, stack, "").migrations.slice(before);
  if (added.length === 0) return history.length > 0 ? { ...rest, schemaHistory: history } : rest;
  const problems = added.flatMap(describeUnsafeStatements);
  if (problems.length > 0) {
    throw new MicroforgeError(
      "SCHEMA_CHANGE_UNSUPPORTED",
      "microforge.yaml asks for a schema change that cannot be migrated safely; nothing was written",
      problems,
    );
  }
  return candidate;
}

/** A new NOT NULL column without a default has no value for the rows a table already has. */
function describeUnsafeStatements(migration: MigrationModel): string[] {
  return migration.up.flatMap((statement) =>
    statement.op === "addColumn" &&
    statement.field.required &&
    statement.field.default === undefined
      ? [
          `${statement.resource.name}.${statement.field.name} is required and has no default, so the ${statement.resource.tableName} rows that exist would have no value: give it a default, or add it with required: false`,
        ]
      : [],
  );
}

/** A resource keeps its table: changing its plural would rename the table under its data. */
function checkRenames(recorded: Spec, next: Spec): void {
  const tableOf = (resource: Resource) =>
    deriveResourceNames(resource.name, next.apiVersion, resource.plural).plural.snake;
  const tables = new Map(recorded.resources.map((resource) => [resource.name, tableOf(resource)]));
  const renamed = next.resources.filter(
    (resource) => tables.has(resource.name) && tables.get(resource.name) !== tableOf(resource),
  );
  if (renamed.length > 0) {
    throw new MicroforgeError(
      "SCHEMA_CHANGE_UNSUPPORTED",
      "changing a resource's plural renames its table and path, which update does not do; nothing was written",
      renamed.map(
        (resource) =>
          `${resource.name}: table ${tables.get(resource.name) ?? ""} would become ${tableOf(resource)}`,
      ),
    );
  }
}
