import { type Check, type CheckContext, expectEqual, expectThat, sleep } from "../check.js";
import { header, send } from "../http.js";
import { expectFieldError, expectProblem } from "../problems.js";
import { authorizationFor } from "../tokens.js";
import { createProduct } from "./resources.js";

/** Checks of docs/contract.md section 2 (data on the wire) and of PUT and PATCH semantics. */

const rejectsField = (
  id: string,
  title: string,
  fields: Record<string, unknown>,
  field: string,
): Check => ({
  id: `wire.${id}`,
  section: "2",
  title: `${title} → 422 naming ${field}`,
  async run(context) {
    const problem = expectProblem(
      await createProduct(context, fields),
      422,
      context.collectionPath,
    );
    expectFieldError(problem, field);
  },
});

const storesAs = (
  id: string,
  title: string,
  fields: Record<string, unknown>,
  expected: Record<string, unknown>,
): Check => ({
  id: `wire.${id}`,
  section: "2",
  title,
  async run(context) {
    const response = await createProduct(context, fields);
    expectEqual(response.status, 201, "status");
    const body = response.json as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) expectEqual(body[key], value, key);
  },
});

async function createdPath(
  context: CheckContext,
  fields: Record<string, unknown> = {},
): Promise<{ path: string; body: Record<string, unknown> }> {
  const response = await createProduct(context, fields);
  expectEqual(response.status, 201, "status of the POST that sets up this check");
  return {
    path: header(response, "location") ?? "",
    body: response.json as Record<string, unknown>,
  };
}

function update(
  context: CheckContext,
  method: "PUT" | "PATCH",
  path: string,
  body: unknown,
  contentType = "application/json",
) {
  return send(context.baseUrl, {
    method,
    path,
    headers: { ...authorizationFor(context.jwt, ["admin"]), "content-type": contentType },
    raw: JSON.stringify(body),
  });
}

export const wireChecks: Check[] = [
  rejectsField("decimal-as-number", "a decimal sent as a JSON number", { price: 19.9 }, "price"),
  rejectsField(
    "decimal-beyond-scale",
    "a decimal with more fractional digits than its scale",
    { price: "19.999" },
    "price",
  ),
  rejectsField("decimal-below-min", "a decimal below its minimum", { price: "-0.01" }, "price"),
  rejectsField("integer-as-string", 'an integer sent as "7"', { stock: "7" }, "stock"),
  rejectsField(
    "null-defaulted",
    "null for a defaulted field that cannot be null",
    { stock: null },
    "stock",
  ),
  rejectsField("integer-with-fraction", "an integer sent as 7.5", { stock: 7.5 }, "stock"),
  rejectsField(
    "integer-beyond-32-bits",
    "an integer beyond 32 bits",
    { stock: 2147483648 },
    "stock",
  ),
  rejectsField("boolean-as-number", "a boolean sent as 1", { active: 1 }, "active"),
  rejectsField(
    "date-not-strict",
    "a date not in YYYY-MM-DD",
    { releasedOn: "2024-1-5" },
    "releasedOn",
  ),
  rejectsField(
    "date-not-on-calendar",
    "a date that does not exist",
    { releasedOn: "2024-02-30" },
    "releasedOn",
  ),
  rejectsField(
    "datetime-without-offset",
    "a datetime without an offset",
    { availableAt: "2024-05-01T12:00:00" },
    "availableAt",
  ),
  rejectsField("nul-character", "a string containing U+0000", { name: "a\u0000b" }, "name"),
  rejectsField(
    "too-many-code-points",
    "a string longer than maxLength in code points",
    { name: "😀".repeat(121) },
    "name",
  ),
  rejectsField("enum-case", "an enum value in another case", { type: "Physical" }, "type"),
  rejectsField("uuid-malformed", "a malformed UUID", { supplierId: "not-a-uuid" }, "supplierId"),
  storesAs(
    "decimal-canonical",
    "a decimal is printed with exactly its scale",
    { price: "19.9" },
    { price: "19.90" },
  ),
  storesAs(
    "code-points",
    "maxLength counts code points, not UTF-16 units",
    { name: "😀".repeat(120) },
    { name: "😀".repeat(120) },
  ),
  storesAs(
    "datetime-normalised",
    "a datetime is normalised to UTC, truncated to milliseconds",
    { availableAt: "2024-05-01T14:00:00.123999+02:00" },
    { availableAt: "2024-05-01T12:00:00.123Z" },
  ),
  storesAs("empty-string", '"" is a valid string', { description: "" }, { description: "" }),
  {
    id: "wire.put-replaces",
    section: "1",
    title:
      "PUT replaces: omitted optional fields become null, omitted defaulted fields their default",
    async run(context) {
      const { path } = await createdPath(context, { description: "old", stock: 9 });
      const response = await update(context, "PUT", path, { name: "Replaced", price: "2.00" });
      expectEqual(response.status, 200, "status");
      const body = response.json as Record<string, unknown>;
      expectEqual(
        [body.name, body.description, body.stock],
        ["Replaced", null, 0],
        "name, description, stock",
      );
    },
  },
  {
    id: "wire.patch-empty",
    section: "1",
    title: "PATCH {} is a 200 no-op that leaves updatedAt alone",
    async run(context) {
      const { path, body } = await createdPath(context);
      await sleep(5);
      const response = await update(context, "PATCH", path, {});
      expectEqual(response.status, 200, "status");
      expectEqual(response.json, body, "body");
    },
  },
  {
    id: "wire.patch-merge",
    section: "1",
    title:
      "PATCH (application/merge-patch+json) sets, clears and keeps fields, and moves updatedAt",
    async run(context) {
      const { path, body } = await createdPath(context, { description: "to clear" });
      await sleep(5);
      const response = await update(
        context,
        "PATCH",
        path,
        { stock: 5, description: null },
        "application/merge-patch+json",
      );
      expectEqual(response.status, 200, "status");
      const patched = response.json as Record<string, unknown>;
      expectEqual(
        [patched.stock, patched.description, patched.name],
        [5, null, body.name],
        "stock, description, name",
      );
      expectThat(
        String(patched.updatedAt) > String(body.updatedAt),
        "updatedAt did not move forward",
      );
    },
  },
  {
    id: "wire.patch-null-defaulted",
    section: "1",
    title: "PATCH null on a defaulted field → 422",
    async run(context) {
      const { path } = await createdPath(context);
      const problem = expectProblem(
        await update(context, "PATCH", path, { stock: null }),
        422,
        path,
      );
      expectFieldError(problem, "stock");
    },
  },
  {
    id: "wire.patch-null-required",
    section: "1",
    title: "PATCH null on a required field → 422",
    async run(context) {
      const { path } = await createdPath(context);
      const problem = expectProblem(
        await update(context, "PATCH", path, { name: null }),
        422,
        path,
      );
      expectFieldError(problem, "name");
    },
  },
];
