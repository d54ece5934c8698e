import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { describeCommand } from "../exec.js";
import { findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import {
  KUBERNETES_VERSIONS,
  type RenderedManifest,
  validateRenderedObjects,
} from "./kubernetes-objects.js";
import { failedStep, passedStep, type Step, stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const ROOT = "deploy/helm";

/** Each folder under deploy/helm is a chart. */
async function listCharts(project: string): Promise<string[]> {
  const entries = await readdir(join(project, ROOT), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => posix.join(ROOT, entry.name))
    .sort();
}

/** The chart's values.yaml alone, then with each values-<environment>.yaml beside it. */
async function listValueSets(chartFolder: string): Promise<{ label: string; files: string[] }[]> {
  const extra = (await readdir(chartFolder))
    .filter((name) => /^values-[\w.-]+\.ya?ml$/.test(name))
    .sort();
  return [
    { label: "values.yaml", files: [] },
    ...extra.map((name) => ({ label: `values.yaml + ${name}`, files: [join(chartFolder, name)] })),
  ];
}

const HELM_TEST_HOOK = /^\s*["']?helm\.sh\/hook["']?\s*:\s*["']?[\w,-]*\btest\b/m;

export const helmValidator: Validator = {
  id: "helm",
  title: "Helm chart",
  inputs: `${ROOT}/<service>/`,
  tools: ["helm", "kubernetes-validate"],
  findFiles: (project) => findProjectFiles(project, (path) => path.startsWith(`${ROOT}/`)),
  async validate(context) {
    const helm = requireTool(context, "helm");
    const validator = requireTool(context, "kubernetes-validate");
    // Helm's own folders live in the scratch folder, not in the user's home.
    const home = join(context.scratch, "helm-home");
    await mkdir(home, { recursive: true });
    const env = {
      ...process.env,
      HELM_CACHE_HOME: join(home, "cache"),
      HELM_CONFIG_HOME: join(home, "config"),
      HELM_DATA_HOME: join(home, "data"),
    };
    const kubeVersion = KUBERNETES_VERSIONS[0];
    const steps: Step[] = [];
    const manifests: RenderedManifest[] = [];
    for (const chart of await listCharts(context.project)) {
      const chartFolder = join(context.project, chart);
      const schemaCheck = `${chart}: has values.schema.json (helm validates values against it)`;
      steps.push(
        existsSync(join(chartFolder, "values.schema.json"))
          ? passedStep(schemaCheck)
          : failedStep(schemaCheck, "no values.schema.json: values would go unchecked"),
      );
      const release = posix.basename(chart);
      for (const values of await listValueSets(chartFolder)) {
        const valueArgs = values.files.flatMap((file) => ["--values", file]);
        const lintArgs = ["lint", "--strict", "--kube-version", kubeVersion, chart, ...valueArgs];
        const lint = await runTool(helm, lintArgs, { cwd: context.project, env });
        steps.push(
          stepFromRun(
            `${chart} (${values.label}): helm lint --strict`,
            describeCommand("helm", lintArgs),
            lint,
          ),
        );
        const templateArgs = [
          "template",
          release,
          chart,
          "--kube-version",
          kubeVersion,
          ...valueArgs,
        ];
        const rendered = await runTool(helm, templateArgs, { cwd: context.project, env });
        const renderStep = stepFromRun(
          `${chart} (${values.label}): helm template`,
          describeCommand("helm", templateArgs),
          rendered,
        );
        steps.push(renderStep);
        if (!renderStep.passed) continue;
        const testCheck = `${chart} (${values.label}): renders a helm test hook`;
        steps.push(
          HELM_TEST_HOOK.test(rendered.stdout)
            ? passedStep(testCheck)
            : failedStep(testCheck, "no object carries the annotation helm.sh/hook: test"),
        );
        manifests.push({ label: `${chart} (${values.label})`, yaml: rendered.stdout });
      }
    }
    steps.push(...(await validateRenderedObjects(validator, manifests, context.scratch)));
    return summarizeSteps(steps);
  },
};
