import { createServer, type IncomingMessage, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { listenOnFreePort } from "./local-server.js";
import { decodeTraceRequest, decodeTraceRequestJson, type ReceivedSpan } from "./otlp.js";

/**
 * A tiny OTLP/HTTP collector for the tracing checks: it takes trace exports at `/v1/traces`
 * (protobuf, the OTLP default, or JSON; gzip or not) and keeps their spans. Metrics and logs
 * exports are answered and dropped, so a service that exports them too sees no errors.
 */
export interface OtlpReceiver {
  /** The value for OTEL_EXPORTER_OTLP_ENDPOINT (the SDK appends /v1/traces). */
  endpoint: string;
  spans(): readonly ReceivedSpan[];
  /** What arrived, for failure messages: export counts per path and decoding errors. */
  describeTraffic(): string;
  close(): Promise<void>;
}

const PATHS = ["/v1/traces", "/v1/metrics", "/v1/logs"];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return /gzip/i.test(req.headers["content-encoding"] ?? "") ? gunzipSync(body) : body;
}

function decodeSpans(body: Buffer, contentType: string): ReceivedSpan[] {
  if (/json/i.test(contentType)) return decodeTraceRequestJson(body.toString("utf8"));
  if (/protobuf/i.test(contentType)) return decodeTraceRequest(body);
  throw new Error(`unsupported Content-Type ${JSON.stringify(contentType)}`);
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const exports = new Map<string, number>();
  const errors: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    exports.set(`${req.method} ${path}`, (exports.get(`${req.method} ${path}`) ?? 0) + 1);
    if (!PATHS.includes(path)) return res.writeHead(404).end();
    if (req.method !== "POST") return res.writeHead(405, { allow: "POST" }).end();
    const contentType = req.headers["content-type"] ?? "";
    try {
      const body = await readBody(req);
      if (path === "/v1/traces") spans.push(...decodeSpans(body, contentType));
    } catch (error) {
      errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      return res.writeHead(400).end();
    }
    // An empty body is an empty Export*ServiceResponse in protobuf; JSON wants an object.
    const json = /json/i.test(contentType);
    res.writeHead(200, { "content-type": json ? "application/json" : "application/x-protobuf" });
    res.end(json ? "{}" : undefined);
  });
  const { origin, close } = await listenOnFreePort(server);
  return {
    endpoint: origin,
    spans: () => spans,
    describeTraffic() {
      const seen = [...exports].map(([request, count]) => `${count} × ${request}`).join(", ");
      const failed = errors.length > 0 ? `; rejected: ${errors.slice(-3).join("; ")}` : "";
      return `the collector received ${seen || "no request"}${failed}`;
    },
    close,
  };
}
