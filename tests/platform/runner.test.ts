import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { generatePlatformProject } from "../../platform-checks/project.js";
import {
  countsAsFailure,
  createPlatformReport,
  formatSummary,
  formatValidatorLine,
  type ValidatorReport,
  writePlatformReport,
} from "../../platform-checks/report.js";
import { runValidator, runValidators } from "../../platform-checks/runner.js";
import { VALIDATORS } from "../../platform-checks/validators/index.js";
import { STACKS } from "../../src/stacks/registry.js";
import { createTempDir } from "../helpers.js";

function sampleReport(status: ValidatorReport["status"]): ValidatorReport {
  return {
    id: "dockerfile",
    title: "Dockerfile",
    status,
    passed: status === "passed",
    tools:
      status === "skipped"
        ? []
        : [
            {
              name: "hadolint",
              version: "2.15.1",
              source: "PyPI",
              install: { cached: true, durationMs: 1 },
            },
          ],
    files: status === "skipped" ? [] : ["Dockerfile"],
    checks: status === "skipped" ? [] : ["hadolint"],
    detail: status === "skipped" ? "skipped: no files (expects Dockerfile)" : "",
    durationMs: 12,
  };
}

describe("platform runner", () => {
  const empty = createTempDir("microforge-platform-empty-");
  afterAll(() => empty.remove());

  it("skips every validator on a project without platform files, installing nothing", async () => {
    const reports = await runValidators(VALIDATORS, empty.path);
    expect(reports.map((report) => report.status)).toEqual(VALIDATORS.map(() => "skipped"));
    for (const report of reports) {
      expect(report.passed).toBe(false);
      expect(report.tools).toEqual([]);
      expect(report.detail).toMatch(/^skipped: no files \(expects .+\)$/);
    }
  });

  it("fails a validator that throws instead of passing it", async () => {
    const report = await runValidator(
      {
        id: "broken",
        title: "broken",
        inputs: "anything",
        tools: [],
        findFiles: async () => ["file"],
        validate: async () => {
          throw new Error("boom");
        },
      },
      empty.path,
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("boom");
  });
});

describe("platform report", () => {
  it("counts skipped as a failure only with --require-all", () => {
    expect(countsAsFailure(sampleReport("skipped"), false)).toBe(false);
    expect(countsAsFailure(sampleReport("skipped"), true)).toBe(true);
    expect(countsAsFailure(sampleReport("failed"), false)).toBe(true);
    expect(countsAsFailure(sampleReport("passed"), true)).toBe(false);
  });

  it("prints one line per validator with the tool and its version, skipped made explicit", () => {
    expect(formatValidatorLine("python-fastapi", sampleReport("passed"), false)).toMatch(
      /^pass {2}python-fastapi {2}dockerfile +hadolint 2\.15\.1 +1 file, 1 check {2}0\.0 s$/,
    );
    expect(formatValidatorLine("python-fastapi", sampleReport("skipped"), false)).toMatch(
      /^skip .*skipped: no files \(expects Dockerfile\)/,
    );
    expect(formatValidatorLine("python-fastapi", sampleReport("skipped"), true)).toMatch(/^FAIL /);
  });

  it("writes conformance-report/platform-<stack>.json with a summary and the tools", async () => {
    const folder = createTempDir("microforge-platform-report-");
    try {
      const report = createPlatformReport({
        stack: "demo",
        requireAll: false,
        kubernetesVersions: ["1.34.0"],
        timings: { generate: 5, total: 50 },
        validators: [sampleReport("passed"), sampleReport("skipped")],
      });
      expect(report.passed).toBe(true);
      expect(formatSummary(report)).toContain("demo: 1 passed, 0 failed, 1 skipped");
      const path = await writePlatformReport(report, folder.path);
      expect(path).toMatch(/platform-demo\.json$/);
      const written = JSON.parse(readFileSync(path, "utf8")) as typeof report;
      expect(written.tools).toEqual([
        expect.objectContaining({ name: "hadolint", version: "2.15.1" }),
      ]);
      expect(written.validators.map((validator) => validator.status)).toEqual([
        "passed",
        "skipped",
      ]);
      expect(createPlatformReport({ ...report, requireAll: true }).passed).toBe(false);
    } finally {
      folder.remove();
    }
  });
});

describe("platform project", () => {
  it.each(STACKS.map((stack) => stack.id))(
    "generates %s with every CI and deploy target on",
    async (id) => {
      const stack = STACKS.find((candidate) => candidate.id === id);
      if (!stack) throw new Error(id);
      const project = await generatePlatformProject(stack, STACKS);
      try {
        const answers = readFileSync(`${project.root}/microforge.yaml`, "utf8");
        expect(answers).toMatch(/ci:\n\s+- github\n\s+- gitlab\n\s+- jenkins/);
        expect(answers).toMatch(/deploy:\n\s+- kubernetes\n\s+- helm/);
        expect(existsSync(`${project.root}/Dockerfile`)).toBe(true);
      } finally {
        await project.remove();
      }
    },
  );
});
