import { merge } from "node-diff3";

export interface MergeResult {
  content: string;
  conflict: boolean;
}

/**
 * A line-level three-way merge of the user's file (`ours`) and the new render (`theirs`)
 * against the render both started from (`base`). Where both changed the same lines, the result
 * holds standard conflict markers around the two versions.
 */
export function mergeThreeWay(
  ours: string,
  base: string,
  theirs: string,
  theirsLabel: string,
): MergeResult {
  const result = merge(ours.split("\n"), base.split("\n"), theirs.split("\n"), {
    label: { a: "yours", b: theirsLabel },
  });
  return { content: result.result.join("\n"), conflict: result.conflict };
}
