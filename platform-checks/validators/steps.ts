import type { ExecResult } from "../exec.js";
import type { ValidationOutcome } from "./types.js";

/** One checked thing: a tool run or a rule of the suite's own, with its evidence on failure. */
export interface Step {
  check: string;
  passed: boolean;
  detail: string;
}

const MAX_DETAIL = 6_000;

/** A step from a tool run: passed when it exited 0 (and `accept`, when given, agrees). */
export function stepFromRun(
  check: string,
  command: string,
  result: ExecResult,
  accept: (result: ExecResult) => boolean = () => true,
): Step {
  const passed = result.exitCode === 0 && accept(result);
  const output = result.output.trim();
  return {
    check,
    passed,
    detail: passed
      ? ""
      : `$ ${command}\n(exit ${result.exitCode})\n${output.slice(-MAX_DETAIL) || "(no output)"}`,
  };
}

export function passedStep(check: string): Step {
  return { check, passed: true, detail: "" };
}

export function failedStep(check: string, detail: string): Step {
  return { check, passed: false, detail };
}

/** Folds steps into one outcome: passed when every step passed; notes are kept either way. */
export function summarizeSteps(
  steps: readonly Step[],
  notes: readonly string[] = [],
): ValidationOutcome {
  const failures = steps.filter((step) => !step.passed);
  return {
    passed: steps.length > 0 && failures.length === 0,
    checks: steps.map((step) => step.check),
    detail: [...failures.map((step) => `${step.check}: FAILED\n${step.detail}`), ...notes].join(
      "\n\n",
    ),
  };
}
