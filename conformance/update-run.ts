// npm run update-scenario -- --stack <id> | --all: the update scenario for real (see
// update-scenario.ts), a summary per stack, and conformance-report/update/<stack>.json.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringifyStable } from "../src/engine/manifest.js";
import { STACKS } from "../src/stacks/registry.js";
import { formatReport, summarize } from "./report.js";
import { runUpdateScenario } from "./update-scenario.js";

const { values } = parseArgs({
  options: { stack: { type: "string", multiple: true }, all: { type: "boolean" } },
});
const ids = values.all ? STACKS.map((stack) => stack.id) : (values.stack ?? []);
if (ids.length === 0) {
  console.error(
    `usage: npm run update-scenario -- --stack <id> | --all (stacks: ${STACKS.map((s) => s.id).join(", ")})`,
  );
  process.exit(2);
}

const folder = join("conformance-report", "update");
await mkdir(folder, { recursive: true });
const summary: string[] = [];
for (const id of ids) {
  const stack = STACKS.find((candidate) => candidate.id === id);
  if (!stack) {
    console.error(`unknown stack "${id}"`);
    process.exit(2);
  }
  const result = await runUpdateScenario(stack, STACKS, (line) => console.log(`[${id}] ${line}`));
  if (result.conformance) console.log(formatReport(result.conformance));
  await writeFile(join(folder, `${id}.json`), stringifyStable(result));
  const steps = result.steps.filter((step) => step.passed).length;
  const contract = result.conformance ? summarize(result.conformance) : undefined;
  summary.push(
    `${id}: ${result.passed ? "passed" : "FAILED"} (scenario ${steps}/${result.steps.length}, conformance on the updated project ${contract ? `${contract.passed}/${contract.passed + contract.failed}` : "not run"}, update ${result.timings.update ?? "-"} ms)`,
  );
}
console.log(`\nupdate scenario:\n${summary.map((line) => `  ${line}`).join("\n")}`);
process.exit(summary.every((line) => line.includes(": passed")) ? 0 : 1);
