import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ToolReport, ValidatorReport } from "./report.js";
import { ensureTool, type InstalledTool, type ToolId } from "./tools/index.js";
import type { Validator } from "./validators/index.js";

/**
 * Runs one validator on a project. No input files → "skipped" (never "passed"); a tool that
 * cannot be installed → "failed", since nothing was checked.
 */
export async function runValidator(
  validator: Validator,
  project: string,
): Promise<ValidatorReport> {
  const started = performance.now();
  const base = { id: validator.id, title: validator.title };
  const finish = (
    fields: Omit<ValidatorReport, "id" | "title" | "durationMs">,
  ): ValidatorReport => ({
    ...base,
    ...fields,
    durationMs: Math.round(performance.now() - started),
  });

  const files = await validator.findFiles(project);
  if (files.length === 0) {
    return finish({
      status: "skipped",
      passed: false,
      tools: [],
      files: [],
      checks: [],
      detail: `skipped: no files (expects ${validator.inputs})`,
    });
  }
  const tools = new Map<ToolId, InstalledTool>();
  try {
    for (const id of validator.tools) tools.set(id, await ensureTool(id));
  } catch (error) {
    return finish({
      status: "failed",
      passed: false,
      tools: [...tools.values()].map(describeTool),
      files,
      checks: [],
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const scratch = await mkdtemp(join(tmpdir(), `microforge-platform-${validator.id}-`));
  try {
    const outcome = await validator.validate({ project, files, tools, scratch });
    return finish({
      status: outcome.passed ? "passed" : "failed",
      passed: outcome.passed,
      tools: [...tools.values()].map(describeTool),
      files,
      checks: outcome.checks,
      detail: outcome.detail,
    });
  } catch (error) {
    return finish({
      status: "failed",
      passed: false,
      tools: [...tools.values()].map(describeTool),
      files,
      checks: [],
      detail: `the validator crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function describeTool(tool: InstalledTool): ToolReport {
  return { name: tool.name, version: tool.version, source: tool.source, install: tool.install };
}

export async function runValidators(
  validators: readonly Validator[],
  project: string,
  onResult: (report: ValidatorReport) => void = () => undefined,
): Promise<ValidatorReport[]> {
  const reports: ValidatorReport[] = [];
  for (const validator of validators) {
    const report = await runValidator(validator, project);
    onResult(report);
    reports.push(report);
  }
  return reports;
}
