import { randomBytes } from "node:crypto";
import { type Check, type CheckContext, expectEqual, expectThat, sleep } from "../check.js";
import { send } from "../http.js";
import { type ReceivedSpan, SPAN_KIND } from "../otlp.js";
import type { OtlpReceiver } from "../otlp-receiver.js";
import { authorizationFor } from "../tokens.js";
import { createProduct } from "./resources.js";

/**
 * Section 7, against the collector the harness pointed OTEL_EXPORTER_OTLP_ENDPOINT at: one
 * item read with an incoming `traceparent` must show up as a SERVER span continuing that trace,
 * a PostgreSQL CLIENT span in the same trace, and the resource named by OTEL_SERVICE_NAME.
 */
export interface TracingOptions {
  serviceName: string;
  /** How long spans may take to arrive (batching, export); 15 s by default. */
  timeoutMs?: number;
}

interface TracedRequest {
  traceId: string;
  parentSpanId: string;
}

const isDatabaseSpan = (span: ReceivedSpan) =>
  span.kind === SPAN_KIND.client &&
  (span.attributes["db.system"] === "postgresql" ||
    span.attributes["db.system.name"] === "postgresql");

/** Sends one traced GET of an existing product; every tracing check reads the same trace. */
async function sendTracedRequest(context: CheckContext): Promise<TracedRequest> {
  const created = await createProduct(context);
  expectEqual(created.status, 201, "status of the POST that sets up the traced request");
  const id = String((created.json as Record<string, unknown>).id);
  const traced = {
    traceId: randomBytes(16).toString("hex"),
    parentSpanId: randomBytes(8).toString("hex"),
  };
  const response = await send(context.baseUrl, {
    path: `${context.collectionPath}/${id}`,
    headers: {
      ...authorizationFor(context.jwt, ["reader"]),
      traceparent: `00-${traced.traceId}-${traced.parentSpanId}-01`,
    },
  });
  expectEqual(response.status, 200, "status of the traced GET");
  return traced;
}

/** What came instead: the trace's spans, or else the latest SERVER spans (a trace not continued?). */
function describeTrace(spans: readonly ReceivedSpan[], traceId: string): string {
  const inTrace = spans.filter((span) => span.traceId === traceId);
  const shown =
    inTrace.length > 0 ? inTrace : spans.filter((span) => span.kind === SPAN_KIND.server).slice(-3);
  const listed = shown
    .slice(0, 10)
    .map(
      (span) =>
        `${JSON.stringify(span.name)} kind ${span.kind} trace ${span.traceId} parent ` +
        `${span.parentSpanId || "none"} ${JSON.stringify(span.attributes)}`,
    );
  const which = inTrace.length > 0 ? "" : " (latest SERVER spans)";
  return `${spans.length} spans received, ${inTrace.length} in trace ${traceId}${listed.length > 0 ? `${which}: ${listed.join("; ")}` : ""}`;
}

export function describeTracingChecks(receiver: OtlpReceiver, options: TracingOptions): Check[] {
  let traced: Promise<TracedRequest> | undefined;
  const timeoutMs = options.timeoutMs ?? 15_000;

  /** Sends the traced request once, then polls the collector for a span that matches. */
  async function findSpan(
    context: CheckContext,
    matches: (span: ReceivedSpan, request: TracedRequest) => boolean,
    missing: string,
  ): Promise<ReceivedSpan> {
    traced ??= sendTracedRequest(context);
    const request = await traced;
    const started = performance.now();
    for (;;) {
      const found = receiver.spans().find((span) => matches(span, request));
      if (found) return found;
      if (performance.now() - started > timeoutMs) break;
      await sleep(100);
    }
    throw new Error(
      `${missing} within ${timeoutMs} ms: ${describeTrace(receiver.spans(), request.traceId)}; ` +
        receiver.describeTraffic(),
    );
  }

  return [
    {
      id: "tracing.server-span",
      section: "7",
      title: "a request with traceparent is exported as a SERVER span continuing that trace",
      async run(context) {
        await findSpan(
          context,
          (span, request) =>
            span.traceId === request.traceId &&
            span.kind === SPAN_KIND.server &&
            span.parentSpanId === request.parentSpanId,
          "no SERVER span whose trace and parent are the incoming traceparent's",
        );
      },
    },
    {
      id: "tracing.database-span",
      section: "7",
      title: "the same trace holds a CLIENT span for the PostgreSQL call (db.system(.name))",
      async run(context) {
        await findSpan(
          context,
          (span, request) => span.traceId === request.traceId && isDatabaseSpan(span),
          'no CLIENT span with db.system or db.system.name "postgresql" in the trace',
        );
      },
    },
    {
      id: "tracing.service-name",
      section: "7",
      title: "the exporting resource's service.name is OTEL_SERVICE_NAME",
      async run(context) {
        const span = await findSpan(
          context,
          (candidate, request) => candidate.traceId === request.traceId,
          "no span in the trace",
        );
        const names = receiver
          .spans()
          .filter((candidate) => candidate.traceId === span.traceId)
          .map((candidate) => candidate.resource["service.name"]);
        expectThat(
          names.every((name) => name === options.serviceName),
          `service.name: expected ${JSON.stringify(options.serviceName)} on every span of the trace, got ${JSON.stringify([...new Set(names)])}`,
        );
      },
    },
  ];
}
