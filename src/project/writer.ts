import * as nodeFs from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { GeneratedFile } from "../engine/file-tree.js";
import { MicroforgeError } from "../errors.js";

/** The few file-system calls the writer makes; tests inject failures through this. */
export interface WriterFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, content: string, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

export const realFs: WriterFs = nodeFs;

export interface WriteOptions {
  force?: boolean;
  fs?: WriterFs;
  /** Distinguishes concurrent runs' staging folders; the CLI passes its process id. */
  stagingSuffix?: string;
}

/**
 * Writes a generated project. Everything is rendered into a staging folder beside the target
 * first, then renamed into place, so a failed or interrupted run leaves no half-written project.
 * A non-empty target is refused unless `force`; with `force`, staged files are moved into the
 * existing folder one by one (each move is atomic) and files not generated are left alone.
 */
export async function writeProject(
  files: readonly GeneratedFile[],
  target: string,
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  const existing = await listEntries(fs, target);
  if (existing !== undefined && existing.length > 0 && !options.force) {
    throw new MicroforgeError(
      "TARGET_NOT_EMPTY",
      `${target} already exists and is not empty; choose another --out, or pass --force to write into it`,
    );
  }
  await commitFiles(
    files,
    target,
    existing === undefined ? "absent" : existing.length === 0 ? "empty" : "filled",
    options,
  );
}

/** Writes files into an existing project (for `add` and `update`): staged, then moved in. */
export async function writeIntoProject(
  files: readonly GeneratedFile[],
  target: string,
  options: WriteOptions = {},
): Promise<void> {
  await commitFiles(files, target, "filled", options);
}

/** Creates the root and every folder the files go into, each once. */
async function makeFolders(
  fs: WriterFs,
  root: string,
  files: readonly GeneratedFile[],
): Promise<void> {
  const folders = new Set([root, ...files.map((file) => dirname(join(root, file.path)))]);
  await Promise.all([...folders].map((folder) => fs.mkdir(folder, { recursive: true })));
}

async function commitFiles(
  files: readonly GeneratedFile[],
  target: string,
  state: "absent" | "empty" | "filled",
  options: WriteOptions,
): Promise<void> {
  const fs = options.fs ?? realFs;
  const staging = join(
    dirname(target),
    `.${basename(target)}.microforge-tmp-${options.stagingSuffix ?? "0"}`,
  );
  try {
    await fs.rm(staging, { recursive: true, force: true });
    await makeFolders(fs, staging, files);
    // Independent writes go out together. Files are created with their mode, through the
    // umask as git checkout creates them.
    await Promise.all(
      files.map((file) =>
        fs.writeFile(join(staging, file.path), file.content, { mode: file.mode }),
      ),
    );
    if (state === "filled") {
      await makeFolders(fs, target, files);
      await Promise.all(
        files.map((file) => fs.rename(join(staging, file.path), join(target, file.path))),
      );
      await fs.rm(staging, { recursive: true, force: true });
    } else {
      if (state === "empty") await fs.rm(target, { recursive: true, force: true });
      await fs.rename(staging, target);
    }
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof MicroforgeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MicroforgeError("WRITE_FAILED", `could not write ${target}: ${reason}`, [], {
      cause: error,
    });
  }
}

/** The entries of a folder, or undefined when it does not exist. */
async function listEntries(fs: WriterFs, path: string): Promise<string[] | undefined> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ENOTDIR") {
      throw new MicroforgeError("TARGET_NOT_EMPTY", `${path} exists and is not a folder`);
    }
    throw error;
  }
}
