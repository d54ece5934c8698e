import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/engine/file-tree.js";
import { MicroforgeError } from "../../src/errors.js";
import { type WriterFs, writeProject } from "../../src/project/writer.js";
import { createTempDir, readTree } from "../helpers.js";

const files: GeneratedFile[] = Array.from({ length: 12 }, (_, index) => ({
  path: `dir${index % 3}/file${index}.txt`,
  content: `content ${index}\n`,
  mode: index === 5 ? 0o755 : 0o644,
}));

/** The real file system, except that the n-th writeFile or rename throws. */
function failingFs(call: "writeFile" | "rename", failAt: number): WriterFs {
  let count = 0;
  const fail = () => {
    count += 1;
    if (count === failAt)
      throw Object.assign(new Error("disk full (injected)"), { code: "ENOSPC" });
  };
  return {
    ...nodeFs,
    async writeFile(path, content, options) {
      if (call === "writeFile") fail();
      await nodeFs.writeFile(path, content, options);
    },
    async rename(from, to) {
      if (call === "rename") fail();
      await nodeFs.rename(from, to);
    },
  };
}

describe("writeProject", () => {
  let temp: ReturnType<typeof createTempDir>;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it("writes every file with its mode, executable bits included", async () => {
    const target = join(temp.path, "service");
    await writeProject(files, target);
    const written = readTree(target);
    expect([...written.keys()]).toEqual(files.map((file) => file.path).sort());
    expect(written.get("dir2/file5.txt")?.mode).toBe(0o755);
    expect(written.get("dir0/file0.txt")).toEqual({ content: "content 0\n", mode: 0o644 });
    expect(readdirSync(temp.path)).toEqual(["service"]);
  });

  it.each([1, 6, 12])(
    "leaves no target and no staging folder when write %i of 12 fails",
    async (failAt) => {
      const target = join(temp.path, "service");
      const error = await writeProject(files, target, { fs: failingFs("writeFile", failAt) }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MicroforgeError);
      expect((error as MicroforgeError).code).toBe("WRITE_FAILED");
      expect((error as MicroforgeError).message).toContain("disk full (injected)");
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(temp.path)).toEqual([]);
    },
  );

  it("leaves no target when the final rename fails", async () => {
    const target = join(temp.path, "service");
    await expect(writeProject(files, target, { fs: failingFs("rename", 1) })).rejects.toThrow(
      "disk full",
    );
    expect(readdirSync(temp.path)).toEqual([]);
  });

  it("refuses a non-empty target and leaves it as it was", async () => {
    const target = join(temp.path, "service");
    mkdirSync(target);
    writeFileSync(join(target, "mine.txt"), "mine\n");
    const error = await writeProject(files, target).catch((e: unknown) => e);
    expect((error as MicroforgeError).code).toBe("TARGET_NOT_EMPTY");
    expect((error as MicroforgeError).exitCode).toBe(2);
    expect([...readTree(target).keys()]).toEqual(["mine.txt"]);
    expect(readdirSync(temp.path)).toEqual(["service"]);
  });

  it("writes into an existing empty folder", async () => {
    const target = join(temp.path, "service");
    mkdirSync(target);
    await writeProject(files, target);
    expect(readTree(target).size).toBe(files.length);
  });

  it("refuses a target that is a file", async () => {
    const target = join(temp.path, "service");
    writeFileSync(target, "x");
    await expect(writeProject(files, target)).rejects.toThrow("exists and is not a folder");
  });

  it("with force, overwrites generated files and keeps the user's other files", async () => {
    const target = join(temp.path, "service");
    mkdirSync(join(target, "dir0"), { recursive: true });
    writeFileSync(join(target, "dir0/file0.txt"), "old\n");
    writeFileSync(join(target, "keep.txt"), "keep\n");
    await writeProject(files, target, { force: true });
    const written = readTree(target);
    expect(written.get("dir0/file0.txt")?.content).toBe("content 0\n");
    expect(written.get("keep.txt")?.content).toBe("keep\n");
    expect(statSync(join(target, "dir2/file5.txt")).mode & 0o777).toBe(0o755);
    expect(readdirSync(temp.path)).toEqual(["service"]);
  });
});
