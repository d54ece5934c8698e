import type { StackRegistry } from "../../stacks/types.js";
import { parseFlags } from "../flags.js";
import type { CliIo } from "../io.js";

export const STACKS_HELP = `Usage: microforge stacks [--json]

Lists the stacks microforge can generate and what each supports.
`;

export function runStacks(argv: readonly string[], io: CliIo, registry: StackRegistry): number {
  const { values } = parseFlags("stacks", argv, [
    { name: "json", help: "print JSON" },
    { name: "help", short: "h", help: "show this help" },
  ]);
  if (values.help) {
    io.stdout.write(STACKS_HELP);
    return 0;
  }
  const rows = registry.map((stack) => ({
    id: stack.id,
    title: stack.title,
    language: stack.language,
    defaultPort: stack.defaultPort,
    supports: stack.supports,
  }));
  if (values.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    io.stdout.write("No stacks are available in this version yet.\n");
    return 0;
  }
  for (const row of rows) {
    const { supports } = row;
    io.stdout.write(
      `${row.id.padEnd(16)} ${row.title} (port ${row.defaultPort}; auth: ${supports.auth.join("/")}; ci: ${supports.ci.join(", ")}; deploy: ${supports.deploy.join(", ")}${supports.metrics ? "; metrics" : ""}${supports.tracing ? "; tracing" : ""})\n`,
    );
  }
  return 0;
}
