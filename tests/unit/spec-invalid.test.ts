import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../../src/cli/main.js";
import { demoRegistry } from "../fixtures/demo-stack/index.js";
import { createMemoryIo, createTempDir } from "../helpers.js";

type Raw = Record<string, unknown>;

const base = (): Raw => ({
  name: "orders-service",
  stack: "demo",
  resources: [{ name: "Product", fields: [{ name: "title", type: "string", required: true }] }],
});

/** A spec whose single resource has these fields. */
const withFields = (...fields: Raw[]): Raw => ({
  ...base(),
  resources: [{ name: "Product", fields }],
});
/** A spec with one field of this shape. */
const withField = (field: Raw): Raw => withFields({ name: "value", ...field });
const withResources = (...resources: Raw[]): Raw => ({ ...base(), resources });
const field0 = "resources[0].fields[0]";

/** Each spec has exactly one fault; the CLI must name it exactly, exit 2 and write nothing. */
const corpus: [title: string, spec: Raw, error: string][] = [
  [
    "service name with a space",
    { ...base(), name: "Orders Service" },
    'name: "Orders Service" is not a kebab-case service name; use lower-case letters, digits and single hyphens, starting with a letter, e.g. "orders-service"',
  ],
  [
    "service name with a double hyphen",
    { ...base(), name: "orders--service" },
    'name: "orders--service" is not a kebab-case service name; use lower-case letters, digits and single hyphens, starting with a letter, e.g. "orders-service"',
  ],
  [
    "service name starting with a digit",
    { ...base(), name: "1orders" },
    'name: "1orders" is not a kebab-case service name; use lower-case letters, digits and single hyphens, starting with a letter',
  ],
  [
    "service name too long",
    { ...base(), name: `s${"-a".repeat(32)}` },
    `name: "s${"-a".repeat(32)}" is longer than 63 characters (a Kubernetes name limit); shorten it`,
  ],
  ["service name as a number", { ...base(), name: 42 }, "name: expected a string, got 42"],
  ["stack as a list", { ...base(), stack: ["demo"] }, "stack: expected a string, got a list"],
  [
    "mistyped stack",
    { ...base(), stack: "dmeo" },
    'stack: unknown stack "dmeo"; available: demo (did you mean "demo"?)',
  ],
  [
    "unknown stack",
    { ...base(), stack: "cobol-cics" },
    'stack: unknown stack "cobol-cics"; available: demo',
  ],
  [
    "unsupported database",
    { ...base(), database: "mysql" },
    'database: "mysql" is not allowed; use one of: postgres',
  ],
  [
    "unknown auth mode",
    { ...base(), auth: "oauth" },
    'auth: "oauth" is not allowed; use one of: jwt, none',
  ],
  [
    "API version without v",
    { ...base(), apiVersion: "1" },
    'apiVersion: "1" is not an API version; use "v" and a number, e.g. "v1"',
  ],
  [
    "port out of range",
    { ...base(), port: 70000 },
    "port: port 70000 is out of range; use 1 to 65535",
  ],
  ["port as a string", { ...base(), port: "8080" }, 'port: expected a number, got "8080"'],
  ["port not whole", { ...base(), port: 80.5 }, "port: expected an integer, got the number 80.5"],
  [
    "CI target listed twice",
    { ...base(), features: { ci: ["github", "github"] } },
    'features.ci[1]: "github" is listed twice',
  ],
  [
    "unknown CI target",
    { ...base(), features: { ci: ["travis"] } },
    'features.ci[0]: "travis" is not allowed; use one of: github, gitlab, jenkins',
  ],
  [
    "unknown deploy target",
    { ...base(), features: { deploy: ["docker"] } },
    'features.deploy[0]: "docker" is not allowed; use one of: kubernetes, helm',
  ],
  [
    "metrics as a string",
    { ...base(), features: { metrics: "yes" } },
    'features.metrics: expected a boolean, got "yes"',
  ],
  [
    "coverage above 100",
    { ...base(), features: { coverage: 101 } },
    "features.coverage: must be at most 100",
  ],
  [
    "coverage below 0",
    { ...base(), features: { coverage: -1 } },
    "features.coverage: must be at least 0",
  ],
  [
    "unknown feature",
    { ...base(), features: { logging: true } },
    "features.logging: unknown key; allowed keys: metrics, tracing, ci, deploy, coverage",
  ],
  [
    "mistyped top-level key",
    { ...base(), resource: [] },
    'resource: unknown key; did you mean "resources"?',
  ],
  [
    "resources as a mapping",
    { ...base(), resources: { Product: {} } },
    "resources: expected a list, got a mapping",
  ],
  [
    "lower-case resource name",
    withResources({ name: "product", fields: [{ name: "title", type: "text" }] }),
    'resources[0].name: "product" is not a PascalCase resource name; use a noun in PascalCase, e.g. "Product"',
  ],
  [
    "snake_case resource name",
    withResources({ name: "Order_Item", fields: [{ name: "title", type: "text" }] }),
    'resources[0].name: "Order_Item" is not a PascalCase resource name; use a noun in PascalCase, e.g. "OrderItem"',
  ],
  [
    "kebab-case plural",
    withResources({
      name: "Person",
      plural: "people-list",
      fields: [{ name: "title", type: "text" }],
    }),
    'resources[0].plural: "people-list" is not a PascalCase resource name; use a noun in PascalCase, e.g. "PeopleList"',
  ],
  [
    "plural the same as singular",
    withResources({ name: "Sheep", fields: [{ name: "title", type: "text" }] }),
    'resources[0].name: the plural of "Sheep" is the same word, so its list and its items cannot be told apart; set plural to a distinct name, e.g. plural: SheepItems',
  ],
  [
    "resource without fields",
    withResources({ name: "Product", fields: [] }),
    "resources[0].fields: a resource needs at least one field",
  ],
  [
    "resource without a name",
    withResources({ fields: [{ name: "title", type: "text" }] }),
    "resources[0].name: is required",
  ],
  [
    "the same resource twice",
    withResources(
      { name: "Product", fields: [{ name: "title", type: "text" }] },
      { name: "Product", fields: [{ name: "title", type: "text" }] },
    ),
    'resources[1].name: "Product" collides with resources[0].name "Product" (both become product); rename one or set a plural',
  ],
  [
    "resources equal after case conversion",
    withResources(
      { name: "APIKey", fields: [{ name: "title", type: "text" }] },
      { name: "ApiKey", fields: [{ name: "title", type: "text" }] },
    ),
    'resources[1].name: "ApiKey" collides with resources[0].name "APIKey" (both become api_key); rename one or set a plural',
  ],
  [
    "a plural equal to another resource",
    withResources(
      { name: "Data", plural: "DataSets", fields: [{ name: "title", type: "text" }] },
      { name: "Datum", fields: [{ name: "title", type: "text" }] },
    ),
    'resources[1].name: its plural "Data" collides with resources[0].name "Data" (both become data); rename one or set a plural',
  ],
  [
    "snake_case field name",
    withFields({ name: "unit_price", type: "decimal" }),
    `${field0}.name: "unit_price" is not a camelCase field name; JSON names are camelCase: a lower-case letter, then letters and digits, e.g. "unitPrice"`,
  ],
  [
    "PascalCase field name",
    withFields({ name: "Price", type: "decimal" }),
    `${field0}.name: "Price" is not a camelCase field name; JSON names are camelCase: a lower-case letter, then letters and digits, e.g. "price"`,
  ],
  [
    "field name with a space",
    withFields({ name: "unit price", type: "decimal" }),
    `${field0}.name: "unit price" is not a camelCase field name; JSON names are camelCase: a lower-case letter, then letters and digits, e.g. "unitPrice"`,
  ],
  [
    "field called id",
    withFields({ name: "id", type: "uuid" }),
    `${field0}.name: "id" is a field every resource already has (id, createdAt, updatedAt); remove it`,
  ],
  [
    "field called CreatedAt",
    withFields({ name: "CreatedAt", type: "datetime" }),
    `${field0}.name: "CreatedAt" is a field every resource already has (id, createdAt, updatedAt); remove it`,
  ],
  [
    "field called updated_at",
    withFields({ name: "updated_at", type: "datetime" }),
    `${field0}.name: "updated_at" is a field every resource already has (id, createdAt, updatedAt); remove it`,
  ],
  [
    "field called limit",
    withFields({ name: "limit", type: "integer" }),
    `${field0}.name: "limit" is a list query parameter (limit, offset, sort) and cannot be a field; rename it, e.g. "limitValue"`,
  ],
  [
    "field called SORT",
    withFields({ name: "SORT", type: "string" }),
    `${field0}.name: "SORT" is a list query parameter (limit, offset, sort) and cannot be a field; rename it, e.g. "sortValue"`,
  ],
  [
    "fields equal after case conversion",
    withFields({ name: "userId", type: "uuid" }, { name: "userID", type: "uuid" }),
    'resources[0].fields[1].name: "userID" collides with fields[0].name "userId" once both become user_id; rename one',
  ],
  ["field without a type", withFields({ name: "title" }), `${field0}.type: is required`],
  [
    "mistyped field type",
    withField({ type: "strng" }),
    `${field0}.type: unknown field type "strng"; use one of: string, text, integer, decimal, boolean, date, datetime, uuid, email, enum (did you mean "string"?)`,
  ],
  [
    "unknown field type",
    withField({ type: "money" }),
    `${field0}.type: unknown field type "money"; use one of: string, text, integer, decimal, boolean, date, datetime, uuid, email, enum`,
  ],
  [
    "maxLength on an integer",
    withField({ type: "integer", maxLength: 5 }),
    `${field0}.maxLength: "maxLength" applies only to string, text and email fields, not to an integer field; remove it`,
  ],
  [
    "min on a string",
    withField({ type: "string", min: 1 }),
    `${field0}.min: "min" applies only to integer and decimal fields, not to a string field; remove it`,
  ],
  [
    "values on a string",
    withField({ type: "string", values: ["a"] }),
    `${field0}.values: "values" applies only to enum fields, not to a string field; remove it`,
  ],
  [
    "precision on an integer",
    withField({ type: "integer", precision: 4 }),
    `${field0}.precision: "precision" applies only to decimal fields, not to an integer field; remove it`,
  ],
  [
    "mistyped modifier",
    withField({ type: "string", maxlength: 20 }),
    `${field0}.maxlength: unknown key; did you mean "maxLength"?`,
  ],
  [
    "required as a string",
    withField({ type: "string", required: "yes" }),
    `${field0}.required: expected a boolean, got "yes"`,
  ],
  [
    "default as a list",
    withField({ type: "string", default: ["x"] }),
    `${field0}.default: expected a string, a number or a boolean, got a list`,
  ],
  [
    "min as a boolean",
    withField({ type: "integer", min: true }),
    `${field0}.min: expected a number or a string, got true`,
  ],
  [
    "required with a default",
    withField({ type: "string", required: true, default: "x" }),
    `${field0}.default: a required field cannot have a default; remove required or the default`,
  ],
  [
    "string maxLength zero",
    withField({ type: "string", maxLength: 0 }),
    `${field0}.maxLength: maxLength must be between 1 and 10485760 for a string field`,
  ],
  [
    "email maxLength over 254",
    withField({ type: "email", maxLength: 300 }),
    `${field0}.maxLength: maxLength must be between 1 and 254 for an email field`,
  ],
  [
    "string default longer than maxLength",
    withField({ type: "string", maxLength: 3, default: "abcd" }),
    `${field0}.default: the default is longer than maxLength (3)`,
  ],
  [
    "string default a number",
    withField({ type: "string", default: 5 }),
    `${field0}.default: the default of a string field must be a string, not 5`,
  ],
  [
    "integer min above max",
    withField({ type: "integer", min: 10, max: 5 }),
    `${field0}.min: min (10) is greater than max (5)`,
  ],
  [
    "integer beyond 32 bits",
    withField({ type: "integer", max: 3000000000 }),
    `${field0}.max: max must be a 32-bit integer (-2147483648 to 2147483647), not 3000000000`,
  ],
  [
    "integer default with a fraction",
    withField({ type: "integer", default: 1.5 }),
    `${field0}.default: default must be a 32-bit integer (-2147483648 to 2147483647), not 1.5`,
  ],
  [
    "integer default outside the range",
    withField({ type: "integer", min: 1, max: 5, default: 9 }),
    `${field0}.default: the default (9) is outside min and max`,
  ],
  [
    "decimal scale above precision",
    withField({ type: "decimal", precision: 3, scale: 4 }),
    `${field0}.scale: scale (4) must be between 0 and precision (3)`,
  ],
  [
    "decimal precision zero",
    withField({ type: "decimal", precision: 0 }),
    `${field0}.precision: precision must be between 1 and 1000, not 0`,
  ],
  [
    "decimal default with too many digits",
    withField({ type: "decimal", default: "1.234" }),
    `${field0}.default: default "1.234" does not fit precision 12 and scale 2`,
  ],
  [
    "decimal default not a number",
    withField({ type: "decimal", default: "abc" }),
    `${field0}.default: default "abc" is not a decimal number; write it like "19.90"`,
  ],
  [
    "decimal max beyond precision",
    withField({ type: "decimal", max: "12345678901.00" }),
    `${field0}.max: max "12345678901.00" does not fit precision 12 and scale 2`,
  ],
  [
    "decimal default below min",
    withField({ type: "decimal", min: "10", default: "5" }),
    `${field0}.default: the default (5) is outside min and max`,
  ],
  [
    "boolean default a word",
    withField({ type: "boolean", default: "yes" }),
    `${field0}.default: the default of a boolean field must be true or false, not "yes"`,
  ],
  [
    "date default not on the calendar",
    withField({ type: "date", default: "2024-02-30" }),
    `${field0}.default: the default of a date field must be a date like "2024-01-31", not "2024-02-30"`,
  ],
  [
    "datetime default without an offset",
    withField({ type: "datetime", default: "2024-01-01T00:00:00" }),
    `${field0}.default: the default of a datetime field must be an RFC 3339 date-time with an offset, like "2024-01-31T12:00:00Z", not "2024-01-01T00:00:00"`,
  ],
  [
    "uuid default malformed",
    withField({ type: "uuid", default: "not-a-uuid" }),
    `${field0}.default: the default of a uuid field must be a UUID, not "not-a-uuid"`,
  ],
  [
    "email default malformed",
    withField({ type: "email", default: "not-an-email" }),
    `${field0}.default: the default "not-an-email" is not a valid e-mail address`,
  ],
  [
    "enum without values",
    withField({ type: "enum" }),
    `${field0}.values: an enum field needs a non-empty list of values, e.g. values: [draft, active]`,
  ],
  [
    "enum with an empty list",
    withField({ type: "enum", values: [] }),
    `${field0}.values: an enum field needs a non-empty list of values, e.g. values: [draft, active]`,
  ],
  [
    "enum value starting with a digit",
    withField({ type: "enum", values: ["1st", "2nd"] }),
    `${field0}.values[0]: "1st" is not a valid enum value; start with a letter and use letters, digits, "_" and "-"`,
  ],
  [
    "enum value listed twice",
    withField({ type: "enum", values: ["draft", "draft"] }),
    `${field0}.values[1]: "draft" is listed twice`,
  ],
  [
    "enum values equal as constants",
    withField({ type: "enum", values: ["in-stock", "in_stock"] }),
    `${field0}.values[1]: "in_stock" collides with "in-stock" once both become the constant IN_STOCK; rename one`,
  ],
  [
    "enum default not a value",
    withField({ type: "enum", values: ["draft", "live"], default: "gone" }),
    `${field0}.default: the default "gone" is not one of the values (draft, live)`,
  ],
];

describe("invalid specs", () => {
  let temp: ReturnType<typeof createTempDir>;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it("has a corpus of at least 40 specs", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus)("rejects %s", async (_title, spec, error) => {
    writeFileSync(join(temp.path, "spec.yaml"), stringify(spec));
    const io = createMemoryIo(temp.path);
    const code = await runCli(["new", "--spec", "spec.yaml", "--yes"], io, demoRegistry);
    expect(io.err()).toBe(`error Invalid spec in spec.yaml:\n  ${error}\n`);
    expect(code).toBe(2);
    expect(readdirSync(temp.path)).toEqual(["spec.yaml"]);
  });

  it.each([
    [
      "a tab-indented mapping",
      "name: a\n\tstack: demo\n",
      "error spec.yaml:2:1: tab characters must not be used in indentation\n",
    ],
    ["a duplicate key", "name: a\nname: b\n", "error spec.yaml:2:1: duplicated mapping key\n"],
    [
      "a list at the top level",
      "- name: a\n",
      "error spec.yaml: expected a mapping of answers at the top level\n",
    ],
  ])("rejects YAML with %s", async (_title, text, error) => {
    writeFileSync(join(temp.path, "spec.yaml"), text);
    const io = createMemoryIo(temp.path);
    const code = await runCli(["new", "--spec", "spec.yaml", "--yes"], io, demoRegistry);
    expect(io.err()).toBe(error);
    expect(code).toBe(2);
    expect(readdirSync(temp.path)).toEqual(["spec.yaml"]);
  });
});
