import { parseArgs } from "node:util";
import { MicroforgeError } from "../errors.js";

/** One command-line option: the table drives both parsing and `--help`. */
export interface FlagSpec {
  name: string;
  short?: string;
  /** Placeholder shown in help; a flag without one is a boolean switch. */
  value?: string;
  multiple?: boolean;
  help: string;
}

export type ParsedFlags = Record<string, string | boolean | string[] | undefined>;

export function parseFlags(
  command: string,
  argv: readonly string[],
  flags: readonly FlagSpec[],
): { values: ParsedFlags; positionals: string[] } {
  const options: Record<
    string,
    { type: "string" | "boolean"; short?: string; multiple?: boolean }
  > = {};
  for (const flag of flags) {
    options[flag.name] = {
      type: flag.value ? "string" : "boolean",
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedFlags, positionals };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new MicroforgeError(
      "FLAG_INVALID",
      `${command}: ${describeParseError(message)} (see microforge ${command} --help)`,
    );
  }
}

function describeParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]?.replace(/^-\w, /, "")} needs a value`;
  return message.replace(/\. To specify.*$/, "");
}

export function formatFlagHelp(flags: readonly FlagSpec[]): string {
  const rows = flags.map((flag) => {
    const names = `${flag.short ? `-${flag.short}, ` : "    "}--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
    return [names, flag.help] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length)) + 2;
  return rows.map(([names, help]) => `  ${names.padEnd(width)}${help}`).join("\n");
}
