import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { CliIo } from "../src/cli/io.js";

export function createTempDir(prefix = "microforge-test-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Every file under a folder as path → { content, mode }, sorted. */
export function readTree(root: string): Map<string, { content: string; mode: number }> {
  const files = new Map<string, { content: string; mode: number }>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else
        files.set(relative(root, path), {
          content: readFileSync(path, "utf8"),
          mode: stats.mode & 0o777,
        });
    }
  };
  walk(root);
  return files;
}

/** An in-memory CliIo that records what the CLI prints. */
export function createMemoryIo(
  cwd: string,
  options: { interactive?: boolean } = {},
): CliIo & {
  out(): string;
  err(): string;
} {
  let stdout = "";
  let stderr = "";
  return {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    interactive: options.interactive ?? false,
    env: {},
    cwd,
    pid: 1,
    out: () => stdout,
    err: () => stderr,
  };
}
