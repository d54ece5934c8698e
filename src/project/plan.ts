import type { GeneratedFile } from "../engine/file-tree.js";

/**
 * What a command does to one file of a project:
 * - create: new, and not on disk;
 * - update: the user never changed it, so the new render replaces it;
 * - merge: both the user and the render changed it, and the changes merged cleanly;
 * - conflict: both changed the same lines; the file gets conflict markers;
 * - keep: the user changed it and the render did not, or it is no longer generated but edited;
 * - keep-deleted: the user deleted it, and it stays deleted;
 * - remove: no longer generated and never edited;
 * - unchanged: already what the render says.
 */
export type ChangeAction =
  | "create"
  | "update"
  | "merge"
  | "conflict"
  | "keep"
  | "keep-deleted"
  | "remove"
  | "unchanged";

/** One file of a plan as the CLI lists it. */
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

export function byteLength(content: string): number {
  return Buffer.byteLength(content, "utf8");
}
