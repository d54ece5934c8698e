import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeProject } from "../../src/project/writer.js";
import { renderStack } from "./render.js";

const { files, text } = renderStack("python-fastapi");
const paths = (raw: Record<string, unknown>) => [...files(raw).keys()];

describe("platform files", () => {
  it("follow the CI targets and deploy targets of the spec", () => {
    const all = paths({});
    for (const path of [
      ".github/workflows/ci.yml",
      ".github/workflows/deploy.yml",
      ".gitlab-ci.yml",
      "Jenkinsfile",
      "deploy.sh",
      "deploy/kubernetes/base/deployment.yaml",
      "deploy/kubernetes/overlays/prod/kustomization.yaml",
      "deploy/helm/conformance-service/Chart.yaml",
      "deploy/helm/conformance-service/values.schema.json",
      "deploy/helm/conformance-service/templates/tests/test-ready.yaml",
      "infra/terraform/main.tf",
    ])
      expect(all, path).toContain(path);

    const none = paths({ features: { ci: [], deploy: [] } });
    for (const prefix of [".github/", ".gitlab-ci.yml", "Jenkinsfile", "deploy", "infra/"])
      expect(
        none.filter((path) => path.startsWith(prefix)),
        prefix,
      ).toEqual([]);

    const kustomizeOnly = paths({ features: { ci: ["gitlab"], deploy: ["kubernetes"] } });
    expect(kustomizeOnly.some((path) => path.startsWith("deploy/helm/"))).toBe(false);
    expect(kustomizeOnly.some((path) => path.startsWith(".github/"))).toBe(false);
  });

  it("leave the observability tools out with metrics and tracing", () => {
    const off = paths({ features: { metrics: false, tracing: false } });
    expect(off.filter((path) => path.startsWith("observability/"))).toEqual([]);
    const compose = text({ features: { metrics: false, tracing: false } }, "docker-compose.yml");
    expect(compose).not.toContain("profiles: [observability]");
    expect(text({}, "docker-compose.yml")).toContain("grafana:");
  });

  it("use the spec's coverage gate in every pipeline", () => {
    const raw = { features: { coverage: 91 } };
    expect(text(raw, "pyproject.toml")).toContain("fail_under = 91");
    expect(text(raw, ".github/workflows/ci.yml")).toContain("failing below 91% line coverage");
  });
});

describe("deploy.sh", () => {
  const root = mkdtempSync(join(tmpdir(), "microforge-deploy-sh-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = async (raw: Record<string, unknown>, args: string[]) => {
    const project = join(mkdtempSync(join(root, "project-")), "service");
    await writeProject(renderStack("python-fastapi").render(raw).list(), project);
    return spawnSync("bash", ["deploy.sh", ...args], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, IMAGE: "registry.test/conformance-service" },
    });
  };

  it("explains itself with --help", async () => {
    const result = await run({}, ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: ./deploy.sh <dev|staging|prod> [options]");
  });

  it("refuses a missing environment and an unknown argument with exit 2", async () => {
    expect((await run({}, [])).status).toBe(2);
    expect((await run({}, ["qa"])).status).toBe(2);
    expect((await run({}, ["prod", "--method", "ftp"])).status).toBe(2);
  });

  it("prints, and does not run, a Helm release with --dry-run", async () => {
    const result = await run({}, ["staging", "--tag", "abc123", "--dry-run"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      "+ docker build --tag registry.test/conformance-service:abc123 .",
    );
    expect(result.stdout).toContain(
      "+ helm upgrade --install conformance-service deploy/helm/conformance-service",
    );
    expect(result.stdout).toContain("values-staging.yaml");
  });

  it("applies the migration Job before the rest with kustomize", async () => {
    const result = await run({ features: { deploy: ["kubernetes"] } }, [
      "prod",
      "--tag",
      "abc123",
      "--skip-build",
      "--dry-run",
    ]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    const migrate = lines.findIndex((line) => line.includes("component=migration"));
    const wait = lines.findIndex((line) => line.includes("kubectl wait --for=condition=complete"));
    const rollout = lines.findIndex((line) => line.includes("kubectl rollout status"));
    expect(migrate).toBeGreaterThan(-1);
    expect(wait).toBeGreaterThan(migrate);
    expect(rollout).toBeGreaterThan(wait);
    expect(result.stdout).not.toContain("docker build");
  });
});
