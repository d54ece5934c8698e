import { relative, resolve } from "node:path";
import { generate } from "../../engine/generate.js";
import { MicroforgeError } from "../../errors.js";
import { planCreation } from "../../project/plan.js";
import { writeProject } from "../../project/writer.js";
import { parseSpec } from "../../spec/load.js";
import type { StackRegistry } from "../../stacks/types.js";
import { formatFlagHelp, parseFlags } from "../flags.js";
import { type CliIo, createColors } from "../io.js";
import { formatPlan } from "../report.js";
import { describeNewFlags, readSpecInput } from "../spec-input.js";

export function describeNewHelp(registry: StackRegistry): string {
  return `Usage: microforge new <name> [options]

Generates a service from the answers given as flags, in --spec, or asked in the terminal.

Options:
${formatFlagHelp(describeNewFlags(registry))}

Resource shorthand (see docs/shorthand.md):
  Name[/Plural]:field:type[!][:modifier...],field:type...
  types: string text integer decimal boolean date datetime uuid email enum
  ! after the type: required; modifiers: required, unique, default=, min=, max=,
  maxLength=, precision=, scale=, values=a|b|c (max= on strings means maxLength)
  e.g. --resource "Product:name:string!:max=120,price:decimal:min=0,status:enum:values=draft|live"
`;
}

export async function runNew(
  argv: readonly string[],
  io: CliIo,
  registry: StackRegistry,
): Promise<number> {
  const { values, positionals } = parseFlags("new", argv, describeNewFlags(registry));
  if (values.help) {
    io.stdout.write(describeNewHelp(registry));
    return 0;
  }
  if (positionals.length > 1) {
    throw new MicroforgeError(
      "FLAG_INVALID",
      `new takes one service name, got ${positionals.length}: ${positionals.join(" ")}`,
    );
  }
  let { raw, fromFile } = await readSpecInput(positionals[0], values, io.cwd);
  const missing = [
    raw.name === undefined ? "the service name" : "",
    raw.stack === undefined ? "--stack" : "",
  ].filter(Boolean);
  if (io.interactive && !values.yes) {
    const { promptForAnswers } = await import("../prompts.js");
    raw = await promptForAnswers(raw, registry, !fromFile);
  } else if (missing.length > 0) {
    const stacks = registry.map((stack) => stack.id).join(", ") || "none yet";
    const reason = values.yes
      ? "--yes gives defaults only to optional answers"
      : "there is no terminal to ask in";
    throw new MicroforgeError(
      "MISSING_ANSWER",
      `missing ${missing.join(" and ")} (${reason}): run microforge new <name> --stack <id>; stacks: ${stacks}`,
    );
  }

  const spec = parseSpec(raw, registry, fromFile ? String(values.spec) : undefined);
  const colors = createColors(io.stderr, io.env);
  const started = performance.now();
  const tree = generate(spec, { registry });
  const files = tree.list();
  const target = resolve(io.cwd, typeof values.out === "string" ? values.out : spec.name);
  const shown = relative(io.cwd, target) || ".";

  if (values["dry-run"]) {
    io.stdout.write(`Would create ${shown} (${spec.stack}):\n`);
    io.stdout.write(formatPlan(planCreation(files), createColors(io.stdout, io.env)));
    io.stdout.write("Dry run: nothing was written.\n");
    return 0;
  }
  const progress = (text: string) => {
    if (io.stderr.isTTY) io.stderr.write(`${colors.dim("›")} ${text}\n`);
  };
  progress(`rendered ${files.length} files in ${Math.round(performance.now() - started)} ms`);
  progress(`writing ${shown}`);
  await writeProject(files, target, {
    force: Boolean(values.force),
    stagingSuffix: String(io.pid),
  });
  io.stdout.write(`Created ${shown} (${spec.stack}, ${files.length} files).\n`);
  io.stdout.write(`Next: cd ${shown} && cat README.md\n`);
  return 0;
}
