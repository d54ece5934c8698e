import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeTraceRequest } from "../../conformance/otlp.js";
import { type OtlpReceiver, startOtlpReceiver } from "../../conformance/otlp-receiver.js";
import { encodeTraceRequest, type FinishedSpan } from "../fixtures/reference-tracing.js";

const span: FinishedSpan = {
  traceId: randomBytes(16),
  spanId: randomBytes(8),
  parentSpanId: randomBytes(8),
  name: "GET /api/v1/products/{id}",
  kind: 2,
  startNanos: 1_700_000_000_000_000_000n,
  endNanos: 1_700_000_000_123_000_000n,
  attributes: { "http.response.status_code": 200, ok: true, ratio: 0.25, negative: -3, s: "é" },
};
const resource = { "service.name": "conformance-service" };

describe("the OTLP decoder", () => {
  it("reads back what the reference encoder wrote", () => {
    const root = { ...span, parentSpanId: undefined, kind: 3 };
    const decoded = decodeTraceRequest(encodeTraceRequest(resource, [span, root]));
    expect(decoded).toEqual([
      {
        traceId: span.traceId.toString("hex"),
        spanId: span.spanId.toString("hex"),
        parentSpanId: span.parentSpanId?.toString("hex"),
        name: span.name,
        kind: 2,
        attributes: span.attributes,
        resource,
      },
      expect.objectContaining({ parentSpanId: "", kind: 3, spanId: span.spanId.toString("hex") }),
    ]);
  });

  it("refuses a truncated message", () => {
    const whole = encodeTraceRequest(resource, [span]);
    expect(() => decodeTraceRequest(whole.subarray(0, whole.length - 5))).toThrow(/past the end/);
  });
});

describe("the OTLP collector", () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(() => receiver.close());

  const post = (path: string, body: Buffer | string, headers: Record<string, string>) =>
    fetch(`${receiver.endpoint}${path}`, { method: "POST", body, headers });

  it("keeps spans sent as protobuf, gzipped protobuf and JSON", async () => {
    const protobuf = encodeTraceRequest(resource, [span]);
    const plain = await post("/v1/traces", protobuf, { "content-type": "application/x-protobuf" });
    expect([plain.status, await plain.text()]).toEqual([200, ""]);
    const gzipped = await post("/v1/traces", gzipSync(protobuf), {
      "content-type": "application/x-protobuf",
      "content-encoding": "gzip",
    });
    expect(gzipped.status).toBe(200);
    const json = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: "service.name", value: { stringValue: "json" } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: "AB".repeat(16),
                  spanId: "cd".repeat(8),
                  name: "SELECT",
                  kind: "SPAN_KIND_CLIENT",
                  attributes: [{ key: "db.system", value: { stringValue: "postgresql" } }],
                },
              ],
            },
          ],
        },
      ],
    };
    const sent = await post("/v1/traces", JSON.stringify(json), {
      "content-type": "application/json",
    });
    expect([sent.status, await sent.json()]).toEqual([200, {}]);
    expect(receiver.spans().map((received) => received.name)).toEqual([
      span.name,
      span.name,
      "SELECT",
    ]);
    expect(receiver.spans()[2]).toMatchObject({
      traceId: "ab".repeat(16),
      kind: 3,
      parentSpanId: "",
      attributes: { "db.system": "postgresql" },
      resource: { "service.name": "json" },
    });
  });

  it("answers metrics and logs exports, refuses garbage and says what it saw", async () => {
    for (const path of ["/v1/metrics", "/v1/logs"]) {
      const response = await post(path, "x", { "content-type": "application/x-protobuf" });
      expect([response.status, await response.text()]).toEqual([200, ""]);
    }
    const garbage = await post("/v1/traces", Buffer.from([0x0a, 0xff]), {
      "content-type": "application/x-protobuf",
    });
    expect(garbage.status).toBe(400);
    expect((await fetch(`${receiver.endpoint}/v1/other`, { method: "POST" })).status).toBe(404);
    expect(receiver.describeTraffic()).toMatch(/1 × POST \/v1\/metrics.*rejected: \/v1\/traces/);
  });
});
