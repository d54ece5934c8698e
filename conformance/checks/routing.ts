import { randomUUID } from "node:crypto";
import { type Check, expectThat } from "../check.js";
import { header, send } from "../http.js";
import { expectProblem } from "../problems.js";
import { authorizationFor } from "../tokens.js";

export const routingChecks: Check[] = [
  {
    id: "routing.unknown-route",
    section: "3",
    title: "an unknown route is a 404 problem",
    async run({ baseUrl }) {
      const path = "/no-such-route";
      expectProblem(await send(baseUrl, { path }), 404, path);
    },
  },
  {
    id: "routing.trailing-slash",
    section: "1",
    title: "a trailing slash is another path: 404, never a redirect",
    async run({ baseUrl }) {
      const path = "/health/live/";
      expectProblem(await send(baseUrl, { path }), 404, path);
    },
  },
  {
    id: "routing.method-not-allowed",
    section: "3",
    title: "a wrong method is a 405 problem with an Allow header",
    async run({ baseUrl }) {
      const path = "/health/live";
      const response = await send(baseUrl, { method: "DELETE", path });
      expectProblem(response, 405, path);
      const allow = (header(response, "allow") ?? "").split(",").map((method) => method.trim());
      expectThat(
        allow.includes("GET"),
        `Allow: expected it to list GET, got ${JSON.stringify(header(response, "allow"))}`,
      );
    },
  },
  ...(
    [
      ["collection", "DELETE", ["GET", "HEAD", "POST"]],
      ["item", "POST", ["GET", "HEAD", "PUT", "PATCH", "DELETE"]],
    ] as const
  ).map(
    ([kind, method, allowed]): Check => ({
      id: `routing.${kind}-method-not-allowed`,
      section: "3",
      title: `${method} on a resource ${kind} is a 405 problem whose Allow lists ${allowed.join(", ")}`,
      async run(context) {
        const path =
          kind === "collection"
            ? context.collectionPath
            : `${context.collectionPath}/${randomUUID()}`;
        const response = await send(context.baseUrl, {
          method,
          path,
          headers: authorizationFor(context.jwt, ["admin"]),
        });
        expectProblem(response, 405, path);
        const allow = (header(response, "allow") ?? "")
          .split(",")
          .map((entry) => entry.trim().toUpperCase());
        expectThat(
          allowed.every((entry) => allow.includes(entry)) && allow.length === allowed.length,
          `Allow: expected ${allowed.join(", ")}, got ${JSON.stringify(header(response, "allow"))}`,
        );
      },
    }),
  ),
];
