import { describe, expect, it } from "vitest";
import {
  checkFinalUser,
  dockerfileValidator,
} from "../../platform-checks/validators/dockerfile.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  FROM python:3.12.8-slim-bookworm AS build
  WORKDIR /app
  COPY requirements.txt ./
  RUN pip install --no-cache-dir --requirement requirements.txt

  FROM python:3.12.8-slim-bookworm
  WORKDIR /app
  COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
  COPY app ./app
  USER 10001:10001
  ENTRYPOINT ["python", "-m", "app"]
`);

describe("final-stage USER rule", () => {
  it("accepts a numeric non-root user in the last stage", () => {
    expect(checkFinalUser(GOOD)).toBeUndefined();
  });

  it("rejects a Dockerfile without USER, or whose USER is only in an earlier stage", () => {
    expect(checkFinalUser("FROM a:1\nRUN true\n")).toMatch(/sets no USER/);
    expect(checkFinalUser('FROM a:1 AS b\nUSER 1000\nFROM c:1\nCMD ["x"]\n')).toMatch(/no USER/);
  });

  it("rejects root by name or id, with a group, and across continuation lines", () => {
    expect(checkFinalUser("FROM a:1\nUSER 10001\nUSER root\n")).toMatch(/USER is root/);
    expect(checkFinalUser("FROM a:1\nUSER \\\n  0:0\n")).toMatch(/USER is 0:0/);
  });
});

describe("dockerfile validator (hadolint)", () => {
  const tools = useValidatorTools(dockerfileValidator);
  const samples = useSampleProjects();

  it("fails a Dockerfile with FROM x:latest and no USER", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(dockerfileValidator, {
      Dockerfile: 'FROM python:latest\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("DL3007");
    expect(report.detail).toContain("sets no USER");
    expect(report.tools).toEqual([
      expect.objectContaining({ name: "hadolint", version: "2.15.1" }),
    ]);
  });

  it("fails on a style-level finding too (hadolint alone exits 0 on those)", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(dockerfileValidator, {
      Dockerfile: breakSample(GOOD, "COPY app ./app", "COPY app ./app\nLABEL My_Label=1"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("DL3048 style");
  });

  it("passes a pinned multi-stage Dockerfile with a non-root user", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(dockerfileValidator, { Dockerfile: GOOD });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
    expect(report.files).toEqual(["Dockerfile"]);
  });
});
