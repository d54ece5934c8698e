import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { VERSION } from "../src/version.js";

/** What the figures were measured on, for the report's header. */
export function describeMachine() {
  return {
    date: new Date().toISOString().slice(0, 10),
    microforge: VERSION,
    commit: tryRun("git", ["rev-parse", "--short", "HEAD"]),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown"}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

function tryRun(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** Writes bench-report/<name>.json and bench-report/<name>.md (the machine, then the table). */
export async function writeBenchReport(
  name: string,
  data: { machine: ReturnType<typeof describeMachine> } & Record<string, unknown>,
  table: string,
): Promise<string> {
  await mkdir("bench-report", { recursive: true });
  await writeFile(join("bench-report", `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  const { machine } = data;
  const header = `Measured ${machine.date} with microforge ${machine.microforge} (${machine.commit}) on Node ${machine.node}, ${machine.cpu}, ${machine.memoryGiB} GiB.`;
  const path = join("bench-report", `${name}.md`);
  await writeFile(path, `${header}\n\n${table}\n`);
  return path;
}
