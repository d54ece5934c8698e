import { describe, expect, it } from "vitest";
import { actionlintValidator } from "../../platform-checks/validators/actionlint.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  name: ci
  on:
    push:
      branches: [main]
    pull_request:
  jobs:
    test:
      runs-on: ubuntu-24.04
      services:
        postgres:
          image: postgres:17
          env:
            POSTGRES_PASSWORD: postgres
          ports: ["5432:5432"]
      steps:
        - uses: actions/checkout@v4
        - uses: actions/setup-python@v5
          with:
            python-version: "3.12"
            cache: pip
        - name: Test
          run: |
            pip install --requirement requirements.txt
            pytest --cov --cov-fail-under="\${COVERAGE_THRESHOLD}"
          env:
            COVERAGE_THRESHOLD: "80"
            DATABASE_URL: postgresql://postgres:postgres@localhost:5432/postgres
    deploy:
      needs: test
      if: github.ref == 'refs/heads/main'
      runs-on: ubuntu-24.04
      environment: production
      steps:
        - run: echo "deploying \${{ github.sha }}"
`);

describe("github-actions validator (actionlint with shellcheck)", () => {
  const tools = useValidatorTools(actionlintValidator);
  const samples = useSampleProjects();
  const workflow = ".github/workflows/ci.yml";

  it("fails a workflow with an unknown key", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(actionlintValidator, {
      [workflow]: breakSample(GOOD, "runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain('unexpected key "runs_on"');
  });

  it("fails a bad expression", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(actionlintValidator, {
      [workflow]: breakSample(GOOD, "github.ref == 'refs/heads/main'", "github.reff == 'main'"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain('property "reff" is not defined');
  });

  it("fails a run: script that shellcheck rejects", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(actionlintValidator, {
      [workflow]: breakSample(
        GOOD,
        `--cov-fail-under="\${COVERAGE_THRESHOLD}"`,
        "--cov-fail-under=$COVERAGE_THRESHOLD",
      ),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("SC2086");
  });

  it("passes a valid workflow", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(actionlintValidator, { [workflow]: GOOD });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
  });
});
