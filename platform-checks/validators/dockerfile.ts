import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describeCommand } from "../exec.js";
import { baseName, findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { failedStep, passedStep, type Step, stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

function isDockerfile(path: string): boolean {
  const name = baseName(path);
  return name === "Dockerfile" || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile");
}

/** The Dockerfile's instructions, continuation lines joined, comments and blank lines dropped. */
export function readInstructions(text: string): { keyword: string; argument: string }[] {
  const logical = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  return logical.map((line) => {
    const [keyword = "", ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), argument: rest.join(" ") };
  });
}

const ROOT_USERS = new Set(["root", "0"]);

/**
 * The rule that hadolint has no rule for: the image the last stage builds runs as a
 * non-root user. hadolint's DL3002 only sees an explicit `USER root`; a Dockerfile with no
 * USER at all runs as root too.
 */
export function checkFinalUser(text: string): string | undefined {
  const instructions = readInstructions(text);
  const lastFrom = instructions.map((item) => item.keyword).lastIndexOf("FROM");
  if (lastFrom < 0) return "no FROM instruction";
  const users = instructions.slice(lastFrom).filter((item) => item.keyword === "USER");
  const user = users.at(-1)?.argument;
  if (user === undefined) return "the final stage sets no USER, so the container runs as root";
  const name = user.split(":")[0] ?? "";
  if (ROOT_USERS.has(name)) return `the final stage's last USER is ${user}`;
  return undefined;
}

export const dockerfileValidator: Validator = {
  id: "dockerfile",
  title: "Dockerfile",
  inputs: "Dockerfile",
  tools: ["hadolint"],
  findFiles: (project) => findProjectFiles(project, isDockerfile),
  async validate(context) {
    const hadolint = requireTool(context, "hadolint");
    // Every rule counts, style included; a .hadolint.yaml in the project is honoured as users'.
    const args = ["--no-color", "--failure-threshold", "style", ...context.files];
    const run = await runTool(hadolint, args, { cwd: context.project });
    const steps: Step[] = [
      stepFromRun(
        "hadolint (all rules, failure threshold style)",
        describeCommand("hadolint", args),
        run,
      ),
    ];
    for (const file of context.files) {
      const problem = checkFinalUser(await readFile(join(context.project, file), "utf8"));
      const check = `${file}: the final stage runs as a non-root USER`;
      steps.push(problem ? failedStep(check, problem) : passedStep(check));
    }
    return summarizeSteps(steps);
  },
};
