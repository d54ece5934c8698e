import { fileURLToPath } from "node:url";
import { describeCommand } from "../exec.js";
import { baseName, findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const CHECKER = fileURLToPath(new URL("./check-jenkinsfile.groovy", import.meta.url));

/**
 * No Jenkins controller runs here and the pipeline-model-definition plugin (whose validator
 * `declarative-linter` calls) is not on Maven Central, so the Jenkinsfile is compiled by
 * Groovy 2.4 (the line Jenkins runs) and its declarative model is checked by
 * check-jenkinsfile.groovy, which follows that plugin's parser and validator rules.
 */
export const jenkinsfileValidator: Validator = {
  id: "jenkinsfile",
  title: "Jenkinsfile",
  inputs: "Jenkinsfile",
  tools: ["groovy"],
  findFiles: (project) =>
    findProjectFiles(project, (path) => /^Jenkinsfile(\.[\w-]+)?$/.test(baseName(path))),
  async validate(context) {
    const groovy = requireTool(context, "groovy");
    const args = [CHECKER, ...context.files];
    const run = await runTool(groovy, args, { cwd: context.project });
    return summarizeSteps([
      stepFromRun(
        "Groovy 2.4 compile (syntax, semantic analysis) + declarative pipeline model " +
          "(sections, directives, stages, steps, post and when conditions, environment)",
        describeCommand("groovy", ["check-jenkinsfile.groovy", ...context.files]),
        run,
      ),
    ]);
  },
};
