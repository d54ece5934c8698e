import { randomUUID } from "node:crypto";
import { type Check, expectEqual, expectThat } from "../check.js";
import { header, send } from "../http.js";
import { authorizationFor } from "../tokens.js";

const HISTOGRAM = "http_server_request_duration_seconds";

export const metricsChecks: Check[] = [
  {
    id: "metrics.request-histogram",
    section: "5",
    title: `GET /metrics has the ${HISTOGRAM} histogram with method, route and status`,
    async run({ baseUrl }) {
      await send(baseUrl, { path: "/health/live" });
      const response = await send(baseUrl, { path: "/metrics" });
      expectEqual(response.status, 200, "status");
      expectThat(
        (header(response, "content-type") ?? "").startsWith("text/plain"),
        "Content-Type: expected text/plain",
      );
      expectThat(
        response.text.includes(`# TYPE ${HISTOGRAM} histogram`),
        `expected a "# TYPE ${HISTOGRAM} histogram" line`,
      );
      // Series come in no particular order: /health/live may also have been answered with a 405.
      const series = response.text
        .split("\n")
        .filter(
          (line) => line.startsWith(`${HISTOGRAM}_count{`) && line.includes('route="/health/live"'),
        );
      expectThat(
        series.length > 0,
        `expected a ${HISTOGRAM}_count series for route="/health/live"`,
      );
      expectThat(
        series.some((line) => line.includes('method="GET"') && line.includes('status="200"')),
        `expected method="GET" and status="200" on one of ${series.join("; ")}`,
      );
    },
  },
  {
    id: "metrics.unmatched-route",
    section: "5",
    title: 'requests that match no route are labelled route="unmatched"',
    async run({ baseUrl }) {
      await send(baseUrl, { path: "/no-such-route-for-metrics" });
      const response = await send(baseUrl, { path: "/metrics" });
      expectThat(
        response.text.includes('route="unmatched"'),
        'expected a series with route="unmatched"',
      );
      expectThat(
        !response.text.includes("/no-such-route-for-metrics"),
        "the raw path of an unmatched request must not become a label",
      );
    },
  },
  {
    id: "metrics.route-template",
    section: "5",
    title: "the route label is the OpenAPI template, never the raw path",
    async run({ baseUrl, collectionPath, jwt }) {
      const id = randomUUID();
      await send(baseUrl, {
        path: `${collectionPath}/${id}`,
        headers: authorizationFor(jwt, ["reader"]),
      });
      const response = await send(baseUrl, { path: "/metrics" });
      expectThat(
        response.text.includes(`route="${collectionPath}/{id}"`),
        `expected a series with route="${collectionPath}/{id}"`,
      );
      expectThat(!response.text.includes(id), "a raw id became a label value");
    },
  },
];
