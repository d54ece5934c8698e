import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { formatSize } from "../../src/cli/report.js";
import { hashContent } from "../../src/engine/manifest.js";
import { STACKS } from "../../src/stacks/registry.js";
import { createTempDir, readTree } from "../helpers.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const builtEntry = [join(repo, "bin/microforge.js")];
const demoEntry = [
  "--import",
  pathToFileURL(join(repo, "node_modules/tsx/dist/esm/index.mjs")).href,
  join(repo, "tests/fixtures/cli-with-demo-stack.ts"),
];

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The child's environment: no colours, whatever the parent's terminal says. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  delete env.MICROFORGE_DEBUG;
  return env;
}

/** Runs node with piped stdio and an already-closed stdin, so the child has no terminal. */
function runNode(entry: string[], args: string[], cwd: string, timeout = 20_000): RunResult {
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd,
    env: childEnv(),
    input: "",
    stdio: "pipe",
    encoding: "utf8",
    timeout,
  });
  if (result.error) {
    throw new Error(`microforge ${args.join(" ")} did not finish: ${result.error.message}`);
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The built CLI, as installed: bin/microforge.js importing dist/. */
const built = (args: string[], cwd: string, timeout?: number) =>
  runNode(builtEntry, args, cwd, timeout);
/** The real CLI code with the test-only demo stack registered. */
const demo = (args: string[], cwd: string) => runNode(demoEntry, args, cwd);

const PRODUCT = "Product:name:string!:max=120,price:decimal";

/** Temp folders made by one test, removed after it. */
let scratch: ReturnType<typeof createTempDir>[] = [];
function freshDir(): string {
  const temp = createTempDir("microforge-cli-");
  scratch.push(temp);
  return temp.path;
}
afterEach(() => {
  for (const temp of scratch) temp.remove();
  scratch = [];
});

describe("the built CLI", () => {
  beforeAll(() => {
    const main = join(repo, "dist/cli/main.js");
    if (!existsSync(main)) {
      throw new Error(`${main} is missing: run "npm run build" before the CLI tests`);
    }
  });

  it("prints the usage with every command and the exit codes", () => {
    const result = built(["--help"], freshDir());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Usage: microforge <command> \[options\]$/m);
    expect(result.stdout).toMatch(/^\s+new\s+generate a new service$/m);
    expect(result.stdout).toMatch(/^\s+add\s+add a resource to a generated service$/m);
    expect(result.stdout).toMatch(/^\s+stacks\s+list the stacks/m);
    expect(result.stdout).toContain("Exit codes: 0 success, 1 runtime failure, 2 bad input.");
  });

  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
      version: string;
    };
    const result = built(["--version"], freshDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
    expect(result.stderr).toBe("");
  });

  it("lists every flag of new in its help", () => {
    const result = built(["new", "--help"], freshDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: microforge new <name> \[options\]$/m);
    const flags = [
      "stack",
      "database",
      "auth",
      "api-version",
      "port",
      "no-metrics",
      "no-tracing",
      "ci",
      "deploy",
      "resource",
      "spec",
      "out",
      "dry-run",
      "yes",
      "force",
    ];
    for (const flag of flags) {
      expect(result.stdout, `--${flag}`).toMatch(
        new RegExp(`^ +(-\\w, )?--${flag}( <[^>]+>)? {2,}\\S`, "m"),
      );
    }
  });

  it("lists the registered stacks", () => {
    const result = built(["stacks"], freshDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("python-fastapi");
    expect(result.stderr).toBe("");
  });

  it("prints the registered stacks as JSON", () => {
    const result = built(["stacks", "--json"], freshDir());
    expect(result.code).toBe(0);
    const stacks = JSON.parse(result.stdout) as { id: string }[];
    expect(stacks.map((stack) => stack.id)).toEqual(STACKS.map((stack) => stack.id));
  });

  it("generates a python-fastapi project as a child process", () => {
    const cwd = freshDir();
    const result = built(
      [
        "new",
        "orders-service",
        "--stack",
        "python-fastapi",
        "--yes",
        "--resource",
        "Order:total:decimal!",
      ],
      cwd,
    );
    expect(result.code).toBe(0);
    const project = join(cwd, "orders-service");
    for (const file of ["pyproject.toml", "uv.lock", "app/main.py", "app/api/order.py"])
      expect(existsSync(join(project, file)), file).toBe(true);
  });

  it("rejects an unknown command with exit 2 and nothing on stdout", () => {
    const result = built(["frobnicate"], freshDir());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'error unknown command "frobnicate"; commands: new, add, update, stacks\n',
    );
  });

  it.each([
    [
      ["new", "orders-service", "--colour"],
      "error new: unknown option --colour (see microforge new --help)\n",
    ],
    [
      ["stacks", "--verbose"],
      "error stacks: unknown option --verbose (see microforge stacks --help)\n",
    ],
  ])("rejects an unknown flag: %j", (args, message) => {
    const cwd = freshDir();
    const result = built(args, cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(message);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("does not wait for answers when there is no terminal and --stack is missing", () => {
    const cwd = freshDir();
    const started = Date.now();
    const result = built(["new", "orders-service"], cwd, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error missing --stack \(there is no terminal to ask in\)/);
    expect(result.stderr).toContain("--stack <id>");
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("names an unknown stack and writes nothing", () => {
    const cwd = freshDir();
    const result = built(["new", "x", "--stack", "ruby-rails", "--yes"], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('unknown stack "ruby-rails"');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("rejects a bad --resource with the shorthand message", () => {
    const cwd = freshDir();
    const result = built(
      ["new", "orders-service", "--stack", "python-fastapi", "--yes", "--resource", "Product:name"],
      cwd,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'error --resource "Product:name": field 1 ("name"): expected name:type, e.g. price:decimal\n',
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("rejects a port that is not a number", () => {
    const cwd = freshDir();
    const result = built(
      ["new", "orders-service", "--stack", "demo", "--yes", "--port", "abc"],
      cwd,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error --port must be a whole number, not "abc"\n');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("refuses add outside a generated project", () => {
    const cwd = freshDir();
    const result = built(["add", "resource", "Foo", "a:string"], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("is not a microforge project");
    expect(result.stderr).toContain("microforge.yaml is missing");
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("new with the demo stack", () => {
  let root: ReturnType<typeof createTempDir>;
  let project: string;
  let created: RunResult;

  beforeAll(() => {
    root = createTempDir("microforge-cli-");
    project = join(root.path, "orders-service");
    created = demo(
      ["new", "orders-service", "--stack", "demo", "--yes", "--resource", PRODUCT],
      root.path,
    );
  });
  afterAll(() => root.remove());

  it("writes the project", () => {
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const files = readTree(project);
    expect(created.stdout).toBe(
      `Created orders-service (demo, ${files.size} files).\nNext: cd orders-service && cat README.md\n`,
    );
    for (const path of [
      "README.md",
      "microforge.yaml",
      ".microforge/manifest.json",
      "src/main.txt",
      "src/resources/product.txt",
      "scripts/run.sh",
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    expect(files.get("scripts/run.sh")?.mode).toBe(0o755);
    expect(files.get("README.md")?.mode).toBe(0o644);
    expect(files.get("src/resources/product.txt")?.content).toBe(
      "class Product:\n    name: string json=name column=name\n    price: decimal json=price column=price nullable\n",
    );
    const answers = parseYaml(files.get("microforge.yaml")?.content ?? "") as {
      name: string;
      resources: { name: string; fields: Record<string, unknown>[] }[];
    };
    expect(answers.name).toBe("orders-service");
    expect(answers.resources.map((resource) => resource.name)).toEqual(["Product"]);
    expect(answers.resources[0]?.fields[0]).toMatchObject({
      name: "name",
      type: "string",
      required: true,
      maxLength: 120,
    });
    const manifest = JSON.parse(files.get(".microforge/manifest.json")?.content ?? "") as {
      files: Record<string, string>;
    };
    expect(manifest.files["src/resources/product.txt"]).toBe(
      hashContent(files.get("src/resources/product.txt")?.content ?? ""),
    );
    // No staging folder is left beside the project.
    expect(readdirSync(root.path)).toEqual(["orders-service"]);
  });

  it("lists every file with its size on --dry-run and writes nothing", () => {
    const cwd = freshDir();
    const result = demo(
      ["new", "orders-service", "--stack", "demo", "--yes", "--resource", PRODUCT, "--dry-run"],
      cwd,
    );
    expect(result.code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Would create orders-service (demo):");
    expect(lines.at(-1)).toBe("Dry run: nothing was written.");
    const files = readTree(project);
    const listed = lines.filter((line) => /^\s+create /.test(line));
    expect(listed).toHaveLength(files.size);
    for (const [path, file] of files) {
      const size = formatSize(Buffer.byteLength(file.content, "utf8"));
      const executable = file.mode & 0o111 ? " (executable)" : "";
      expect(listed, path).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^\\s+create +${escapeRegExp(size)}  ${escapeRegExp(path)}${escapeRegExp(executable)}$`,
          ),
        ),
      );
    }
  });

  it("writes into --out", () => {
    const cwd = freshDir();
    const result = demo(
      [
        "new",
        "orders-service",
        "--stack",
        "demo",
        "--yes",
        "--resource",
        PRODUCT,
        "--out",
        "custom/dir",
      ],
      cwd,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created custom\/dir \(demo, \d+ files\)\./);
    expect(readdirSync(cwd)).toEqual(["custom"]);
    expect(readTree(join(cwd, "custom/dir"))).toEqual(readTree(project));
  });

  it("refuses to write into a non-empty folder", () => {
    const before = readTree(root.path);
    const result = demo(
      [
        "new",
        "orders-service",
        "--stack",
        "demo",
        "--yes",
        "--resource",
        PRODUCT,
        "--port",
        "9000",
      ],
      root.path,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("orders-service already exists and is not empty");
    expect(result.stderr).toContain("--force");
    expect(readTree(root.path)).toEqual(before);
  });

  it("writes into a non-empty folder with --force", () => {
    const result = demo(
      [
        "new",
        "orders-service",
        "--stack",
        "demo",
        "--yes",
        "--resource",
        PRODUCT,
        "--port",
        "9000",
        "--force",
      ],
      root.path,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(project, "src/main.txt"), "utf8")).toContain("on port 9000");
    expect(readdirSync(root.path)).toEqual(["orders-service"]);
  });
});

describe("new with --spec and feature flags", () => {
  it("reads --spec and lets flags override it", () => {
    const cwd = freshDir();
    writeFileSync(
      join(cwd, "spec.yaml"),
      stringifyYaml({
        name: "orders-service",
        stack: "demo",
        auth: "jwt",
        port: 8100,
        resources: [
          { name: "Customer", fields: [{ name: "email", type: "email", required: true }] },
        ],
      }),
    );
    const result = demo(["new", "--spec", "spec.yaml", "--yes", "--auth", "none"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const project = join(cwd, "orders-service");
    expect(existsSync(join(project, "auth/jwt.txt"))).toBe(false);
    expect(existsSync(join(project, "src/resources/customer.txt"))).toBe(true);
    const answers = parseYaml(readFileSync(join(project, "microforge.yaml"), "utf8"));
    expect(answers).toMatchObject({ name: "orders-service", auth: "none", port: 8100 });
  });

  it("leaves out metrics, CI and deployment files", () => {
    const cwd = freshDir();
    const result = demo(
      [
        "new",
        "orders-service",
        "--stack",
        "demo",
        "--yes",
        "--no-metrics",
        "--ci",
        "none",
        "--deploy",
        "none",
      ],
      cwd,
    );
    expect(result.code).toBe(0);
    const project = join(cwd, "orders-service");
    expect(existsSync(join(project, "ci/github.txt"))).toBe(false);
    expect(existsSync(join(project, "auth/jwt.txt"))).toBe(true);
    const answers = parseYaml(readFileSync(join(project, "microforge.yaml"), "utf8"));
    expect(answers.features).toEqual({
      metrics: false,
      tracing: true,
      ci: [],
      deploy: [],
      coverage: 80,
    });
  });
});

describe("add resource in a generated project", () => {
  let root: ReturnType<typeof createTempDir>;
  let project: string;

  beforeAll(() => {
    root = createTempDir("microforge-cli-");
    project = join(root.path, "orders-service");
    const result = demo(
      ["new", "orders-service", "--stack", "demo", "--yes", "--resource", PRODUCT],
      root.path,
    );
    if (result.code !== 0) throw new Error(`could not generate the project: ${result.stderr}`);
  });
  afterAll(() => root.remove());

  const answers = () =>
    parseYaml(readFileSync(join(project, "microforge.yaml"), "utf8")) as {
      resources: { name: string; fields: Record<string, unknown>[] }[];
    };
  const manifest = () =>
    JSON.parse(readFileSync(join(project, ".microforge/manifest.json"), "utf8")) as {
      files: Record<string, string>;
      spec: { resources: { name: string }[] };
    };

  it("adds a resource, records it and keeps comments in microforge.yaml", () => {
    appendFileSync(join(project, "microforge.yaml"), "# my own note\n");
    const result = demo(
      ["add", "resource", "Order", "total:decimal!", "status:enum:values=open|paid"],
      project,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Added Order; microforge\.yaml updated\. 2 created, 2 updated, 0 merged, 0 removed, 0 kept as you changed them\.\n$/,
    );

    const order = readFileSync(join(project, "src/resources/order.txt"), "utf8");
    expect(order).toBe(
      "class Order:\n    total: decimal json=total column=total\n    status: enum json=status column=status nullable\n",
    );
    expect(readFileSync(join(project, "src/main.txt"), "utf8")).toContain(
      "route /api/v1/orders -> Order (table orders)",
    );
    expect(readFileSync(join(project, "microforge.yaml"), "utf8")).toContain("# my own note\n");
    const { resources } = answers();
    expect(resources.map((resource) => resource.name)).toEqual(["Product", "Order"]);
    expect(resources[1]?.fields).toEqual([
      { name: "total", type: "decimal", required: true, precision: 12, scale: 2 },
      { name: "status", type: "enum", values: ["open", "paid"] },
    ]);
    const recorded = manifest();
    expect(recorded.files["src/resources/order.txt"]).toBe(hashContent(order));
    expect(recorded.files["src/main.txt"]).toBe(
      hashContent(readFileSync(join(project, "src/main.txt"), "utf8")),
    );
    expect(recorded.spec.resources.map((resource) => resource.name)).toEqual(["Product", "Order"]);
    expect(readdirSync(root.path)).toEqual(["orders-service"]);
  });

  it("refuses a resource that already exists", () => {
    const before = readTree(root.path);
    const result = demo(["add", "resource", "Order", "x:string"], project);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("error microforge.yaml already has a resource named Order\n");
    expect(readTree(root.path)).toEqual(before);
  });

  it("prints the plan on --dry-run and writes nothing", () => {
    const before = readTree(root.path);
    const result = demo(["add", "resource", "Customer", "name:string!", "--dry-run"], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Adding Customer would change:\n/);
    expect(result.stdout).toMatch(/^\s+create +\d+ B {2}src\/resources\/customer\.txt$/m);
    expect(result.stdout).toMatch(/^\s+update +\d+ B {2}src\/main\.txt$/m);
    expect(result.stdout).toMatch(/Dry run: nothing was written\.\n$/);
    expect(readTree(root.path)).toEqual(before);
  });

  it("keeps a hand edit to a file the new resource does not change", () => {
    appendFileSync(join(project, ".editorconfig"), "# mine\n");
    const edited = readFileSync(join(project, ".editorconfig"), "utf8");
    const result = demo(["add", "resource", "Customer", "name:string!"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(project, ".editorconfig"), "utf8")).toBe(edited);
    expect(existsSync(join(project, "src/resources/customer.txt"))).toBe(true);
    expect(answers().resources.map((resource) => resource.name)).toEqual([
      "Product",
      "Order",
      "Customer",
    ]);
  });

  it("merges a hand edit with the new resource's lines, and marks what both changed", () => {
    writeFileSync(
      join(project, "src/main.txt"),
      readFileSync(join(project, "src/main.txt"), "utf8").replace("service ", "# mine\nservice "),
    );
    const result = demo(["add", "resource", "Invoice", "number:string!"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const main = readFileSync(join(project, "src/main.txt"), "utf8");
    expect(main.startsWith("# mine\nservice ")).toBe(true);
    expect(main).toContain("route /api/v1/invoices -> Invoice (table invoices)");

    appendFileSync(join(project, "src/main.txt"), "my own route\n");
    const conflicted = demo(["add", "resource", "Payment", "amount:decimal!"], project);
    expect(conflicted.code).toBe(1);
    expect(conflicted.stdout).toContain("CONFLICT src/main.txt");
    const merged = readFileSync(join(project, "src/main.txt"), "utf8");
    expect(merged).toContain("<<<<<<< yours\nmy own route\n=======\nroute /api/v1/payments");
    expect(existsSync(join(project, "src/resources/payment.txt"))).toBe(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
