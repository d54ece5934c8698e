/**
 * Every failure a user can see is a MicroforgeError with a stable code. Only the CLI layer
 * catches these and turns them into a message and an exit code.
 */
export type ErrorCode =
  | "SPEC_INVALID"
  | "SPEC_UNREADABLE"
  | "SHORTHAND_INVALID"
  | "FLAG_INVALID"
  | "MISSING_ANSWER"
  | "UNKNOWN_COMMAND"
  | "TARGET_NOT_EMPTY"
  | "NOT_A_PROJECT"
  | "RESOURCE_EXISTS"
  | "USER_MODIFIED_FILES"
  | "TEMPLATE_FAILED"
  | "WRITE_FAILED"
  | "DIRTY_WORK_TREE"
  | "REMOVALS_UNCONFIRMED"
  | "BASE_MISMATCH"
  | "BASE_RENDER_FAILED"
  | "SCHEMA_CHANGE_UNSUPPORTED"
  | "CANCELLED";

/** Exit code 2 for bad input (the user can fix the command), 1 for runtime failures. */
const BAD_INPUT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "SPEC_INVALID",
  "SPEC_UNREADABLE",
  "SHORTHAND_INVALID",
  "FLAG_INVALID",
  "MISSING_ANSWER",
  "UNKNOWN_COMMAND",
  "TARGET_NOT_EMPTY",
  "NOT_A_PROJECT",
  "RESOURCE_EXISTS",
  "DIRTY_WORK_TREE",
  "REMOVALS_UNCONFIRMED",
  "SCHEMA_CHANGE_UNSUPPORTED",
]);

export class MicroforgeError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    details: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MicroforgeError";
    this.code = code;
    this.details = details;
  }

  get exitCode(): 1 | 2 {
    return BAD_INPUT.has(this.code) ? 2 : 1;
  }
}

/** One problem in a spec, located by its path, e.g. `resources[1].fields[3].name`. */
export interface SpecIssue {
  path: string;
  message: string;
}

export class SpecError extends MicroforgeError {
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[], source?: string) {
    const where = source ? ` in ${source}` : "";
    super(
      "SPEC_INVALID",
      `Invalid spec${where}`,
      issues.map((issue) => formatSpecIssue(issue)),
    );
    this.issues = issues;
  }
}

export function formatSpecIssue(issue: SpecIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
