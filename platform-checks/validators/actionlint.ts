import { describeCommand } from "../exec.js";
import { findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

export const actionlintValidator: Validator = {
  id: "github-actions",
  title: "GitHub Actions workflows",
  inputs: ".github/workflows/*.yml",
  tools: ["actionlint", "shellcheck"],
  findFiles: (project) =>
    findProjectFiles(project, (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)),
  async validate(context) {
    const actionlint = requireTool(context, "actionlint");
    const shellcheck = requireTool(context, "shellcheck");
    // The pinned shellcheck checks every `run:` script; pyflakes is off so the result does not
    // depend on what else the machine has on PATH.
    const args = [
      "-no-color",
      "-oneline",
      `-shellcheck=${shellcheck.command.file}`,
      "-pyflakes=",
      ...context.files,
    ];
    const run = await runTool(actionlint, args, { cwd: context.project });
    return summarizeSteps([
      stepFromRun(
        "actionlint (syntax, expressions, action inputs, shellcheck on run: scripts)",
        describeCommand("actionlint", args),
        run,
      ),
    ]);
  },
};
