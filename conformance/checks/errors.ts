import { randomUUID } from "node:crypto";
import { type Check, type CheckContext, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";
import { expectFieldError, expectProblem, type ProblemStatus } from "../problems.js";
import { authorizationFor } from "../tokens.js";
import { createProduct } from "./resources.js";

/** Checks of docs/contract.md section 3: bodies the service must refuse, and how. */

const MAX_BODY = 1_048_576;

/** A JSON document of exactly `size` bytes that would otherwise be a valid product. */
function oversizedBody(size: number): string {
  const prefix = '{"name":"Big","price":"1.00","description":"';
  return `${prefix}${"x".repeat(size - prefix.length - 2)}"}`;
}

const refused = (
  id: string,
  title: string,
  status: ProblemStatus,
  request: { raw: string; contentType?: string; chunked?: boolean },
  field?: string,
): Check => ({
  id: `errors.${id}`,
  section: "3",
  title: `${title} → ${status}`,
  async run(context: CheckContext) {
    const headers: Record<string, string> = { ...authorizationFor(context.jwt, ["admin"]) };
    if (request.contentType !== undefined) headers["content-type"] = request.contentType;
    const response = await send(context.baseUrl, {
      method: "POST",
      path: context.collectionPath,
      headers,
      raw: request.raw,
      chunked: request.chunked,
    });
    const problem = expectProblem(response, status, context.collectionPath);
    if (field !== undefined) {
      expectFieldError(problem, field);
    }
  },
});

export const errorChecks: Check[] = [
  refused("malformed-json", "a body that is not JSON", 400, {
    raw: '{"name": "x",',
    contentType: "application/json",
  }),
  refused("empty-body", "an empty JSON body", 400, { raw: "", contentType: "application/json" }),
  refused(
    "not-an-object",
    "a JSON body that is not an object",
    422,
    { raw: "[1, 2]", contentType: "application/json" },
    "",
  ),
  refused("unsupported-media-type", "a body without a JSON content type", 415, {
    raw: '{"name":"x","price":"1.00"}',
    contentType: "text/plain",
  }),
  refused("payload-too-large", "a body over 1,048,576 bytes", 413, {
    raw: oversizedBody(MAX_BODY + 1),
    contentType: "application/json",
  }),
  refused("payload-too-large-chunked", "a chunked body over 1,048,576 bytes", 413, {
    raw: oversizedBody(MAX_BODY + 1),
    contentType: "application/json",
    chunked: true,
  }),
  refused(
    "unknown-field",
    "a body field the resource does not have",
    422,
    { raw: '{"name":"x","price":"1.00","colour":"red"}', contentType: "application/json" },
    "colour",
  ),
  {
    id: "errors.every-constraint",
    section: "3",
    title: "a 422 lists every failing constraint at once",
    async run(context) {
      const response = await createProduct(context, { name: "n".repeat(121), stock: -1 });
      const problem = expectProblem(response, 422, context.collectionPath);
      const fields = ((problem.errors ?? []) as { field?: unknown }[]).map((error) => error.field);
      expectThat(
        fields.includes("name") && fields.includes("stock"),
        `errors: expected name and stock, got ${JSON.stringify(fields)}`,
      );
    },
  },
  {
    id: "errors.unique-conflict",
    section: "3",
    title: "a second item with the same unique value is a 409 problem",
    async run(context) {
      const sku = randomUUID().slice(0, 12);
      expectEqual((await createProduct(context, { sku })).status, 201, "status of the first POST");
      expectProblem(await createProduct(context, { sku }), 409, context.collectionPath);
    },
  },
  {
    id: "errors.server-owned-fields-ignored",
    section: "2",
    title: "id, createdAt and updatedAt in a body are ignored",
    async run(context) {
      const sent = {
        id: randomUUID(),
        createdAt: "2000-01-01T00:00:00.000Z",
        updatedAt: "2000-01-01T00:00:00.000Z",
      };
      const response = await createProduct(context, sent);
      expectEqual(response.status, 201, "status");
      const body = response.json as Record<string, unknown>;
      expectThat(
        body.id !== sent.id && body.createdAt !== sent.createdAt,
        "the server took id or createdAt from the body",
      );
      expectThat(
        header(response, "location")?.endsWith(String(body.id)) === true,
        "Location does not name the server's id",
      );
    },
  },
];
