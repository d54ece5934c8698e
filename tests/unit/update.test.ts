import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { demoRegistry } from "../fixtures/demo-stack/index.js";
import { createMemoryIo, createTempDir, readTree } from "../helpers.js";

/** A demo project with one resource, and helpers to edit its answers and run update. */
async function createProject(root: string) {
  const io = createMemoryIo(root);
  const code = await runCli(
    ["new", "svc", "--stack", "demo", "--yes", "--resource", "Product:name:string!"],
    io,
    demoRegistry,
  );
  if (code !== 0) throw new Error(io.err());
  const dir = join(root, "svc");
  const path = (file: string) => join(dir, file);
  const read = (file: string) => readFileSync(path(file), "utf8");
  return {
    dir,
    path,
    read,
    editAnswers(edit: (answers: string) => string) {
      writeFileSync(path("microforge.yaml"), edit(read("microforge.yaml")));
    },
    async update(...flags: string[]) {
      const updateIo = createMemoryIo(dir);
      const exit = await runCli(["update", ...flags], updateIo, demoRegistry);
      return { code: exit, out: updateIo.out(), err: updateIo.err() };
    },
  };
}

const ADD_PRICE = (answers: string) =>
  answers.replace(
    "      - name: name\n",
    "      - name: price\n        type: decimal\n      - name: name\n",
  );

describe("microforge update", () => {
  let temp: ReturnType<typeof createTempDir>;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it("renders a new field into the files the user never changed", async () => {
    const project = await createProject(temp.path);
    project.editAnswers(ADD_PRICE);

    const result = await project.update();

    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(project.read("src/resources/product.txt")).toContain("price: decimal");
    expect(project.read("migrations/0001_create_products.txt")).toContain("createTable products");
    expect(project.read("migrations/0002_add_price_to_products.txt")).toContain(
      "up:\n    addColumn products.price\n",
    );
    const manifest = JSON.parse(project.read(".microforge/manifest.json"));
    expect(manifest.spec.resources[0].fields.map((field: { name: string }) => field.name)).toEqual([
      "price",
      "name",
    ]);
    expect(manifest.spec.schemaHistory).toHaveLength(1);
    expect((await project.update()).out).toContain("Nothing to change.");
  });

  it("merges the user's edit with the new render, keeps deleted files deleted and added files alone", async () => {
    const project = await createProject(temp.path);
    writeFileSync(
      project.path("src/resources/product.txt"),
      `# owned by the catalogue team\n${project.read("src/resources/product.txt")}`,
    );
    rmSync(project.path("scripts/run.sh"));
    writeFileSync(project.path("NOTES.md"), "mine\n");
    project.editAnswers(ADD_PRICE);

    const result = await project.update();

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\s+merge .*src\/resources\/product\.txt$/m);
    const product = project.read("src/resources/product.txt");
    expect(product.startsWith("# owned by the catalogue team\n")).toBe(true);
    expect(product).toContain("price: decimal");
    expect(existsSync(project.path("scripts/run.sh"))).toBe(false);
    expect(project.read("NOTES.md")).toBe("mine\n");
  });

  it("writes conflict markers where both changed the same lines, and exits 1 naming the file", async () => {
    const project = await createProject(temp.path);
    writeFileSync(
      project.path("src/resources/product.txt"),
      project.read("src/resources/product.txt").replace("name: string", "name: text"),
    );
    project.editAnswers((answers) => answers.replace("required: true", "required: false"));

    const result = await project.update();

    expect(result.code).toBe(1);
    expect(result.out).toContain("CONFLICT src/resources/product.txt");
    expect(project.read("src/resources/product.txt")).toMatch(
      /<<<<<<< yours\n.*name: text json=name column=name\n=======\n.*name: string json=name column=name nullable\n>>>>>>> microforge /,
    );
  });

  it("prints the plan and the diff on --dry-run, and writes nothing", async () => {
    const project = await createProject(temp.path);
    project.editAnswers(ADD_PRICE);
    const before = readTree(project.dir);

    const result = await project.update("--dry-run", "--diff");

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\s+update .*src\/resources\/product\.txt$/m);
    expect(result.out).toContain(
      "--- a/src/resources/product.txt\n+++ b/src/resources/product.txt\n",
    );
    expect(result.out).toMatch(/^\+ {4}price: decimal/m);
    expect(result.out).toContain("Dry run: nothing was written.");
    expect(readTree(project.dir)).toEqual(before);
  });

  it("asks for --yes before removing a resource, then removes its unedited files", async () => {
    const project = await createProject(temp.path);
    project.editAnswers((answers) => answers.replace(/resources:\n[\s\S]*$/, "resources: []\n"));

    const refused = await project.update();
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("resource Product");
    expect(existsSync(project.path("src/resources/product.txt"))).toBe(true);

    const removed = await project.update("--yes");
    expect(removed.code).toBe(0);
    expect(existsSync(project.path("src/resources/product.txt"))).toBe(false);
  });

  it("refuses a dirty git work tree unless --allow-dirty, but expects microforge.yaml edited", async () => {
    const project = await createProject(temp.path);
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        cwd: project.dir,
      });
    git("init", "--quiet");
    git("add", ".");
    git("commit", "--quiet", "-m", "generated");
    project.editAnswers(ADD_PRICE);
    appendFileSync(project.path("NOTES.md"), "wip\n");

    const refused = await project.update();
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("uncommitted changes");
    expect(refused.err).toContain("NOTES.md");
    expect(refused.err).not.toContain("microforge.yaml");

    expect((await project.update("--allow-dirty")).code).toBe(0);
    expect(project.read("src/resources/product.txt")).toContain("price: decimal");
    git("add", ".");
    git("commit", "--quiet", "-m", "updated");
    project.editAnswers((answers) => answers.replace("type: decimal", "type: integer"));
    expect((await project.update()).code).toBe(0);
    expect(project.read("src/resources/product.txt")).toContain("price: integer");
  });
});
