import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export type ValidatorStatus = "passed" | "failed" | "skipped";

export interface ToolReport {
  name: string;
  version: string;
  source: string;
  /** How long making it available took in this run, and whether it came from the cache. */
  install: { cached: boolean; durationMs: number };
}

export interface ValidatorReport {
  id: string;
  title: string;
  status: ValidatorStatus;
  /** True only for "passed": a skipped validator checked nothing. */
  passed: boolean;
  tools: ToolReport[];
  /** The input files, relative to the generated project. */
  files: string[];
  /** What was checked, one entry per tool run or rule. */
  checks: string[];
  /** Failing commands with their output, "skipped: no files (...)", or notes. */
  detail: string;
  durationMs: number;
}

export interface PlatformReport {
  stack: string;
  passed: boolean;
  /** Whether a skipped validator counted as a failure (--require-all). */
  requireAll: boolean;
  summary: { passed: number; failed: number; skipped: number };
  kubernetesVersions: readonly string[];
  /** Milliseconds to generate the project, and for the whole run. */
  timings: { generate: number; total: number };
  tools: ToolReport[];
  validators: ValidatorReport[];
}

/** Whether a validator's result fails the run. */
export function countsAsFailure(report: ValidatorReport, requireAll: boolean): boolean {
  return report.status === "failed" || (report.status === "skipped" && requireAll);
}

export function createPlatformReport(options: {
  stack: string;
  requireAll: boolean;
  kubernetesVersions: readonly string[];
  timings: PlatformReport["timings"];
  validators: ValidatorReport[];
}): PlatformReport {
  const { validators, requireAll } = options;
  const tools = new Map<string, ToolReport>();
  for (const validator of validators) {
    for (const tool of validator.tools) if (!tools.has(tool.name)) tools.set(tool.name, tool);
  }
  const count = (status: ValidatorStatus) =>
    validators.filter((validator) => validator.status === status).length;
  return {
    stack: options.stack,
    passed: !validators.some((validator) => countsAsFailure(validator, requireAll)),
    requireAll,
    summary: { passed: count("passed"), failed: count("failed"), skipped: count("skipped") },
    kubernetesVersions: options.kubernetesVersions,
    timings: options.timings,
    tools: [...tools.values()],
    validators,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** One line per stack and validator: status, validator, tools with versions, files, time. */
export function formatValidatorLine(
  stack: string,
  report: ValidatorReport,
  requireAll: boolean,
): string {
  const mark =
    report.status === "passed"
      ? "pass"
      : report.status === "failed" || requireAll
        ? "FAIL"
        : "skip";
  const tools =
    report.tools.length > 0
      ? report.tools.map((tool) => `${tool.name} ${tool.version}`).join(", ")
      : "-";
  const scope =
    report.status === "skipped"
      ? report.detail
      : `${plural(report.files.length, "file")}, ${plural(report.checks.length, "check")}`;
  return `${mark}  ${stack}  ${report.id.padEnd(14)}  ${tools.padEnd(44)}  ${scope}  ${formatSeconds(report.durationMs)}`;
}

/** The failure detail (and notes) under a line, indented. */
export function formatDetail(report: ValidatorReport): string {
  if (report.status === "skipped" || report.detail === "") return "";
  return report.detail
    .split("\n")
    .map((line) => `      ${line}`)
    .join("\n");
}

export function formatSummary(report: PlatformReport): string {
  const { passed, failed, skipped } = report.summary;
  const skippedNote = skipped > 0 && report.requireAll ? " (--require-all: skipped fails)" : "";
  return [
    `${report.stack}: generated in ${formatSeconds(report.timings.generate)}, validated in ${formatSeconds(report.timings.total)}${skippedNote}`,
    `${report.stack}: ${passed} passed, ${failed} failed, ${skipped} skipped`,
  ].join("\n");
}

export async function writePlatformReport(report: PlatformReport, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, `platform-${report.stack}.json`);
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
