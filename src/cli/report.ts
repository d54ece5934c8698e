import type { ChangeAction, PlannedChange } from "../project/plan.js";
import type { Colors } from "./io.js";

const LABELS: Record<ChangeAction, string> = {
  create: "create  ",
  update: "update  ",
  merge: "merge   ",
  conflict: "CONFLICT",
  keep: "keep    ",
  "keep-deleted": "deleted ",
  remove: "remove  ",
  unchanged: "same    ",
};

/** Actions that write a file. */
const WRITES: ReadonlySet<ChangeAction> = new Set(["create", "update", "merge", "conflict"]);

/** The dry-run listing: one line per file with its action, size and mode, then a total. */
export function formatPlan(changes: readonly PlannedChange[], colors: Colors): string {
  const width = Math.max(0, ...changes.map((change) => formatSize(change.size).length));
  const lines = changes.map((change) => {
    const label = LABELS[change.action];
    const colored =
      change.action === "create"
        ? colors.green(label)
        : change.action === "update" || change.action === "merge" || change.action === "remove"
          ? colors.yellow(label)
          : change.action === "conflict"
            ? colors.red(label)
            : colors.dim(label);
    const executable = change.mode & 0o111 ? colors.dim(" (executable)") : "";
    return `  ${colored} ${formatSize(change.size).padStart(width)}  ${change.path}${executable}`;
  });
  const written = changes.filter((change) => WRITES.has(change.action));
  const bytes = written.reduce((sum, change) => sum + change.size, 0);
  lines.push(
    `  ${written.length} file${written.length === 1 ? "" : "s"} to write, ${formatSize(bytes)} in all`,
  );
  return `${lines.join("\n")}\n`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
