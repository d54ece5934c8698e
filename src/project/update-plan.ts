import type { GeneratedFile } from "../engine/file-tree.js";
import { mergeThreeWay } from "./merge.js";
import { byteLength, type ChangeAction, type PlannedChange } from "./plan.js";

/** One file of an update: its action, its content now and what it becomes. */
export interface UpdateChange {
  path: string;
  action: ChangeAction;
  mode: number;
  /** The file as it is now, when it exists. */
  current: string | undefined;
  /** What the file becomes, for create, update, merge and conflict. */
  next: string | undefined;
}

export interface UpdateTrees {
  /** The recorded spec rendered by the version that generated the project. */
  base: ReadonlyMap<string, string>;
  /** The current spec rendered by this version. */
  theirs: readonly GeneratedFile[];
  /** The working tree, for every path of base and theirs that exists on disk. */
  ours: ReadonlyMap<string, string>;
  /** How conflict markers name the new render, e.g. `microforge 0.2.0`. */
  theirsLabel: string;
}

/** The per-file plan of an update, from its three trees; pure, sorted by path. */
export function planUpdateChanges(trees: UpdateTrees): UpdateChange[] {
  const { base, theirs, ours, theirsLabel } = trees;
  const changes: UpdateChange[] = theirs.map((file) => {
    const current = ours.get(file.path);
    const previous = base.get(file.path);
    const change = (action: ChangeAction, next?: string): UpdateChange => ({
      path: file.path,
      action,
      mode: file.mode,
      current,
      next,
    });
    if (current === undefined)
      return previous === undefined ? change("create", file.content) : change("keep-deleted");
    if (current === file.content) return change("unchanged");
    if (previous === undefined || current === previous) {
      // A file the user wrote where the render now puts one of its own is merged from nothing.
      if (previous === undefined)
        return mergeChange(change, current, "", file.content, theirsLabel);
      return change("update", file.content);
    }
    if (previous === file.content) return change("keep");
    return mergeChange(change, current, previous, file.content, theirsLabel);
  });
  const rendered = new Set(theirs.map((file) => file.path));
  for (const [path, previous] of base) {
    if (rendered.has(path)) continue;
    const current = ours.get(path);
    if (current === undefined) continue;
    changes.push({
      path,
      action: current === previous ? "remove" : "keep",
      mode: 0,
      current,
      next: undefined,
    });
  }
  return changes.sort((left, right) =>
    left.path < right.path ? -1 : left.path > right.path ? 1 : 0,
  );
}

function mergeChange(
  change: (action: ChangeAction, next?: string) => UpdateChange,
  current: string,
  previous: string,
  rendered: string,
  theirsLabel: string,
): UpdateChange {
  const merged = mergeThreeWay(current, previous, rendered, theirsLabel);
  return change(merged.conflict ? "conflict" : "merge", merged.content);
}

/** An update's change as the CLI lists it, with the size of what the file becomes. */
export function toPlannedChange(change: UpdateChange): PlannedChange {
  return {
    path: change.path,
    action: change.action,
    size: byteLength(change.next ?? change.current ?? ""),
    mode: change.mode,
  };
}
