import { type Check, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";

/** Request ids (section 6) and CORS being off by default (section 8). */
export const requestChecks: Check[] = [
  {
    id: "requests.request-id-kept",
    section: "6",
    title: "a valid incoming X-Request-ID is returned as it is",
    async run({ baseUrl }) {
      const id = "conformance.Request-ID:42_x";
      const response = await send(baseUrl, {
        path: "/health/live",
        headers: { "x-request-id": id },
      });
      expectEqual(header(response, "x-request-id"), id, "X-Request-ID");
    },
  },
  {
    id: "requests.request-id-replaced",
    section: "6",
    title: "an invalid X-Request-ID is replaced by a generated one; none given gets one too",
    async run({ baseUrl }) {
      for (const sent of ["bad id with spaces", "x".repeat(129), undefined]) {
        const response = await send(baseUrl, {
          path: "/health/live",
          headers: sent === undefined ? {} : { "x-request-id": sent },
        });
        const returned = header(response, "x-request-id") ?? "";
        expectThat(
          /^[A-Za-z0-9._:-]{1,128}$/.test(returned),
          `X-Request-ID: expected a generated id, got ${JSON.stringify(returned)}`,
        );
        expectThat(
          returned !== sent,
          `X-Request-ID: ${JSON.stringify(sent)} was echoed instead of replaced`,
        );
      }
    },
  },
  {
    id: "requests.cors-off",
    section: "8",
    title: "without CORS_ORIGINS no CORS headers are sent",
    async run({ baseUrl }) {
      const response = await send(baseUrl, {
        path: "/health/live",
        headers: { origin: "https://elsewhere.test" },
      });
      expectEqual(
        header(response, "access-control-allow-origin"),
        undefined,
        "Access-Control-Allow-Origin",
      );
    },
  },
];
