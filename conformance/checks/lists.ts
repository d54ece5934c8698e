import { randomUUID } from "node:crypto";
import { type Check, type CheckContext, expectEqual, sleep } from "../check.js";
import { send } from "../http.js";
import { expectFieldError, expectProblem } from "../problems.js";
import { authorizationFor } from "../tokens.js";
import { createProduct } from "./resources.js";

/** Checks of docs/contract.md section 1, lists: sorting, filters, totals, parameters. */

type Item = Record<string, unknown>;

/** Creates a group of products sharing a fresh supplierId, so a filter isolates them. */
async function createGroup(
  context: CheckContext,
  items: Record<string, unknown>[],
): Promise<string> {
  const supplierId = randomUUID();
  for (const item of items) {
    const response = await createProduct(context, { supplierId, ...item });
    expectEqual(response.status, 201, "status of a POST that sets up this check");
    // Distinct createdAt milliseconds, so creation order is the default order.
    await sleep(3);
  }
  return supplierId;
}

async function list(context: CheckContext, query: string) {
  const path = `${context.collectionPath}?${query}`;
  const response = await send(context.baseUrl, {
    path,
    headers: authorizationFor(context.jwt, ["reader"]),
  });
  return { path, response, body: response.json as { items: Item[]; total: number; limit: number } };
}

async function expectListed(
  context: CheckContext,
  query: string,
  field: string,
  expected: unknown[],
): Promise<void> {
  const { response, body } = await list(context, query);
  expectEqual(response.status, 200, `status of ?${query}`);
  expectEqual(
    body.items.map((item) => item[field]),
    expected,
    `${field} of the items of ?${query}`,
  );
}

const rejectsQuery = (id: string, title: string, query: string, field: string): Check => ({
  id: `lists.${id}`,
  section: "1",
  title: `${title} → 422 naming ${field}`,
  async run(context) {
    const { path, response } = await list(context, query);
    const problem = expectProblem(response, 422, path);
    expectFieldError(problem, field);
  },
});

export const listChecks: Check[] = [
  {
    id: "lists.default-order-and-total",
    section: "1",
    title: "without sort, items come in creation order; total counts every match, not the page",
    async run(context) {
      const supplier = await createGroup(context, [{ stock: 3 }, { stock: 1 }, { stock: 2 }]);
      await expectListed(context, `supplierId=${supplier}`, "stock", [3, 1, 2]);
      const { body } = await list(context, `supplierId=${supplier}&limit=1&offset=1`);
      expectEqual(
        [body.total, body.items.length, body.items[0]?.stock],
        [3, 1, 1],
        "total, page size and item at offset 1",
      );
    },
  },
  {
    id: "lists.sort",
    section: "1",
    title: "sort=-field,other orders descending then ascending",
    async run(context) {
      const supplier = await createGroup(context, [
        { stock: 1, name: "b" },
        { stock: 2, name: "a" },
        { stock: 1, name: "a" },
      ]);
      await expectListed(context, `supplierId=${supplier}&sort=-stock,name`, "name", [
        "a",
        "a",
        "b",
      ]);
      await expectListed(context, `supplierId=${supplier}&sort=stock,-name`, "stock", [1, 1, 2]);
    },
  },
  {
    id: "lists.sort-nulls",
    section: "1",
    title: "NULLs sort last ascending and first descending, as PostgreSQL does",
    async run(context) {
      const supplier = await createGroup(context, [
        { stock: 1 },
        { stock: 2, description: "d" },
        { stock: 3, description: "e" },
      ]);
      await expectListed(context, `supplierId=${supplier}&sort=description`, "stock", [2, 3, 1]);
      await expectListed(context, `supplierId=${supplier}&sort=-description`, "stock", [1, 3, 2]);
    },
  },
  {
    id: "lists.filters-by-type",
    section: "1",
    title: "filters parse per type: decimals by value, booleans, datetimes by instant",
    async run(context) {
      const supplier = await createGroup(context, [
        { stock: 1, price: "19.90", active: false, availableAt: "2024-05-01T12:00:00.000Z" },
        { stock: 2, price: "5.00" },
      ]);
      await expectListed(context, `supplierId=${supplier}&price=19.9`, "stock", [1]);
      await expectListed(context, `supplierId=${supplier}&active=false`, "stock", [1]);
      await expectListed(
        context,
        `supplierId=${supplier}&availableAt=${encodeURIComponent("2024-05-01T14:00:00+02:00")}`,
        "stock",
        [1],
      );
      await expectListed(
        context,
        `supplierId=${supplier.toUpperCase()}&type=physical`,
        "stock",
        [1, 2],
      );
    },
  },
  {
    id: "lists.parameters",
    section: "1",
    title: "a repeated parameter: the last wins; unknown parameters are ignored",
    async run(context) {
      const { response, body } = await list(context, "limit=1&limit=2&colour=red");
      expectEqual(response.status, 200, "status");
      expectEqual(body.limit, 2, "limit");
    },
  },
  rejectsQuery(
    "unknown-sort-field",
    "sorting by a field the resource does not have",
    "sort=colour",
    "sort",
  ),
  rejectsQuery("empty-sort-field", "an empty sort field", "sort=name,", "sort"),
  rejectsQuery("filter-wrong-type", "a filter value of the wrong type", "active=yes", "active"),
  rejectsQuery("filter-unknown-enum", "an unknown enum value in a filter", "type=Physical", "type"),
];
