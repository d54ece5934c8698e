import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { MANIFEST_FILE, stringifyStable } from "../engine/manifest.js";
import { MicroforgeError } from "../errors.js";
import { type BaseRenderer, renderInProcess } from "../project/update.js";
import { ANSWERS_FILE } from "../spec/serialize.js";
import type { StackRegistry } from "../stacks/types.js";
import { VERSION } from "../version.js";
import type { CliIo } from "./io.js";

const run = promisify(execFile);

/**
 * The base of an update: this version renders its own output in-process; an older version's
 * output comes from that version's package, run with npx into a temporary folder, as copier
 * renders the old tag of a template. MICROFORGE_BASE_PACKAGE names the package to run instead
 * of `microforge@<version>` (a tarball or a folder, e.g. a build of that version).
 */
export function createBaseRenderer(registry: StackRegistry, io: CliIo): BaseRenderer {
  const inProcess = renderInProcess(registry);
  return async (spec, version) => {
    if (version === VERSION) return inProcess(spec, version);
    const work = await mkdtemp(join(tmpdir(), "microforge-base-"));
    try {
      const specFile = join(work, "spec.yaml");
      const out = join(work, "project");
      // The whole recorded spec, schema history included; JSON is YAML.
      await writeFile(specFile, stringifyStable(spec));
      const specifier = io.env.MICROFORGE_BASE_PACKAGE ?? `microforge@${version}`;
      const args = ["--yes", "--package", specifier, "microforge", "new", "--spec", specFile];
      await run("npx", [...args, "--out", out, "--yes"], { cwd: work, env: { ...io.env } });
      return await readTree(out);
    } catch (error) {
      throw new MicroforgeError(
        "BASE_RENDER_FAILED",
        `could not render the project as microforge ${version} generated it (npx microforge@${version})`,
        [error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)],
        { cause: error },
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name));
    if (path === ANSWERS_FILE || path === MANIFEST_FILE) continue;
    files.set(path, await readFile(join(root, path), "utf8"));
  }
  return files;
}
