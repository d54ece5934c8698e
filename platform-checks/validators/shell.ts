import { open } from "node:fs/promises";
import { join } from "node:path";
import { describeCommand } from "../exec.js";
import { listProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const SHELL_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?\S*\b(?:sh|bash|dash|ksh|busybox)\b/;

async function readFirstLine(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(128);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
  } finally {
    await handle.close();
  }
}

/** Shell scripts: `*.sh` and `*.bash` files, and extensionless files with a shell shebang. */
async function findShellScripts(project: string): Promise<string[]> {
  const scripts: string[] = [];
  for (const path of await listProjectFiles(project)) {
    if (/\.(sh|bash)$/.test(path)) scripts.push(path);
    else if (!/\.[^/]+$/.test(path) && SHELL_SHEBANG.test(await readFirstLine(join(project, path))))
      scripts.push(path);
  }
  return scripts;
}

export const shellValidator: Validator = {
  id: "shell",
  title: "shell scripts",
  inputs: "entrypoint.sh, deploy.sh, *.sh",
  tools: ["shellcheck"],
  findFiles: findShellScripts,
  async validate(context) {
    const shellcheck = requireTool(context, "shellcheck");
    // shellcheck takes each script's dialect from its shebang (a script without one fails).
    const args = [
      "--format=gcc",
      "--external-sources",
      "--source-path=SCRIPTDIR",
      ...context.files,
    ];
    const run = await runTool(shellcheck, args, { cwd: context.project });
    return summarizeSteps([
      stepFromRun(
        "shellcheck (every severity, dialect from the shebang)",
        describeCommand("shellcheck", args),
        run,
      ),
    ]);
  },
};
