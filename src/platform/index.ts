import type { ServiceModel } from "../engine/model.js";
import type { FileEntry } from "../engine/types.js";
import type { CiTarget, DeployTarget } from "../spec/schema.js";
import { createTemplateFolder } from "./template-folder.js";

type Condition = (model: ServiceModel) => boolean;

const ci =
  (target: CiTarget): Condition =>
  (model) =>
    model.features.ci.includes(target);
const deploy =
  (target: DeployTarget): Condition =>
  (model) =>
    model.features.deploy.includes(target);
const deploying: Condition = (model) => model.features.deploy.length > 0;
const metrics: Condition = (model) => model.features.metrics;
const tracing: Condition = (model) => model.features.tracing;

const when = (condition: Condition, templates: readonly string[]): FileEntry[] =>
  templates.map((template) => ({ template, when: condition }));

const KUBERNETES = "deploy/kubernetes";
const HELM = "deploy/helm";
const CHART = `${HELM}/__service.kebab__`;
const ENVIRONMENTS = ["dev", "staging", "prod"];

/**
 * Stack-independent files, fed by the stack descriptor's commands and pipeline through the
 * view model: the project's basics, the container and compose files, the CI/CD pipelines the
 * spec lists, Kubernetes manifests and a Helm chart, the observability profile and a
 * Terraform starting point. A new stack gets all of them by describing itself.
 */
export const PLATFORM_FILES: readonly FileEntry[] = [
  { template: ".dockerignore.eta" },
  { template: ".editorconfig" },
  { template: ".env.example.eta" },
  { template: ".gitignore.eta" },
  { template: "docker-compose.yml.eta" },
  { template: "entrypoint.sh.eta", executable: true },
  { template: "Makefile.eta" },
  { template: "README.md.eta" },
  { template: ".github/workflows/ci.yml.eta", when: ci("github") },
  {
    template: ".github/workflows/deploy.yml.eta",
    when: (model) => ci("github")(model) && deploying(model),
  },
  { template: ".gitlab-ci.yml.eta", when: ci("gitlab") },
  { template: "Jenkinsfile.eta", when: ci("jenkins") },
  { template: "deploy.sh.eta", executable: true, when: deploying },
  ...when(
    deploy("kubernetes"),
    [
      "configmap",
      "deployment",
      "hpa",
      "ingress",
      "kustomization",
      "migration-job",
      "pdb",
      "secret.example",
      "service",
    ].map((name) => `${KUBERNETES}/base/${name}.yaml.eta`),
  ),
  ...when(
    deploy("kubernetes"),
    ENVIRONMENTS.flatMap((environment) =>
      ["deployment-patch", "hpa-patch", "kustomization"].map(
        (name) => `${KUBERNETES}/overlays/${environment}/${name}.yaml.eta`,
      ),
    ),
  ),
  ...when(deploy("helm"), [
    `${CHART}/.helmignore`,
    `${CHART}/Chart.yaml.eta`,
    `${CHART}/values.schema.json.eta`,
    `${CHART}/values.yaml.eta`,
    ...[
      "_helpers.tpl",
      "NOTES.txt",
      "configmap.yaml",
      "deployment.yaml",
      "hpa.yaml",
      "ingress.yaml",
      "migration-job.yaml",
      "pdb.yaml",
      "service.yaml",
      "tests/test-ready.yaml",
    ].map((name) => `${CHART}/templates/${name}`),
    ...ENVIRONMENTS.map((environment) => `${CHART}/values-${environment}.yaml.eta`),
  ]),
  ...when(tracing, ["observability/otel-collector.yaml"]),
  ...when(metrics, [
    "observability/prometheus.yml.eta",
    "observability/grafana/dashboards/service.json.eta",
    "observability/grafana/provisioning/dashboards/dashboards.yaml",
    "observability/grafana/provisioning/datasources/prometheus.yaml",
  ]),
  ...when(deploying, [
    "infra/terraform/README.md.eta",
    "infra/terraform/main.tf",
    "infra/terraform/outputs.tf",
    "infra/terraform/variables.tf.eta",
    "infra/terraform/versions.tf",
  ]),
];

export const platformTemplates = createTemplateFolder(new URL("./templates/", import.meta.url));
