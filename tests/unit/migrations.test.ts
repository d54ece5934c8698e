import { describe, expect, it } from "vitest";
import { generate } from "../../src/engine/generate.js";
import { buildModel } from "../../src/engine/model.js";
import { extendSchemaHistory } from "../../src/engine/schema-history.js";
import { MicroforgeError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/load.js";
import type { Spec } from "../../src/spec/schema.js";
import { demoRegistry, demoStack } from "../fixtures/demo-stack/index.js";

type RawField = Record<string, unknown>;
type RawResource = { name: string; plural?: string; fields: RawField[] };

const NAME = { name: "name", type: "string", required: true };

function specOf(resources: RawResource[]): Spec {
  return parseSpec({ name: "shop", stack: "demo", resources }, demoRegistry);
}

/** The migrations' statements after `next` replaces `first`, as `op table.column` lines. */
function migrate(first: RawResource[], next: RawResource[]) {
  const spec = extendSchemaHistory(specOf(first), specOf(next), demoStack);
  const migrations = buildModel(spec, demoStack, "").migrations;
  const describe = (statements: (typeof migrations)[number]["up"]) =>
    statements.map((statement) =>
      "field" in statement
        ? `${statement.op} ${statement.resource.tableName}.${statement.field.columnName}`
        : `${statement.op} ${statement.resource.tableName}`,
    );
  return {
    spec,
    all: migrations.map((migration) => `${migration.number} ${migration.slug}`),
    added: migrations.slice(1).map((migration) => ({
      slug: migration.slug,
      up: describe(migration.up),
      down: describe(migration.down),
    })),
  };
}

const product = (...fields: RawField[]): RawResource => ({
  name: "Product",
  fields: [NAME, ...fields],
});

describe("schema evolution", () => {
  it("creates one table per migration in spec order, numbered from 1", () => {
    const spec = specOf([product(), { name: "Order", fields: [NAME] }]);
    const migrations = buildModel(spec, demoStack, "").migrations;
    expect(migrations.map((migration) => [migration.number, migration.slug])).toEqual([
      [1, "create_products"],
      [2, "create_orders"],
    ]);
    expect(migrations[1]?.previous).toEqual({ number: 1, slug: "create_products" });
    expect(migrations[0]?.resources.map((resource) => resource.name)).toEqual(["Product"]);
    expect(migrations[1]?.resources.map((resource) => resource.name)).toEqual(["Product", "Order"]);
  });

  it.each([
    {
      change: "an optional field",
      after: product({ name: "rating", type: "integer" }),
      slug: "add_rating_to_products",
      up: ["addColumn products.rating"],
      down: ["dropColumn products.rating"],
    },
    {
      change: "a field with a default",
      after: product({ name: "active", type: "boolean", default: true }),
      slug: "add_active_to_products",
      up: ["addColumn products.active"],
      down: ["dropColumn products.active"],
    },
    {
      change: "a longer maxLength",
      before: product({ name: "sku", type: "string", maxLength: 20 }),
      after: product({ name: "sku", type: "string", maxLength: 40 }),
      slug: "alter_products",
      up: ["alterType products.sku"],
      down: ["alterType products.sku"],
    },
    {
      change: "a default on an optional field",
      before: product({ name: "stock", type: "integer" }),
      after: product({ name: "stock", type: "integer", default: 0 }),
      slug: "alter_products",
      up: ["setDefault products.stock", "fillNulls products.stock", "setNotNull products.stock"],
      down: ["dropDefault products.stock", "dropNotNull products.stock"],
    },
    {
      change: "unique",
      before: product({ name: "sku", type: "string" }),
      after: product({ name: "sku", type: "string", unique: true }),
      slug: "alter_products",
      up: ["addUnique products.sku"],
      down: ["dropUnique products.sku"],
    },
    {
      change: "an enum's values",
      before: product({ name: "kind", type: "enum", values: ["a", "b"] }),
      after: product({ name: "kind", type: "enum", values: ["a", "b", "long"] }),
      slug: "alter_products",
      up: ["dropCheck products.kind", "alterType products.kind", "addCheck products.kind"],
      down: ["dropCheck products.kind", "alterType products.kind", "addCheck products.kind"],
    },
    {
      change: "a type, with its default",
      before: product({ name: "stock", type: "integer", default: 0 }),
      after: product({ name: "stock", type: "decimal", default: "0.00" }),
      slug: "alter_products",
      up: ["dropDefault products.stock", "alterType products.stock", "setDefault products.stock"],
      down: ["dropDefault products.stock", "alterType products.stock", "setDefault products.stock"],
    },
    {
      change: "a removed field",
      before: product({ name: "sku", type: "string" }),
      after: product(),
      slug: "drop_sku_from_products",
      up: ["dropColumn products.sku"],
      down: ["addColumn products.sku"],
    },
    {
      change: "a field made required",
      before: product({ name: "sku", type: "string" }),
      after: product({ name: "sku", type: "string", required: true }),
      slug: "alter_products",
      up: ["setNotNull products.sku"],
      down: ["dropNotNull products.sku"],
    },
  ])("migrates $change with one new migration and its inverse", (row) => {
    const result = migrate([row.before ?? product()], [row.after]);
    expect(result.added).toEqual([{ slug: row.slug, up: row.up, down: row.down }]);
  });

  it("adds a migration per new and dropped table, after the ones that may have run", () => {
    const result = migrate(
      [product(), { name: "Order", fields: [NAME] }],
      [product(), { name: "Customer", fields: [NAME] }],
    );
    expect(result.all).toEqual([
      "1 create_products",
      "2 create_orders",
      "3 create_customers",
      "4 drop_orders",
    ]);
  });

  it("renders the migrations that may have run exactly as before", () => {
    const first = specOf([product({ name: "sku", type: "string" })]);
    const next = extendSchemaHistory(
      first,
      specOf([
        product(
          { name: "sku", type: "string", maxLength: 40 },
          { name: "rating", type: "integer" },
        ),
      ]),
      demoStack,
    );
    const before = generate(first, { registry: demoRegistry });
    const after = generate(next, { registry: demoRegistry });
    const path = "migrations/0001_create_products.txt";
    expect(after.get(path)?.content).toBe(before.get(path)?.content);
    expect(after.get("migrations/0002_alter_products.txt")?.content).toBe(
      "migration 2 alter_products after 1\n" +
        "up:\n    alterType products.sku\n    addColumn products.rating\n" +
        "down:\n    dropColumn products.rating\n    alterType products.sku\n",
    );
    expect(next.schemaHistory).toHaveLength(1);
  });

  it("keeps the history when only what the database does not store changes", () => {
    const first = specOf([product({ name: "stock", type: "integer" })]);
    const next = extendSchemaHistory(
      first,
      specOf([product({ name: "stock", type: "integer", min: 0, max: 10 })]),
      demoStack,
    );
    expect(next.schemaHistory).toBeUndefined();
    expect(buildModel(next, demoStack, "").migrations).toHaveLength(1);
  });

  it.each([
    {
      problem: "a required field without a default",
      after: [product({ name: "sku", type: "string", required: true })],
      detail: /Product\.sku is required and has no default/,
    },
    {
      problem: "a changed plural",
      after: [{ ...product(), plural: "Goods" }],
      detail: /table products would become goods/,
    },
  ])("refuses $problem, naming it", ({ after, detail }) => {
    let error: unknown;
    try {
      extendSchemaHistory(specOf([product()]), specOf(after), demoStack);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MicroforgeError);
    expect((error as MicroforgeError).code).toBe("SCHEMA_CHANGE_UNSUPPORTED");
    expect((error as MicroforgeError).details.join("\n")).toMatch(detail);
  });
});
