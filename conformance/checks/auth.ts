import { randomUUID } from "node:crypto";
import { type Check, type CheckContext, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";
import { expectProblem } from "../problems.js";
import { mintToken, type TokenOptions } from "../tokens.js";

export function mintTokenFor(context: CheckContext, options: TokenOptions = {}): string {
  expectThat(
    context.jwt !== undefined,
    "the service runs without auth; auth checks need auth: jwt",
  );
  return mintToken(context.jwt, options);
}

/** A request to the collection with this Authorization header value. */
export function read(context: CheckContext, authorization: string | undefined) {
  return send(context.baseUrl, {
    path: context.collectionPath,
    headers: authorization === undefined ? {} : { authorization },
  });
}

/** A 401 problem with a Bearer challenge for a GET of the collection with this Authorization. */
export async function expectUnauthorized(
  context: CheckContext,
  authorization: string | undefined,
): Promise<void> {
  const response = await read(context, authorization);
  expectProblem(response, 401, context.collectionPath);
  const challenge = header(response, "www-authenticate") ?? "";
  expectThat(
    /^bearer\b/i.test(challenge),
    `WWW-Authenticate: expected a Bearer challenge, got ${JSON.stringify(challenge)}`,
  );
}

/** A check that this Authorization header value gets a 401 with a Bearer challenge. */
export const rejected = (
  id: string,
  title: string,
  options: (context: CheckContext) => string | undefined,
): Check => ({
  id: `auth.${id}`,
  section: "4",
  title: `${title} → 401 with WWW-Authenticate: Bearer`,
  run: (context) => expectUnauthorized(context, options(context)),
});

export const authChecks: Check[] = [
  rejected("missing-token", "no Authorization header", () => undefined),
  rejected("malformed-token", "a bearer value that is not a JWT", () => "Bearer not-a-jwt"),
  rejected("other-scheme", "a Basic credential", () => "Basic dXNlcjpwYXNz"),
  rejected(
    "alg-none",
    "an unsigned token (alg: none)",
    (c) => `Bearer ${mintTokenFor(c, { alg: "none", signature: "" })}`,
  ),
  rejected(
    "wrong-signature",
    "a token signed with another secret",
    (c) => `Bearer ${mintTokenFor(c, { secret: "another-secret-that-is-long-enough-0123456789" })}`,
  ),
  rejected(
    "algorithm-swap",
    "a token signed with HS512 instead of the pinned HS256",
    (c) => `Bearer ${mintTokenFor(c, { alg: "HS512" })}`,
  ),
  rejected("expired", "an expired token", (c) => `Bearer ${mintTokenFor(c, { expiresIn: -60 })}`),
  rejected(
    "expired-no-default-leeway",
    "a token that expired 5 s ago (JWT_LEEWAY_SECONDS defaults to 0)",
    (c) => `Bearer ${mintTokenFor(c, { expiresIn: -5 })}`,
  ),
  rejected(
    "missing-exp",
    "a token without exp",
    (c) => `Bearer ${mintTokenFor(c, { expiresIn: null })}`,
  ),
  rejected(
    "not-yet-valid",
    "a token whose nbf is in the future",
    (c) => `Bearer ${mintTokenFor(c, { notBefore: 600 })}`,
  ),
  rejected(
    "not-yet-valid-no-default-leeway",
    "a token whose nbf is 5 s ahead (JWT_LEEWAY_SECONDS defaults to 0)",
    (c) => `Bearer ${mintTokenFor(c, { notBefore: 5 })}`,
  ),
  rejected(
    "wrong-issuer",
    "a token from another issuer",
    (c) => `Bearer ${mintTokenFor(c, { issuer: "https://elsewhere.test" })}`,
  ),
  rejected(
    "wrong-audience",
    "a token for another audience",
    (c) => `Bearer ${mintTokenFor(c, { audience: "someone-else" })}`,
  ),
  {
    id: "auth.scheme-case-insensitive",
    section: "4",
    title: "the Bearer scheme is case-insensitive and an audience list is accepted",
    async run(context) {
      const value = mintTokenFor(context, {
        roles: ["reader"],
        audience: ["other", context.jwt?.audience ?? ""],
      });
      const response = await read(context, `bEaReR ${value}`);
      expectEqual(response.status, 200, "status");
    },
  },
  {
    id: "auth.reader-cannot-write",
    section: "4",
    title: "a reader's POST is 403, checked before the body is read",
    async run(context) {
      const response = await send(context.baseUrl, {
        method: "POST",
        path: context.collectionPath,
        headers: {
          authorization: `Bearer ${mintTokenFor(context, { roles: ["reader"] })}`,
          "content-type": "application/json",
        },
        raw: "{not json",
      });
      expectProblem(response, 403, context.collectionPath);
    },
  },
  {
    id: "auth.writer-cannot-delete",
    section: "4",
    title: "a writer's DELETE is 403",
    async run(context) {
      const path = `${context.collectionPath}/${randomUUID()}`;
      const response = await send(context.baseUrl, {
        method: "DELETE",
        path,
        headers: { authorization: `Bearer ${mintTokenFor(context, { roles: ["writer"] })}` },
      });
      expectProblem(response, 403, path);
    },
  },
  {
    id: "auth.no-roles",
    section: "4",
    title: "a valid token whose roles claim is not a list of strings gets 403",
    async run(context) {
      const response = await read(context, `Bearer ${mintTokenFor(context, { roles: "admin" })}`);
      expectProblem(response, 403, context.collectionPath);
    },
  },
];
