import type { Spec } from "../spec/schema.js";
import type { PipelineCommand, StackPipeline } from "../stacks/types.js";
import {
  ACTIONS,
  describeToolchain,
  PIPELINE_IMAGES,
  type Toolchain,
  type WorkflowStep,
} from "./toolchains.js";

/** What the CI/CD templates print: the stack's pipeline with its toolchain's facts. */
export interface PipelineModel {
  toolchain: Toolchain;
  lintTools: string | undefined;
  securityScan: PipelineCommand;
  dependencyAudit: PipelineCommand;
  actions: typeof ACTIONS;
  images: typeof PIPELINE_IMAGES;
  /** The toolchain's GitHub Actions steps as YAML list items, indented for a job's steps. */
  githubSetup: string;
  /** How deploy.sh can deploy (kustomize, helm: what the spec generates), and does by default. */
  deployMethods: DeployMethod[];
  deployMethod: DeployMethod | undefined;
}

/** A job's steps are indented by six spaces in the generated workflows. */
const STEP_INDENT = 6;

type DeployMethod = "kustomize" | "helm";

export function describePipeline(pipeline: StackPipeline, spec: Spec): PipelineModel {
  const toolchain = describeToolchain(pipeline.toolchain);
  const deployMethods = spec.features.deploy.map(
    (target): DeployMethod => (target === "kubernetes" ? "kustomize" : "helm"),
  );
  return {
    toolchain,
    lintTools: pipeline.lintTools,
    securityScan: pipeline.securityScan,
    dependencyAudit: pipeline.dependencyAudit,
    actions: ACTIONS,
    images: PIPELINE_IMAGES,
    githubSetup: toolchain.githubSteps
      .map((step) => printStep(step, STEP_INDENT))
      .join("")
      .trimEnd(),
    deployMethods,
    // The chart runs the migrations as a hook and waits for the rollout: the default when there.
    deployMethod: deployMethods.includes("helm") ? "helm" : deployMethods[0],
  };
}

/** One workflow step as YAML: `- name:`, then `uses:` or `run:`, then its `with:` inputs. */
export function printStep(step: WorkflowStep, indent: number): string {
  const pad = " ".repeat(indent);
  const lines = [`${pad}- name: ${step.name}\n`];
  if (step.uses) lines.push(`${pad}  uses: ${step.uses}\n`);
  if (step.run) lines.push(`${pad}  run: ${step.run}\n`);
  if (step.with) {
    lines.push(`${pad}  with:\n`);
    for (const [key, value] of Object.entries(step.with)) {
      lines.push(`${pad}    ${key}: ${/^[\w.\-/~]+$/.test(value) ? value : `"${value}"`}\n`);
    }
  }
  return lines.join("");
}
