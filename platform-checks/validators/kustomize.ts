import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describeCommand } from "../exec.js";
import { findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { type RenderedManifest, validateRenderedObjects } from "./kubernetes-objects.js";
import { failedStep, type Step, stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const ROOT = "deploy/kubernetes";
export const OVERLAYS = ["dev", "staging", "prod"] as const;
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

function hasKustomization(folder: string): boolean {
  return KUSTOMIZATION_FILES.some((name) => existsSync(join(folder, name)));
}

/** The required overlays, then any other overlay the project has. */
async function listOverlays(project: string): Promise<string[]> {
  const folder = join(project, ROOT, "overlays");
  const present = existsSync(folder)
    ? (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const extra = present.filter((name) => !(OVERLAYS as readonly string[]).includes(name)).sort();
  return [...OVERLAYS, ...extra];
}

export const kustomizeValidator: Validator = {
  id: "kubernetes",
  title: "Kubernetes manifests (kustomize)",
  inputs: `${ROOT}/base, ${ROOT}/overlays/{${OVERLAYS.join(",")}}`,
  tools: ["kustomize", "kubernetes-validate"],
  findFiles: (project) => findProjectFiles(project, (path) => path.startsWith(`${ROOT}/`)),
  async validate(context) {
    const kustomize = requireTool(context, "kustomize");
    const validator = requireTool(context, "kubernetes-validate");
    const targets = [
      "base",
      ...(await listOverlays(context.project)).map((name) => `overlays/${name}`),
    ];
    const steps: Step[] = [];
    const manifests: RenderedManifest[] = [];
    for (const target of targets) {
      const folder = `${ROOT}/${target}`;
      if (!hasKustomization(join(context.project, folder))) {
        steps.push(
          failedStep(`${folder}: has a kustomization`, `no kustomization.yaml in ${folder}`),
        );
        continue;
      }
      const args = ["build", folder];
      const run = await runTool(kustomize, args, { cwd: context.project });
      const step = stepFromRun(
        `${folder}: kustomize build`,
        describeCommand("kustomize", args),
        run,
      );
      steps.push(step);
      if (step.passed) manifests.push({ label: folder, yaml: run.stdout });
    }
    steps.push(...(await validateRenderedObjects(validator, manifests, context.scratch)));
    return summarizeSteps(steps);
  },
};
