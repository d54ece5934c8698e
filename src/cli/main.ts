import { MicroforgeError, SpecError } from "../errors.js";
import { STACKS } from "../stacks/registry.js";
import type { StackRegistry } from "../stacks/types.js";
import { VERSION } from "../version.js";
import { type CliIo, createColors, createProcessIo } from "./io.js";

type RunCommand = (
  argv: readonly string[],
  io: CliIo,
  registry: StackRegistry,
) => Promise<number> | number;

/** Each command's module loads only when it runs: `new` never pays for update's merge. */
interface Command {
  name: string;
  summary: string;
  load(): Promise<RunCommand>;
}

const COMMANDS: readonly Command[] = [
  {
    name: "new",
    summary: "generate a new service",
    load: async () => (await import("./commands/new.js")).runNew,
  },
  {
    name: "add",
    summary: "add a resource to a generated service",
    load: async () => (await import("./commands/add.js")).runAdd,
  },
  {
    name: "update",
    summary: "bring a generated service up to date with its answers, keeping your edits",
    load: async () => (await import("./commands/update.js")).runUpdate,
  },
  {
    name: "stacks",
    summary: "list the stacks and what each supports",
    load: async () => (await import("./commands/stacks.js")).runStacks,
  },
];

function describeUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return `microforge ${VERSION}: production-ready microservices, one HTTP contract for every stack.

Usage: microforge <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join("\n")}

Run microforge <command> --help for a command's options.
Exit codes: 0 success, 1 runtime failure, 2 bad input.
`;
}

/** Runs one command line and returns its exit code; errors are printed here and nowhere else. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  registry: StackRegistry = STACKS,
): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(describeUsage());
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      throw new MicroforgeError(
        "UNKNOWN_COMMAND",
        `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(", ")}`,
      );
    }
    const run = await command.load();
    return await run(rest, io, registry);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  const colors = createColors(io.stderr, io.env);
  if (error instanceof MicroforgeError) {
    const heading = error instanceof SpecError ? `${error.message}:` : error.message;
    io.stderr.write(`${colors.red("error")} ${heading}\n`);
    for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${colors.red("error")} unexpected failure: ${message}\n`);
  if (io.env.MICROFORGE_DEBUG && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
  return 1;
}

/** The process entry point: the only place that sets the exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), createProcessIo());
}
