// npm run validate-platform -- --stack <id> | --all [--require-all] [--keep] [--report-dir <dir>]
// npm run validate-platform -- --install-tools
// Generates each stack with every platform option on and checks the platform files with the
// tools their users run; prints one line per stack and validator and writes
// conformance-report/platform-<stack>.json.
import { parseArgs } from "node:util";
import { STACKS } from "../src/stacks/registry.js";
import { installAllTools } from "./install-tools.js";
import { generatePlatformProject } from "./project.js";
import {
  countsAsFailure,
  createPlatformReport,
  formatDetail,
  formatSummary,
  formatValidatorLine,
  writePlatformReport,
} from "./report.js";
import { runValidators } from "./runner.js";
import { VALIDATORS } from "./validators/index.js";
import { KUBERNETES_VERSIONS } from "./validators/kubernetes-objects.js";

const USAGE =
  "usage: npm run validate-platform -- --stack <id> | --all [--require-all] [--keep] [--report-dir <dir>]\n" +
  "       npm run validate-platform -- --install-tools";

const { values } = parseArgs({
  options: {
    stack: { type: "string", multiple: true },
    all: { type: "boolean" },
    "require-all": { type: "boolean" },
    keep: { type: "boolean" },
    "install-tools": { type: "boolean" },
    "report-dir": { type: "string", default: "conformance-report" },
    help: { type: "boolean" },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values["install-tools"]) {
  process.exit((await installAllTools((line) => console.log(line))) ? 0 : 1);
}

const ids = values.all ? STACKS.map((stack) => stack.id) : (values.stack ?? []);
if (ids.length === 0) {
  console.error(`${USAGE}\nstacks: ${STACKS.map((stack) => stack.id).join(", ") || "none"}`);
  process.exit(values.all ? 0 : 2);
}
const unknown = ids.filter((id) => !STACKS.some((stack) => stack.id === id));
if (unknown.length > 0) {
  console.error(`unknown stack ${unknown.map((id) => `"${id}"`).join(", ")}\n${USAGE}`);
  process.exit(2);
}

const requireAll = Boolean(values["require-all"]);
let failed = false;
for (const id of ids) {
  const stack = STACKS.find((candidate) => candidate.id === id);
  if (!stack) continue;
  const started = performance.now();
  const project = await generatePlatformProject(stack, STACKS);
  console.log(`[${id}] generated ${project.root}`);
  try {
    const validators = await runValidators(VALIDATORS, project.root, (result) => {
      console.log(formatValidatorLine(id, result, requireAll));
      const detail = formatDetail(result);
      if (detail) console.log(detail);
    });
    const report = createPlatformReport({
      stack: id,
      requireAll,
      kubernetesVersions: KUBERNETES_VERSIONS,
      timings: { generate: project.durationMs, total: Math.round(performance.now() - started) },
      validators,
    });
    console.log(formatSummary(report));
    console.log(`report: ${await writePlatformReport(report, values["report-dir"])}`);
    if (validators.some((result) => countsAsFailure(result, requireAll))) failed = true;
  } finally {
    if (values.keep) console.log(`[${id}] kept ${project.root}`);
    else await project.remove();
  }
}
process.exit(failed ? 1 : 0);
