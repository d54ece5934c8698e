import { cp } from "node:fs/promises";
import { join } from "node:path";
import { describeCommand } from "../exec.js";
import { findProjectFiles } from "../files.js";
import { type InstalledTool, runTool } from "../tools/index.js";
import { type Step, stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const ROOT = "infra/terraform";

/** The providers a configuration requires, as `terraform providers` lists them. */
export function listRequiredProviders(output: string): string[] {
  return [...output.matchAll(/provider\[([^\]]+)\]/g)].map((match) => match[1] ?? "").sort();
}

/**
 * `terraform fmt -check`, then the configuration loaded by `terraform providers`; when it
 * needs no provider, `terraform init -backend=false` and `terraform validate` too. Providers
 * come from a registry this machine cannot reach, so a configuration that needs one is
 * checked up to loading and the report says validate did not run.
 */
export const terraformValidator: Validator = {
  id: "terraform",
  title: "Terraform",
  inputs: `${ROOT}/*.tf`,
  tools: ["terraform"],
  findFiles: (project) =>
    findProjectFiles(project, (path) => path.startsWith(`${ROOT}/`) && path.endsWith(".tf")),
  async validate(context) {
    const terraform = requireTool(context, "terraform");
    // A copy, so init leaves no .terraform folder or lock file in the project.
    const workdir = join(context.scratch, "terraform");
    await cp(join(context.project, ROOT), workdir, { recursive: true });
    const run = async (check: string, args: string[]) => {
      const result = await runTool(terraform, args, {
        cwd: workdir,
        env: { ...process.env, TF_DATA_DIR: join(context.scratch, "terraform-data") },
      });
      return { result, step: stepFromRun(check, describeCommand(terraform.name, args), result) };
    };
    const steps: Step[] = [];
    const notes: string[] = [];
    const name = terraform.name;
    steps.push(
      (await run(`${name} fmt -check`, ["fmt", "-check", "-recursive", "-diff", "-no-color"])).step,
    );
    const providers = await run(`${name} providers (loads the configuration)`, [
      "providers",
      "-no-color",
    ]);
    steps.push(providers.step);
    if (providers.step.passed) {
      const required = listRequiredProviders(providers.result.stdout);
      if (required.length === 0) {
        const init = await run(`${name} init -backend=false`, [
          "init",
          "-backend=false",
          "-input=false",
          "-no-color",
        ]);
        steps.push(init.step);
        if (init.step.passed)
          steps.push((await run(`${name} validate`, ["validate", "-no-color"])).step);
      } else {
        notes.push(describeSkippedValidate(terraform, required));
      }
    }
    return summarizeSteps(steps, notes);
  },
};

function describeSkippedValidate(terraform: InstalledTool, required: string[]): string {
  return (
    `note: ${terraform.name} validate did not run: the configuration requires ` +
    `${required.join(", ")}, which init would download from a registry this machine cannot reach`
  );
}
