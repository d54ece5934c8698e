import type { UpdatePlan } from "../project/update.js";
import { toPlannedChange } from "../project/update-plan.js";
import { formatUnifiedDiff } from "./diff.js";
import type { Colors } from "./io.js";
import { formatPlan } from "./report.js";

/** The per-file plan of an update, and with `diff` each changed file's unified diff. */
export function formatUpdatePlan(plan: UpdatePlan, colors: Colors, diff: boolean): string {
  const visible = plan.changes.filter((change) => change.action !== "unchanged");
  if (visible.length === 0) return "  Nothing to change.\n";
  const listing = formatPlan(visible.map(toPlannedChange), colors);
  if (!diff) return listing;
  const diffs = visible
    .filter((change) => change.next !== undefined || change.action === "remove")
    .map((change) => formatUnifiedDiff(change.path, change.current ?? "", change.next ?? ""))
    .join("");
  return `${listing}\n${diffs}`;
}

/** The closing lines: what was written, and the files left with conflict markers. */
export function formatUpdateResult(plan: UpdatePlan, colors: Colors): string {
  const count = (action: string) =>
    plan.changes.filter((change) => change.action === action).length;
  const summary = `${count("create")} created, ${count("update")} updated, ${count("merge")} merged, ${count("remove")} removed, ${count("keep")} kept as you changed them.\n`;
  if (plan.conflicts.length === 0) return summary;
  const files = plan.conflicts
    .map((change) => `  ${colors.red("CONFLICT")} ${change.path}\n`)
    .join("");
  return `${summary}${plan.conflicts.length} file${plan.conflicts.length === 1 ? "" : "s"} have conflict markers (<<<<<<< yours ... >>>>>>>) to resolve:\n${files}`;
}
