import { randomUUID } from "node:crypto";
import { type Check, type CheckContext, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";
import { expectFieldError, expectProblem } from "../problems.js";
import { authorizationFor } from "../tokens.js";

/** Checks of docs/contract.md sections 1 and 2 on the conformance spec's Product. */

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PRODUCT_FIELDS = [
  "name",
  "sku",
  "description",
  "price",
  "stock",
  "active",
  "type",
  "releasedOn",
  "availableAt",
  "supplierId",
];

/** Creates a product with only its required fields and returns the response. */
export async function createProduct(context: CheckContext, body: Record<string, unknown> = {}) {
  return send(context.baseUrl, {
    method: "POST",
    path: context.collectionPath,
    headers: authorizationFor(context.jwt, ["admin"]),
    body: { name: `Widget ${randomUUID()}`, price: "19.90", ...body },
  });
}

async function createdId(context: CheckContext): Promise<string> {
  const response = await createProduct(context);
  expectEqual(response.status, 201, "status of the POST that sets up this check");
  return String((response.json as Record<string, unknown>).id);
}

export const resourceChecks: Check[] = [
  {
    id: "resources.create",
    section: "1",
    title: "POST → 201 with every field present, defaults applied and Location as a path",
    async run(context) {
      const response = await createProduct(context, { name: "Created widget" });
      expectEqual(response.status, 201, "status");
      const body = response.json as Record<string, unknown>;
      expectThat(typeof body === "object" && body !== null, "body: expected a JSON object");
      expectThat(
        LOWER_UUID.test(String(body.id)),
        `id: expected a lower-case UUID, got ${JSON.stringify(body.id)}`,
      );
      expectEqual(
        header(response, "location"),
        `${context.collectionPath}/${String(body.id)}`,
        "Location",
      );
      for (const field of PRODUCT_FIELDS)
        expectThat(field in body, `field ${field} is missing (unset fields are null)`);
      expectEqual(
        [body.name, body.price, body.description, body.stock, body.active, body.type],
        ["Created widget", "19.90", null, 0, true, "physical"],
        "name, price, description, stock, active, type",
      );
      expectThat(
        TIMESTAMP.test(String(body.createdAt)),
        `createdAt: expected RFC 3339 UTC with milliseconds, got ${JSON.stringify(body.createdAt)}`,
      );
      expectEqual(body.updatedAt, body.createdAt, "updatedAt on creation");
    },
  },
  {
    id: "resources.get",
    section: "1",
    title: "GET /{id} → 200 with the created item",
    async run(context) {
      const created = await createProduct(context);
      const response = await send(context.baseUrl, {
        path: header(created, "location") ?? "",
        headers: authorizationFor(context.jwt, ["admin"]),
      });
      expectEqual(response.status, 200, "status");
      expectEqual(response.json, created.json, "body");
    },
  },
  {
    id: "resources.id-case-insensitive",
    section: "1",
    title: "UUIDs in the path match case-insensitively",
    async run(context) {
      const id = await createdId(context);
      const response = await send(context.baseUrl, {
        path: `${context.collectionPath}/${id.toUpperCase()}`,
        headers: authorizationFor(context.jwt, ["admin"]),
      });
      expectEqual(response.status, 200, "status");
      expectEqual((response.json as Record<string, unknown>).id, id, "id");
    },
  },
  {
    id: "resources.non-uuid-id",
    section: "1",
    title: "a path id that is not a UUID is a 404 problem",
    async run(context) {
      const path = `${context.collectionPath}/not-a-uuid`;
      expectProblem(
        await send(context.baseUrl, { path, headers: authorizationFor(context.jwt, ["admin"]) }),
        404,
        path,
      );
    },
  },
  {
    id: "resources.missing-id",
    section: "1",
    title: "an unknown id is a 404 problem",
    async run(context) {
      const path = `${context.collectionPath}/${randomUUID()}`;
      expectProblem(
        await send(context.baseUrl, { path, headers: authorizationFor(context.jwt, ["admin"]) }),
        404,
        path,
      );
    },
  },
  {
    id: "resources.delete",
    section: "1",
    title: "DELETE → 204 without a body, then GET → 404",
    async run(context) {
      const path = `${context.collectionPath}/${await createdId(context)}`;
      const deleted = await send(context.baseUrl, {
        method: "DELETE",
        path,
        headers: authorizationFor(context.jwt, ["admin"]),
      });
      expectEqual(deleted.status, 204, "status");
      expectEqual(deleted.text, "", "body");
      expectProblem(
        await send(context.baseUrl, { path, headers: authorizationFor(context.jwt, ["admin"]) }),
        404,
        path,
      );
    },
  },
  {
    id: "resources.put-missing",
    section: "1",
    title: "PUT to an id that does not exist is a 404 problem (PUT does not create)",
    async run(context) {
      const path = `${context.collectionPath}/${randomUUID()}`;
      const response = await send(context.baseUrl, {
        method: "PUT",
        path,
        headers: authorizationFor(context.jwt, ["admin"]),
        body: { name: "Ghost", price: "1.00" },
      });
      expectProblem(response, 404, path);
    },
  },
  {
    id: "lists.shape",
    section: "1",
    title: "GET list → {items, total, limit: 20, offset: 0} by default",
    async run(context) {
      await createdId(context);
      const response = await send(context.baseUrl, {
        path: context.collectionPath,
        headers: authorizationFor(context.jwt, ["admin"]),
      });
      expectEqual(response.status, 200, "status");
      const body = response.json as Record<string, unknown>;
      expectThat(Array.isArray(body.items), "items: expected a list");
      expectThat(
        typeof body.total === "number" && body.total >= 1,
        `total: expected a count of at least 1, got ${JSON.stringify(body.total)}`,
      );
      expectEqual([body.limit, body.offset], [20, 0], "limit and offset");
    },
  },
  {
    id: "lists.limit-clamped",
    section: "1",
    title: "limit above 100 is clamped to 100",
    async run(context) {
      const response = await send(context.baseUrl, {
        path: `${context.collectionPath}?limit=1000`,
        headers: authorizationFor(context.jwt, ["admin"]),
      });
      expectEqual(response.status, 200, "status");
      expectEqual((response.json as Record<string, unknown>).limit, 100, "limit");
    },
  },
  ...(["limit=0", "offset=-1", "limit=abc"] as const).map(
    (query): Check => ({
      id: `lists.invalid-${query.split("=")[0]}-${query.split("=")[1] === "abc" ? "type" : "range"}`,
      section: "1",
      title: `?${query} is a 422 problem naming the parameter`,
      async run(context) {
        const path = `${context.collectionPath}?${query}`;
        const problem = expectProblem(
          await send(context.baseUrl, { path, headers: authorizationFor(context.jwt, ["admin"]) }),
          422,
          path,
        );
        expectFieldError(problem, query.split("=")[0] ?? "");
      },
    }),
  ),
  {
    id: "resources.head",
    section: "1",
    title: "HEAD works on the list and item routes: GET's status, no body",
    async run(context) {
      const id = await createdId(context);
      for (const path of [context.collectionPath, `${context.collectionPath}/${id}`]) {
        const response = await send(context.baseUrl, {
          method: "HEAD",
          path,
          headers: authorizationFor(context.jwt, ["reader"]),
        });
        expectEqual([response.status, response.text], [200, ""], `HEAD ${path}`);
      }
    },
  },
];
