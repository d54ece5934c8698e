import { resolve } from "node:path";
import { MicroforgeError } from "../../errors.js";
import { planUpdate } from "../../project/update.js";
import { ANSWERS_FILE } from "../../spec/serialize.js";
import type { StackRegistry } from "../../stacks/types.js";
import { createBaseRenderer } from "../base-renderer.js";
import { formatFlagHelp, parseFlags } from "../flags.js";
import { listUncommittedFiles } from "../git.js";
import { type CliIo, createColors } from "../io.js";
import { formatUpdatePlan, formatUpdateResult } from "../update-report.js";

const UPDATE_FLAGS = [
  { name: "dir", value: "<dir>", help: "the generated project (default: the current folder)" },
  { name: "dry-run", help: "print the per-file plan and write nothing" },
  { name: "diff", help: "with --dry-run, also print each change as a unified diff" },
  { name: "allow-dirty", help: "run even if git reports uncommitted changes" },
  {
    name: "yes",
    short: "y",
    help: "confirm removing the resources and fields the answers dropped",
  },
  { name: "help", short: "h", help: "show this help" },
];

export const UPDATE_HELP = `Usage: microforge update [options]

Brings a generated project up to date with its microforge.yaml and this microforge version,
keeping your edits: a file you never changed takes the new render, a file only you changed is
kept, and a file both changed is merged line by line (with conflict markers where the same
lines changed). Files you deleted stay deleted; files you added are never touched.

Options:
${formatFlagHelp(UPDATE_FLAGS)}

Exit codes: 0 updated, 1 updated with conflicts to resolve (listed), 2 bad input.
`;

export async function runUpdate(
  argv: readonly string[],
  io: CliIo,
  registry: StackRegistry,
): Promise<number> {
  const { values } = parseFlags("update", argv, UPDATE_FLAGS);
  if (values.help) {
    io.stdout.write(UPDATE_HELP);
    return 0;
  }
  const projectDir = resolve(io.cwd, typeof values.dir === "string" ? values.dir : ".");
  const dryRun = Boolean(values["dry-run"]);
  if (!dryRun && !values["allow-dirty"]) await refuseDirtyWorkTree(projectDir);
  const plan = await planUpdate({
    projectDir,
    registry,
    renderBase: createBaseRenderer(registry, io),
  });
  const colors = createColors(io.stdout, io.env);
  io.stdout.write(
    `Updating from microforge ${plan.from.version} to ${plan.to.version}:\n${formatUpdatePlan(plan, colors, Boolean(values.diff))}`,
  );
  if (dryRun) {
    io.stdout.write("Dry run: nothing was written.\n");
    return 0;
  }
  if (plan.removals.length > 0 && !values.yes) {
    throw new MicroforgeError(
      "REMOVALS_UNCONFIRMED",
      "microforge.yaml no longer has these, and updating deletes their data in the migrations; run again with --yes to confirm",
      plan.removals,
    );
  }
  await plan.apply({ stagingSuffix: String(io.pid) });
  io.stdout.write(formatUpdateResult(plan, colors));
  return plan.conflicts.length > 0 ? 1 : 0;
}

/** microforge.yaml is the update's input, so editing it is expected; any other change is not. */
async function refuseDirtyWorkTree(projectDir: string): Promise<void> {
  const uncommitted = (await listUncommittedFiles(projectDir))?.filter(
    (path) => path !== ANSWERS_FILE,
  );
  if (uncommitted !== undefined && uncommitted.length > 0) {
    throw new MicroforgeError(
      "DIRTY_WORK_TREE",
      "the project has uncommitted changes; commit or stash them first (so the update can be reviewed and undone), or pass --allow-dirty",
      uncommitted.slice(0, 10),
    );
  }
}
