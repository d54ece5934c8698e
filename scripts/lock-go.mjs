// Relocks a Go stack's modules (`node scripts/lock-go.mjs go-echo`): generates the project with
// each combination of the options that change its dependencies (auth, metrics, tracing), runs
// `go mod tidy` on each and stores every line of the results once, with the combinations that
// hold it, in src/stacks/<stack>/templates/go.mod and go.sum (see src/languages/go/modules.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const stack = process.argv[2];
if (!/^go-[a-z]+$/.test(stack ?? "")) {
  console.error("usage: node scripts/lock-go.mjs <go stack id, e.g. go-gin>");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const templates = join(root, "src/stacks", stack, "templates");
const work = mkdtempSync(join(tmpdir(), "microforge-lock-go-"));
const COMBINATIONS = 8;

/** Merges per-combination line lists, keeping each list's order, into [mask, line] pairs. */
function merge(lists, keyOf) {
  const merged = new Map();
  lists.forEach((lines, combination) => {
    for (const line of lines) {
      const key = keyOf(line);
      const entry = merged.get(key) ?? { line, mask: 0 };
      entry.mask |= 1 << combination;
      merged.set(key, entry);
    }
  });
  return [...merged.values()];
}

const hex = (mask) => mask.toString(16).padStart(2, "0");

try {
  const mods = [];
  const sums = [];
  for (let combination = 0; combination < COMBINATIONS; combination++) {
    const spec = join(work, `spec-${combination}.yaml`);
    writeFileSync(
      spec,
      [
        "name: microforge-service",
        `stack: ${stack}`,
        `auth: ${combination & 1 ? "jwt" : "none"}`,
        `features: { metrics: ${Boolean(combination & 2)}, tracing: ${Boolean(combination & 4)} }`,
        "resources:",
        "  - { name: Item, fields: [{ name: name, type: string }] }",
        "",
      ].join("\n"),
    );
    const project = join(work, `project-${combination}`);
    execFileSync(
      "node",
      [join(root, "bin/microforge.js"), "new", "--spec", spec, "--out", project, "--yes"],
      {
        stdio: "inherit",
      },
    );
    execFileSync("go", ["mod", "tidy"], { cwd: project, stdio: "inherit" });
    mods.push(readFileSync(join(project, "go.mod"), "utf8").trimEnd().split("\n"));
    sums.push(readFileSync(join(project, "go.sum"), "utf8").trimEnd().split("\n"));
  }
  // go.mod: its header, then the direct requirements, then the indirect ones, each sorted.
  const header = mods[0].slice(0, mods[0].indexOf("require ("));
  const blocks = (lines, indirect) =>
    lines.filter((line) => line.startsWith("\t") && line.endsWith("// indirect") === indirect);
  const requires = (indirect) =>
    merge(
      mods.map((lines) => blocks(lines, indirect)),
      (line) => line,
    ).sort((a, b) => (a.line < b.line ? -1 : 1));
  const all = (1 << COMBINATIONS) - 1;
  const modLines = [
    `# Annotated go.mod lines (see src/languages/go/modules.ts); \`npm run lock:go -- ${stack}\` rewrites this file.`,
    ...header.map((line) => `${hex(all)} ${line}`),
    `${hex(all)} require (`,
    ...requires(false).map(({ line, mask }) => `${hex(mask)} ${line}`),
    `${hex(all)} )`,
    `${hex(all)} `,
    `${hex(all)} require (`,
    ...requires(true).map(({ line, mask }) => `${hex(mask)} ${line}`),
    `${hex(all)} )`,
  ];
  const sumLines = merge(sums, (line) => line).sort((a, b) => (a.line < b.line ? -1 : 1));
  writeFileSync(join(templates, "go.mod"), `${modLines.join("\n")}\n`);
  writeFileSync(
    join(templates, "go.sum"),
    [
      `# Annotated go.sum lines (see src/languages/go/modules.ts); \`npm run lock:go -- ${stack}\` rewrites this file.`,
      ...sumLines.map(({ line, mask }) => `${hex(mask)} ${line}`),
      "",
    ].join("\n"),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
