import { describe, expect, it } from "vitest";
import { helmValidator } from "../../platform-checks/validators/helm.js";
import { breakSample, useSampleProjects, useValidatorTools } from "./helpers.js";
import { CHART, HELM_DEPLOYMENT, helmSample } from "./kubernetes-samples.js";

describe("helm validator (helm lint --strict, helm template, strict Kubernetes schemas)", () => {
  const tools = useValidatorTools(helmValidator);
  const samples = useSampleProjects();

  it("fails a chart with a template error", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      helmValidator,
      helmSample({
        [`${CHART}/templates/deployment.yaml`]: breakSample(
          HELM_DEPLOYMENT,
          "{{ .Values.replicaCount }}",
          "{{ .Values.replicaCount",
        ),
      }),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("helm lint --strict: FAILED");
    expect(report.detail).toContain("helm template: FAILED");
  });

  it("fails values that break values.schema.json", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      helmValidator,
      helmSample({ [`${CHART}/values-prod.yaml`]: "replicaCount: many\n" }),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("values.yaml + values-prod.yaml): helm lint --strict: FAILED");
    expect(report.detail).toMatch(/replicaCount/);
  });

  it("fails a rendered object that breaks the Kubernetes schema", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(
      helmValidator,
      helmSample({
        [`${CHART}/templates/deployment.yaml`]: breakSample(
          HELM_DEPLOYMENT,
          "containerPort: 8000",
          "containerPort: 8000\n              protocoll: TCP",
        ),
      }),
    );
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("'protocoll' was unexpected");
  });

  it("fails a chart without values.schema.json or a helm test hook", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const files = helmSample();
    delete files[`${CHART}/values.schema.json`];
    delete files[`${CHART}/templates/tests/ready.yaml`];
    const report = await samples.validate(helmValidator, files);
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("no values.schema.json");
    expect(report.detail).toContain("no object carries the annotation helm.sh/hook: test");
  });

  it("passes a valid chart with each values file", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(helmValidator, helmSample());
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
    expect(report.checks).toContain(`${CHART} (values.yaml + values-prod.yaml): helm template`);
    expect(report.checks).toContain("4 rendered objects valid against Kubernetes 1.34.0 (strict)");
  });
});
