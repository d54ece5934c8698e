import { readdir } from "node:fs/promises";
import { join, posix } from "node:path";

/** Folders a generated project may grow that hold no files of its own. */
const IGNORED_FOLDERS = new Set([
  ".git",
  ".terraform",
  ".venv",
  "__pycache__",
  "build",
  "dist",
  "node_modules",
  "target",
  "vendor",
]);

/** Every file of a project, as sorted paths relative to its root with `/` separators. */
export async function listProjectFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string) => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === "" ? entry.name : posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        files.push(path);
      }
    }
  };
  await walk("");
  return files.sort();
}

/** The files of a project that a predicate picks. */
export async function findProjectFiles(
  root: string,
  pick: (path: string) => boolean,
): Promise<string[]> {
  return (await listProjectFiles(root)).filter(pick);
}

export function baseName(path: string): string {
  return posix.basename(path);
}
