import { resolve } from "node:path";
import { MicroforgeError } from "../../errors.js";
import { planAddResource } from "../../project/add-resource.js";
import type { StackRegistry } from "../../stacks/types.js";
import { formatFlagHelp, parseFlags } from "../flags.js";
import { type CliIo, createColors } from "../io.js";
import { formatPlan } from "../report.js";

const ADD_FLAGS = [
  { name: "dir", value: "<dir>", help: "the generated project (default: the current folder)" },
  { name: "dry-run", help: "print what would change and write nothing" },
  { name: "help", short: "h", help: "show this help" },
];

export const ADD_HELP = `Usage: microforge add resource <Name>[/<Plural>] <field:type[!][:modifier...]>...

Adds a resource to a generated project: writes its files and wiring, then records it in
microforge.yaml. Refuses to overwrite a file you changed since it was generated.

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
  const plan = await planAddResource({ projectDir, resource: name, fields, registry });
  const colors = createColors(io.stdout, io.env);
  const visible = plan.changes.filter((change) => change.action !== "unchanged");
  if (values["dry-run"]) {
    io.stdout.write(
      `Adding ${name} would change:\n${formatPlan(visible, colors)}Dry run: nothing was written.\n`,
    );
    return 0;
  }
  await plan.apply({ stagingSuffix: String(io.pid) });
  const written = visible.filter(
    (change) => change.action === "create" || change.action === "update",
  );
  io.stdout.write(`Added ${name}: ${written.length} files written, microforge.yaml updated.\n`);
  return 0;
}
