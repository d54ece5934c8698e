import { describe, expect, it } from "vitest";
import { runConformance } from "../../conformance/harness.js";
import {
  carelessStack,
  referenceRegistry,
  referenceStack,
} from "../fixtures/reference-stack/index.js";

describe("the conformance harness, end to end", () => {
  it("runs every step and check against the reference service and passes", async () => {
    const report = await runConformance(referenceStack, { registry: referenceRegistry });
    const failures = report.checks
      .filter((check) => !check.passed)
      .map((check) => `${check.id}: ${check.detail}`);
    expect(failures).toEqual([]);
    expect(report.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining([
        "project.install",
        "project.test",
        "project.start",
        "lifecycle.database-down",
        "logs.no-secrets",
        "lifecycle.sigterm",
        "tracing.server-span",
        "tracing.database-span",
        "tracing.service-name",
        "auth.jwks-rs256",
        "auth.jwks-es256",
        "auth.jwks-unknown-kid",
        "auth.jwks-key-type-mismatch",
        "auth.jwks-algorithm-confusion",
        "auth.jwks-no-hs256-fallback",
        "auth.leeway-expired-within",
        "auth.leeway-not-before-within",
        "auth.leeway-expired-beyond",
      ]),
    );
    expect(report.timings.startup).toBeGreaterThan(0);
    expect(report.timings.restartWithJwks).toBeGreaterThan(0);
  }, 120_000);

  it("fails every lifecycle, start-up and tracing check against a careless service", async () => {
    const report = await runConformance(carelessStack, {
      registry: referenceRegistry,
      refusalTimeoutMs: 3000,
      telemetryTimeoutMs: 1500,
    });
    const outcome = Object.fromEntries(
      report.checks
        .filter((check) =>
          /^(lifecycle|logs|startup|cors|tracing|auth\.(jwks|leeway))/.test(check.id),
        )
        .map((check) => [check.id, check.passed]),
    );
    expect(outcome).toEqual({
      "lifecycle.database-down": false,
      "lifecycle.json-logs": false,
      "logs.no-secrets": false,
      "lifecycle.sigterm": false,
      "tracing.server-span": false,
      "tracing.database-span": false,
      "tracing.service-name": false,
      "startup.missing-database-url": false,
      "startup.malformed-port": false,
      "cors.preflight": false,
      "startup.short-jwt-secret": false,
      // The careless service checks no token: valid ones pass, every rejection fails.
      "auth.jwks-rs256": true,
      "auth.jwks-es256": true,
      "auth.jwks-unknown-kid": false,
      "auth.jwks-key-type-mismatch": false,
      "auth.jwks-algorithm-confusion": false,
      "auth.jwks-no-hs256-fallback": false,
      "auth.leeway-expired-within": true,
      "auth.leeway-not-before-within": true,
      "auth.leeway-expired-beyond": false,
    });
  }, 180_000);
});
