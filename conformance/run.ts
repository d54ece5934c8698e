// npm run conformance -- --stack <id> | --all [--keep]: runs the conformance harness for real,
// prints a table per stack and writes conformance-report/<stack>.json. With --project <dir>,
// it runs on that generated project (its microforge.yaml names the stack) instead.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseSpecYaml } from "../src/spec/load.js";
import { ANSWERS_FILE } from "../src/spec/serialize.js";
import { STACKS } from "../src/stacks/registry.js";
import { runConformance } from "./harness.js";
import { formatReport, summarize, writeReport } from "./report.js";

const { values } = parseArgs({
  options: {
    stack: { type: "string", multiple: true },
    all: { type: "boolean" },
    keep: { type: "boolean" },
    project: { type: "string" },
  },
});
const ids = values.project
  ? [readStackOf(values.project)]
  : values.all
    ? STACKS.map((stack) => stack.id)
    : (values.stack ?? []);
if (ids.length === 0) {
  console.error(
    values.all
      ? "no stacks are registered yet"
      : `usage: npm run conformance -- --stack <id> | --all (stacks: ${STACKS.map((s) => s.id).join(", ") || "none"})`,
  );
  process.exit(values.all ? 0 : 2);
}

let failed = 0;
for (const id of ids) {
  const stack = STACKS.find((candidate) => candidate.id === id);
  if (!stack) {
    console.error(`unknown stack "${id}"`);
    process.exit(2);
  }
  const report = await runConformance(stack, {
    registry: STACKS,
    keep: Boolean(values.keep),
    project: values.project,
    log: (line) => console.log(`[${id}] ${line}`),
  });
  console.log(formatReport(report));
  console.log(`report: ${await writeReport(report, "conformance-report")}`);
  failed += summarize(report).failed;
}
process.exit(failed === 0 ? 0 : 1);

function readStackOf(project: string): string {
  const file = join(project, ANSWERS_FILE);
  const answers = parseSpecYaml(readFileSync(file, "utf8"), file) as Record<string, unknown>;
  return String(answers.stack);
}
