import { diffIndices } from "node-diff3";

const CONTEXT = 3;

/** A unified diff of two versions of a file, as `git diff` prints one (3 lines of context). */
export function formatUnifiedDiff(path: string, before: string, after: string): string {
  const a = before === "" ? [] : before.replace(/\n$/, "").split("\n");
  const b = after === "" ? [] : after.replace(/\n$/, "").split("\n");
  const edits = diffIndices(a, b);
  if (edits.length === 0) return "";
  const hunks: string[] = [];
  let index = 0;
  while (index < edits.length) {
    // Edits closer than twice the context share a hunk.
    let last = index;
    while (
      last + 1 < edits.length &&
      (edits[last + 1]?.buffer1[0] ?? 0) -
        ((edits[last]?.buffer1[0] ?? 0) + (edits[last]?.buffer1[1] ?? 0)) <=
        2 * CONTEXT
    ) {
      last++;
    }
    hunks.push(formatHunk(a, b, edits.slice(index, last + 1)));
    index = last + 1;
  }
  return `--- a/${path}\n+++ b/${path}\n${hunks.join("")}`;
}

type Edit = ReturnType<typeof diffIndices>[number];

function formatHunk(a: readonly string[], b: readonly string[], edits: readonly Edit[]): string {
  const first = edits[0] as Edit;
  const last = edits[edits.length - 1] as Edit;
  const startA = Math.max(0, first.buffer1[0] - CONTEXT);
  const endA = Math.min(a.length, last.buffer1[0] + last.buffer1[1] + CONTEXT);
  const startB = startA + (first.buffer2[0] - first.buffer1[0]);
  const lines: string[] = [];
  let position = startA;
  for (const edit of edits) {
    for (; position < edit.buffer1[0]; position++) lines.push(` ${a[position]}`);
    for (let i = 0; i < edit.buffer1[1]; i++) lines.push(`-${a[edit.buffer1[0] + i]}`);
    for (let i = 0; i < edit.buffer2[1]; i++) lines.push(`+${b[edit.buffer2[0] + i]}`);
    position = edit.buffer1[0] + edit.buffer1[1];
  }
  for (; position < endA; position++) lines.push(` ${a[position]}`);
  const lengthA = endA - startA;
  const lengthB = lines.filter((line) => !line.startsWith("-")).length;
  return `@@ -${startA + 1},${lengthA} +${startB + 1},${lengthB} @@\n${lines.join("\n")}\n`;
}
