import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { demoRegistry } from "../fixtures/demo-stack/index.js";
import { createMemoryIo, createTempDir } from "../helpers.js";

describe("add resource to a project generated without resources", () => {
  let temp: ReturnType<typeof createTempDir>;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it("writes the new resource as a block list in microforge.yaml", async () => {
    expect(
      await runCli(
        ["new", "svc", "--stack", "demo", "--yes"],
        createMemoryIo(temp.path),
        demoRegistry,
      ),
    ).toBe(0);
    const project = join(temp.path, "svc");
    expect(readFileSync(join(project, "microforge.yaml"), "utf8")).toContain("resources: []\n");
    const io = createMemoryIo(project);
    expect(await runCli(["add", "resource", "Order", "total:decimal!"], io, demoRegistry)).toBe(0);
    const answers = readFileSync(join(project, "microforge.yaml"), "utf8");
    expect(answers).toContain(
      "resources:\n  - name: Order\n    fields:\n      - name: total\n        type: decimal\n        required: true\n",
    );
    expect(readFileSync(join(project, "src/resources/order.txt"), "utf8")).toContain(
      "total: decimal",
    );
  });
});
