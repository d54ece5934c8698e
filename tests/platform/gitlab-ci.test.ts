import { describe, expect, it } from "vitest";
import { gitlabCiValidator } from "../../platform-checks/validators/json-schema.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  stages: [build, test]
  variables:
    PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  build:
    stage: build
    image: python:3.12-slim
    script:
      - pip install --requirement requirements.txt
    cache:
      key: pip
      paths: [.cache/pip]
  test:
    stage: test
    image: python:3.12-slim
    services:
      - name: postgres:17
        alias: db
    script: [pytest]
    rules:
      - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`);

describe("gitlab-ci validator (GitLab CI JSON schema)", () => {
  const tools = useValidatorTools(gitlabCiValidator);
  const samples = useSampleProjects();

  it("fails a job with a misspelt keyword", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(gitlabCiValidator, {
      ".gitlab-ci.yml": breakSample(GOOD, "script: [pytest]", "scripts: [pytest]"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("'scripts' was unexpected");
  });

  it("fails a keyword with a value of the wrong shape", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(gitlabCiValidator, {
      ".gitlab-ci.yml": breakSample(GOOD, "key: pip", "key: {files: pip}"),
    });
    expect(report.status).toBe("failed");
  });

  it("passes a valid pipeline", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(gitlabCiValidator, { ".gitlab-ci.yml": GOOD });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
  });
});
