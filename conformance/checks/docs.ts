import { type Check, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";

type OpenApi = {
  openapi?: unknown;
  paths?: Record<string, Record<string, unknown>>;
  components?: unknown;
};

/** The first schema of a property with this name anywhere in the document (following no $ref). */
function findProperty(node: unknown, name: string): unknown {
  if (typeof node !== "object" || node === null) return undefined;
  const properties = (node as { properties?: Record<string, unknown> }).properties;
  if (properties && typeof properties === "object" && name in properties) return properties[name];
  for (const child of Object.values(node)) {
    const found = findProperty(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Checks of docs/contract.md section 5: the OpenAPI document and Swagger UI. */
export const docsChecks: Check[] = [
  {
    id: "docs.openapi",
    section: "5",
    title: "GET /openapi.json is an OpenAPI 3 document with every resource route and method",
    async run({ baseUrl, collectionPath }) {
      const response = await send(baseUrl, { path: "/openapi.json" });
      expectEqual(response.status, 200, "status");
      const document = response.json as OpenApi;
      expectThat(
        typeof document?.openapi === "string" && document.openapi.startsWith("3."),
        `openapi: expected 3.x, got ${JSON.stringify(document?.openapi)}`,
      );
      const collection = document.paths?.[collectionPath];
      const item = document.paths?.[`${collectionPath}/{id}`];
      expectThat(
        collection !== undefined && item !== undefined,
        `paths: expected ${collectionPath} and ${collectionPath}/{id}`,
      );
      for (const method of ["get", "post"])
        expectThat(method in collection, `${collectionPath}: no ${method}`);
      for (const method of ["get", "put", "patch", "delete"])
        expectThat(method in item, `${collectionPath}/{id}: no ${method}`);
    },
  },
  {
    id: "docs.decimal-as-string",
    section: "5",
    title: "the OpenAPI document describes decimals as strings with a pattern",
    async run({ baseUrl }) {
      const price = findProperty((await send(baseUrl, { path: "/openapi.json" })).json, "price");
      expectThat(price !== undefined, 'no schema property "price" found');
      // A nullable property is `anyOf: [<schema>, {type: "null"}]` in OpenAPI 3.1.
      const variants = (price as { anyOf?: unknown[] }).anyOf ?? [price];
      const schema = (variants.find((variant) => (variant as { type?: unknown }).type !== "null") ??
        {}) as { type?: unknown; pattern?: unknown };
      expectEqual(schema.type, "string", "price type");
      expectThat(typeof schema.pattern === "string", "price: expected a pattern");
    },
  },
  {
    id: "docs.swagger-ui",
    section: "5",
    title: "GET /docs serves Swagger UI",
    async run({ baseUrl }) {
      const response = await send(baseUrl, { path: "/docs" });
      expectEqual(response.status, 200, "status");
      expectThat(
        (header(response, "content-type") ?? "").startsWith("text/html"),
        "Content-Type: expected text/html",
      );
      expectThat(/swagger-ui/i.test(response.text), "the page does not load Swagger UI");
    },
  },
];
