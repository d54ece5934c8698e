import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeTracingChecks } from "../../conformance/checks/tracing.js";
import { type OtlpReceiver, startOtlpReceiver } from "../../conformance/otlp-receiver.js";
import { CONFORMANCE_JWT } from "../../conformance/tokens.js";
import { startContractServer } from "../fixtures/contract-servers.js";
import { createTracer } from "../fixtures/reference-tracing.js";
import { runCheckAgainst } from "./run-check.js";

/**
 * The tracing checks pass against the reference server exporting OTLP protobuf to the harness's
 * collector, and each fails against a server that gets section 7 wrong in one way.
 */
type Variant = "reference" | "ignores-traceparent" | "silent" | "untraced-database" | "wrong-name";
const SERVICE_NAME = "conformance-service";

const FAILING: Record<string, Variant[]> = {
  "tracing.server-span": ["ignores-traceparent", "silent"],
  "tracing.database-span": ["ignores-traceparent", "silent", "untraced-database"],
  "tracing.service-name": ["silent", "wrong-name"],
};

describe("the tracing checks", () => {
  let receiver: OtlpReceiver;
  const servers = new Map<Variant, Awaited<ReturnType<typeof startContractServer>>>();
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    for (const variant of Object.values(FAILING).flat().concat("reference")) {
      if (servers.has(variant)) continue;
      const tracer =
        variant === "silent"
          ? undefined
          : createTracer({
              endpoint: receiver.endpoint,
              serviceName: variant === "wrong-name" ? "unknown_service:node" : SERVICE_NAME,
              scheduleDelayMs: 50,
              propagate: variant !== "ignores-traceparent",
            });
      const probe = async () => true;
      const isDatabaseUp =
        tracer && variant !== "untraced-database"
          ? () => tracer.traceClient("SELECT", { "db.system.name": "postgresql" }, probe)
          : probe;
      const hooks = { traceRequest: tracer?.traceRequest, isDatabaseUp };
      servers.set(variant, await startContractServer("reference", CONFORMANCE_JWT, { hooks }));
    }
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
    await receiver.close();
  });

  /** Fresh checks per server: each sends its own traced request. */
  const run = (id: string, variant: Variant, timeoutMs: number) => {
    const checks = describeTracingChecks(receiver, { serviceName: SERVICE_NAME, timeoutMs });
    return runCheckAgainst(
      checks.find((check) => check.id === id),
      servers.get(variant)?.baseUrl,
    );
  };

  it.each(Object.entries(FAILING))("%s passes and can fail", async (id, variants) => {
    expect((await run(id, "reference", 5000))?.detail).toBe("");
    for (const variant of variants) {
      const result = await run(id, variant, 600);
      expect(result?.passed, `${id} against ${variant}`).toBe(false);
      expect(result?.detail).toMatch(/trace|service\.name/);
    }
  });
});
