/**
 * OpenTelemetry, loaded before the service with `node --import ./dist/telemetry.js`, so its
 * hooks are in place before express and pg are imported. It is on when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; the SDK reads the other OTEL_* variables itself
 * (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_BSP_SCHEDULE_DELAY, ...).
 */
import { register } from "node:module";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { createAddHookMessageChannel } from "import-in-the-middle";
import { nameRequestSpan } from "./observability/tracing.js";

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register("import-in-the-middle/hook.mjs", import.meta.url, registerOptions);
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({ applyCustomAttributesOnSpan: nameRequestSpan }),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  // Spans still buffered are exported before the process exits.
  process.once("beforeExit", () => void sdk.shutdown());
  await waitForAllMessagesAcknowledged();
}
