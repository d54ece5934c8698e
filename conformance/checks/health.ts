import { type Check, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";

export const healthChecks: Check[] = [
  {
    id: "health.live",
    section: "5",
    title: "GET /health/live answers 200 {status: ok}",
    async run({ baseUrl }) {
      const response = await send(baseUrl, { path: "/health/live" });
      expectEqual(response.status, 200, "status");
      expectThat(
        (header(response, "content-type") ?? "").startsWith("application/json"),
        "Content-Type: expected application/json",
      );
      expectEqual(response.json, { status: "ok" }, "body");
    },
  },
  {
    id: "health.ready",
    section: "5",
    title: "GET /health/ready answers 200 with the database check",
    async run({ baseUrl }) {
      const response = await send(baseUrl, { path: "/health/ready" });
      expectEqual(response.status, 200, "status");
      expectEqual(response.json, { status: "ok", checks: { database: "ok" } }, "body");
    },
  },
  {
    id: "health.head",
    section: "1",
    title: "HEAD /health/live answers like GET, without a body",
    async run({ baseUrl }) {
      const response = await send(baseUrl, { method: "HEAD", path: "/health/live" });
      expectEqual(response.status, 200, "status");
      expectEqual(response.text, "", "body");
    },
  },
];
