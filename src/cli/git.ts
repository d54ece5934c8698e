import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The files git reports as changed or untracked in a project's work tree, as paths relative to
 * the project; undefined when the folder is not in a git work tree (or git is missing), so
 * there is nothing to protect.
 */
export async function listUncommittedFiles(dir: string): Promise<string[] | undefined> {
  try {
    const prefix = (await run("git", ["rev-parse", "--show-prefix"], { cwd: dir })).stdout.trim();
    const { stdout } = await run("git", ["status", "--porcelain", "--untracked-files=all", "."], {
      cwd: dir,
    });
    // Porcelain paths are relative to the repository's root, whatever the folder.
    return stdout
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => line.slice(3).slice(prefix.length));
  } catch {
    return undefined;
  }
}
