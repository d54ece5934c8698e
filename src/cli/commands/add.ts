import { resolve } from "node:path";
import { MicroforgeError } from "../../errors.js";
import { planAddResource } from "../../project/add-resource.js";
import type { StackRegistry } from "../../stacks/types.js";
import { createBaseRenderer } from "../base-renderer.js";
import { formatFlagHelp, parseFlags } from "../flags.js";
import { type CliIo, createColors } from "../io.js";
import { formatUpdatePlan, formatUpdateResult } from "../update-report.js";

const ADD_FLAGS = [
  { name: "dir", value: "<dir>", help: "the generated project (default: the current folder)" },
  { name: "dry-run", help: "print what would change and write nothing" },
  { name: "help", short: "h", help: "show this help" },
];

export const ADD_HELP = `Usage: microforge add resource <Name>[/<Plural>] <field:type[!][:modifier...]>...

Adds a resource to a generated project: records it in microforge.yaml and updates the project
as microforge update does, merging with the files you changed.

Options:
${formatFlagHelp(ADD_FLAGS)}

Example:
  microforge add resource Product name:string!:max=120 price:decimal:min=0 tags:text
`;

export async function runAdd(
  argv: readonly string[],
  io: CliIo,
  registry: StackRegistry,
): Promise<number> {
  const { values, positionals } = parseFlags("add", argv, ADD_FLAGS);
  if (values.help) {
    io.stdout.write(ADD_HELP);
    return 0;
  }
  const [kind, name, ...fields] = positionals;
  if (kind !== "resource") {
    throw new MicroforgeError(
      "FLAG_INVALID",
      `add: expected "add resource <Name> <fields...>"${kind ? `, got "add ${kind}"` : ""}`,
    );
  }
  if (!name || fields.length === 0) {
    throw new MicroforgeError(
      "FLAG_INVALID",
      "add resource: give a resource name and at least one field, e.g. add resource Product name:string!",
    );
  }
  const projectDir = resolve(io.cwd, typeof values.dir === "string" ? values.dir : ".");
  const plan = await planAddResource({
    projectDir,
    resource: name,
    fields,
    registry,
    renderBase: createBaseRenderer(registry, io),
  });
  const colors = createColors(io.stdout, io.env);
  if (values["dry-run"]) {
    io.stdout.write(
      `Adding ${name} would change:\n${formatUpdatePlan(plan, colors, false)}Dry run: nothing was written.\n`,
    );
    return 0;
  }
  await plan.apply({ stagingSuffix: String(io.pid) });
  io.stdout.write(`Added ${name}; microforge.yaml updated. ${formatUpdateResult(plan, colors)}`);
  return plan.conflicts.length > 0 ? 1 : 0;
}
