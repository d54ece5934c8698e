import type { InstalledTool, ToolId } from "../tools/index.js";

/** What one validator found. `checks` names what was checked, so a report shows the scope. */
export interface ValidationOutcome {
  passed: boolean;
  checks: string[];
  /** The failing commands and their output; notes about what could not be checked. */
  detail: string;
}

export interface ValidatorContext {
  /** The project's root folder. */
  project: string;
  /** The input files, relative to the project root. */
  files: string[];
  tools: ReadonlyMap<ToolId, InstalledTool>;
  /** A folder of the validator's own for rendered output and tool state. */
  scratch: string;
}

export interface Validator {
  id: string;
  title: string;
  /** Which files it reads, for the "skipped: no files" message. */
  inputs: string;
  tools: readonly ToolId[];
  /** The project files this validator reads; none means the validator is skipped. */
  findFiles(project: string): Promise<string[]>;
  validate(context: ValidatorContext): Promise<ValidationOutcome>;
}

/** The tool a validator asked for (the runner installs them all before calling validate). */
export function requireTool(context: ValidatorContext, id: ToolId): InstalledTool {
  const tool = context.tools.get(id);
  if (!tool) throw new Error(`tool ${id} was not installed for this validator`);
  return tool;
}
