import type { GeneratedFile } from "../engine/file-tree.js";
import { hashContent, type Manifest } from "../engine/manifest.js";

export type ChangeAction = "create" | "update" | "unchanged" | "keep" | "conflict";

export interface PlannedChange {
  path: string;
  action: ChangeAction;
  size: number;
  mode: number;
}

/** Every file of a fresh project is a creation. */
export function planCreation(files: readonly GeneratedFile[]): PlannedChange[] {
  return files.map((file) => ({
    path: file.path,
    action: "create",
    size: byteLength(file.content),
    mode: file.mode,
  }));
}

/**
 * Compares a new render with what is on disk and what was generated before (the manifest):
 * - not on disk: created, unless it was generated before and the user deleted it (kept deleted);
 * - the generator's output did not change: the user's file is kept as it is;
 * - the user never edited it: updated;
 * - already what the new render says: unchanged;
 * - otherwise both changed it: a conflict, and nothing is written.
 */
export function planChanges(
  files: readonly GeneratedFile[],
  onDisk: ReadonlyMap<string, string>,
  manifest: Manifest,
): PlannedChange[] {
  return files.map((file) => {
    const size = byteLength(file.content);
    const recorded = manifest.files[file.path];
    const current = onDisk.get(file.path);
    const change = (action: ChangeAction): PlannedChange => ({
      path: file.path,
      action,
      size,
      mode: file.mode,
    });
    if (current === undefined) return change(recorded === undefined ? "create" : "keep");
    if (current === file.content) return change("unchanged");
    if (recorded === hashContent(file.content)) return change("keep");
    if (recorded === hashContent(current)) return change("update");
    return change("conflict");
  });
}

export function byteLength(content: string): number {
  return Buffer.byteLength(content, "utf8");
}
