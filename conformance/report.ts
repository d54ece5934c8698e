import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CheckResult } from "./check.js";

export interface ConformanceReport {
  stack: string;
  passed: boolean;
  checks: CheckResult[];
  /** Milliseconds: generate, install, the project's own checks and tests, start-up to ready. */
  timings: Record<string, number>;
}

export function summarize(report: ConformanceReport): { passed: number; failed: number } {
  const passed = report.checks.filter((check) => check.passed).length;
  return { passed, failed: report.checks.length - passed };
}

/** The table printed at the end of a run: one line per check, failures with their detail. */
export function formatReport(report: ConformanceReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length), 10);
  const lines = report.checks.map((check) => {
    const mark = check.passed ? "pass" : "FAIL";
    const detail = check.passed ? "" : `\n      ${check.detail.split("\n").join("\n      ")}`;
    return `  ${mark}  ${check.id.padEnd(width)}  ${check.title}${detail}`;
  });
  const { passed, failed } = summarize(report);
  const timings = Object.entries(report.timings)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(", ");
  return [
    `${report.stack}:`,
    ...lines,
    `  timings: ${timings}`,
    `${report.stack}: ${passed} passed, ${failed} failed`,
  ].join("\n");
}

export async function writeReport(report: ConformanceReport, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${report.stack}.json`);
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
