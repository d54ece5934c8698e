import type { FieldModel, ResourceModel, ServiceModel } from "../engine/model.js";
import type { FileEntry, TemplateSource } from "../engine/types.js";
import type { Language } from "../naming/index.js";
import type { AuthMode, CiTarget, DeployTarget } from "../spec/schema.js";

/** The commands a stack's users run; shared templates (README, Makefile, CI) are fed from these. */
export interface StackCommands {
  install: string;
  lint: string;
  formatCheck: string;
  format: string;
  typecheck: string;
  test: string;
  migrate: string;
  /** Runs the service for development (reloading where the stack can). */
  run: string;
  /** Starts the service in production mode, as the container does and the conformance run does. */
  start: string;
  devToken: string;
}

export interface StackCapabilities {
  auth: readonly AuthMode[];
  ci: readonly CiTarget[];
  deploy: readonly DeployTarget[];
  metrics: boolean;
  tracing: boolean;
}

/**
 * Everything microforge knows about one stack. A new stack is a folder under src/stacks/ with
 * a descriptor like this one, its file list and its templates, plus one line in registry.ts.
 */
export interface StackDescriptor {
  id: string;
  title: string;
  language: Language;
  summary: string;
  defaultPort: number;
  supports: StackCapabilities;
  commands: StackCommands;
  /** Lines the stack adds to the shared .gitignore. */
  gitignore: readonly string[];
  files: readonly FileEntry[];
  templates: TemplateSource;
  /**
   * Stack-specific facts about a field (its types and literals in the stack's language),
   * exposed to templates as `field.stack`, so templates print them instead of deriving them.
   */
  describeField?: (field: FieldModel, resource: ResourceModel) => Record<string, unknown>;
  /** The same for a resource (`resource.stack`), e.g. the imports its files need. */
  describeResource?: (resource: ResourceModel) => Record<string, unknown>;
  /** The same for the service (`stack.facts`), e.g. its pinned dependencies. */
  describeService?: (model: ServiceModel) => Record<string, unknown>;
}

export type StackRegistry = readonly StackDescriptor[];
