import { describe, expect, it } from "vitest";
import { FILE_MODE } from "../../src/engine/file-tree.js";
import type { ChangeAction } from "../../src/project/plan.js";
import { planUpdateChanges } from "../../src/project/update-plan.js";

const BASE = "one\ntwo\nthree\nfour\nfive\n";
const THEIRS = "one\ntwo\nthree\nfour\nFIVE\n";
const OURS = "ONE\ntwo\nthree\nfour\nfive\n";

/** One file's update: [what the render started from, what it is now, what the user has]. */
function plan(base?: string, theirs?: string, ours?: string) {
  const [change] = planUpdateChanges({
    base: new Map(base === undefined ? [] : [["a.txt", base]]),
    theirs: theirs === undefined ? [] : [{ path: "a.txt", content: theirs, mode: FILE_MODE }],
    ours: new Map(ours === undefined ? [] : [["a.txt", ours]]),
    theirsLabel: "microforge test",
  });
  return change;
}

describe("planUpdateChanges", () => {
  it.each<[string, string | undefined, string | undefined, string | undefined, ChangeAction]>([
    ["a new file", undefined, THEIRS, undefined, "create"],
    ["a file the user never changed", BASE, THEIRS, BASE, "update"],
    ["a file only the user changed", BASE, BASE, OURS, "keep"],
    ["a file both changed apart", BASE, THEIRS, OURS, "merge"],
    [
      "a file both changed on the same line",
      BASE,
      THEIRS,
      "one\ntwo\nthree\nfour\nfive!\n",
      "conflict",
    ],
    ["a file already as rendered", BASE, THEIRS, THEIRS, "unchanged"],
    ["a file the user deleted", BASE, THEIRS, undefined, "keep-deleted"],
    ["a file no longer generated, never edited", BASE, undefined, BASE, "remove"],
    ["a file no longer generated, but edited", BASE, undefined, OURS, "keep"],
  ])("%s → %s", (_case, base, theirs, ours, action) => {
    expect(plan(base, theirs, ours)?.action).toBe(action);
  });

  it("merges both sides' changes", () => {
    expect(plan(BASE, THEIRS, OURS)?.next).toBe("ONE\ntwo\nthree\nfour\nFIVE\n");
  });

  it("marks a conflict with the user's lines and the render's", () => {
    expect(plan(BASE, THEIRS, "one\ntwo\nthree\nfour\nfive!\n")?.next).toBe(
      "one\ntwo\nthree\nfour\n<<<<<<< yours\nfive!\n=======\nFIVE\n>>>>>>> microforge test\n",
    );
  });

  it("never touches a file the user added and the render does not know", () => {
    const changes = planUpdateChanges({
      base: new Map(),
      theirs: [],
      ours: new Map([["notes.md", "mine\n"]]),
      theirsLabel: "microforge test",
    });
    expect(changes).toEqual([]);
  });
});
