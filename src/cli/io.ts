/** The CLI's view of its process: streams, terminal, environment and working folder. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** True when both stdin and stdout are terminals, so prompts can be answered. */
  interactive: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  pid: number;
}

export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    pid: process.pid,
  };
}

export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** Colours follow the terminal: off when the stream is not a TTY, with NO_COLOR or TERM=dumb. */
export function createColors(stream: { isTTY?: boolean }, env: CliIo["env"]): Colors {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const enabled =
    forced || (Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb");
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}
