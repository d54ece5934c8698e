import { describe, expect, it } from "vitest";
import { hashContent, type Manifest } from "../../src/engine/manifest.js";
import { type ChangeAction, planChanges } from "../../src/project/plan.js";

const manifest = (files: Record<string, string>): Manifest => ({
  generator: "microforge",
  version: "0.1.0",
  spec: {},
  files: Object.fromEntries(
    Object.entries(files).map(([path, content]) => [path, hashContent(content)]),
  ),
});

describe("planChanges", () => {
  it.each<
    [
      title: string,
      generatedBefore: string | undefined,
      onDisk: string | undefined,
      generatedNow: string,
      action: ChangeAction,
    ]
  >([
    ["a new file", undefined, undefined, "new\n", "create"],
    ["a file the user deleted", "old\n", undefined, "new\n", "keep"],
    ["a file nobody changed", "same\n", "same\n", "same\n", "unchanged"],
    ["a file only the generator changed", "old\n", "old\n", "new\n", "update"],
    ["a file only the user changed", "old\n", "edited\n", "old\n", "keep"],
    ["a file both changed", "old\n", "edited\n", "new\n", "conflict"],
    ["a file both changed the same way", "old\n", "new\n", "new\n", "unchanged"],
    ["a user's file where a new one would go", undefined, "mine\n", "new\n", "conflict"],
  ])("%s", (_title, before, disk, now, action) => {
    const path = "file.txt";
    const [change] = planChanges(
      [{ path, content: now, mode: 0o644 }],
      new Map(disk === undefined ? [] : [[path, disk]]),
      manifest(before === undefined ? {} : { [path]: before }),
    );
    expect(change).toEqual({ path, action, size: Buffer.byteLength(now), mode: 0o644 });
  });
});
