import { describe, expect, it } from "vitest";
import { runConformance } from "../../conformance/harness.js";
import { referenceRegistry, referenceStack } from "../fixtures/reference-stack/index.js";

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
});
