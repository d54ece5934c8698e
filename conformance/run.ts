// npm run conformance -- --stack <id> | --all [--keep]: runs the conformance harness for real,
// prints a table per stack and writes conformance-report/<stack>.json.
import { parseArgs } from "node:util";
import { STACKS } from "../src/stacks/registry.js";
import { runConformance } from "./harness.js";
import { formatReport, summarize, writeReport } from "./report.js";

const { values } = parseArgs({
  options: {
    stack: { type: "string", multiple: true },
    all: { type: "boolean" },
    keep: { type: "boolean" },
  },
});
const ids = values.all ? STACKS.map((stack) => stack.id) : (values.stack ?? []);
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
    log: (line) => console.log(`[${id}] ${line}`),
  });
  console.log(formatReport(report));
  console.log(`report: ${await writeReport(report, "conformance-report")}`);
  failed += summarize(report).failed;
}
process.exit(failed === 0 ? 0 : 1);
