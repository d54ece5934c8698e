import { describe, expect, it } from "vitest";
import { kustomizeValidator } from "../../platform-checks/validators/kustomize.js";
import { breakSample, useSampleProjects, useValidatorTools } from "./helpers.js";
import { DEPLOYMENT, kustomizeSample } from "./kubernetes-samples.js";

describe("kubernetes validator (kustomize build + strict Kubernetes schemas)", () => {
  const tools = useValidatorTools(kustomizeValidator);
  const samples = useSampleProjects();

  it("fails a Deployment with a field of the wrong type", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      kustomizeValidator,
      kustomizeSample(breakSample(DEPLOYMENT, "containerPort: 8000", 'containerPort: "http"')),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("'http' is not of type 'integer'");
  });

  it("fails an unknown field (strict mode)", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      kustomizeValidator,
      kustomizeSample(breakSample(DEPLOYMENT, "readinessProbe:", "readinesProbe:")),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("'readinesProbe' was unexpected");
  });

  it("fails an object whose kind has no schema (a misspelt apiVersion)", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      kustomizeValidator,
      kustomizeSample(breakSample(DEPLOYMENT, "apiVersion: apps/v1", "apiVersion: app/v1")),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("Couldn't find schema");
  });

  it("fails when kustomize cannot build an overlay, or an overlay is missing", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const files = kustomizeSample();
    files["deploy/kubernetes/overlays/staging/kustomization.yaml"] = breakSample(
      files["deploy/kubernetes/overlays/staging/kustomization.yaml"] ?? "",
      "../../base",
      "../../bsae",
    );
    delete files["deploy/kubernetes/overlays/prod/kustomization.yaml"];
    const report = await samples.validate(kustomizeValidator, files);
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("deploy/kubernetes/overlays/staging: kustomize build: FAILED");
    expect(report.detail).toContain("no kustomization.yaml in deploy/kubernetes/overlays/prod");
  });

  it("passes a valid base and its three overlays", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(kustomizeValidator, kustomizeSample());
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
    expect(report.checks).toEqual([
      "deploy/kubernetes/base: kustomize build",
      "deploy/kubernetes/overlays/dev: kustomize build",
      "deploy/kubernetes/overlays/staging: kustomize build",
      "deploy/kubernetes/overlays/prod: kustomize build",
      "8 rendered objects valid against Kubernetes 1.34.0 (strict)",
      "8 rendered objects valid against Kubernetes 1.37.0 (strict)",
    ]);
    expect(report.tools.map((tool) => `${tool.name} ${tool.version}`)).toEqual([
      "kustomize 5.8.1",
      "kubernetes-validate 1.37.0",
    ]);
  });
});
