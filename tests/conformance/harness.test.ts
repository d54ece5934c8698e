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
        "lifecycle.sigterm",
      ]),
    );
    expect(report.timings.startup).toBeGreaterThan(0);
  }, 120_000);

  it("fails every lifecycle and start-up check against a careless service", async () => {
    const report = await runConformance(carelessStack, {
      registry: referenceRegistry,
      refusalTimeoutMs: 3000,
    });
    const outcome = Object.fromEntries(
      report.checks
        .filter((check) => /^(lifecycle|startup|cors)\./.test(check.id))
        .map((check) => [check.id, check.passed]),
    );
    expect(outcome).toEqual({
      "lifecycle.database-down": false,
      "lifecycle.json-logs": false,
      "lifecycle.sigterm": false,
      "startup.missing-database-url": false,
      "startup.malformed-port": false,
      "cors.preflight": false,
      "startup.short-jwt-secret": false,
    });
  }, 180_000);
});
