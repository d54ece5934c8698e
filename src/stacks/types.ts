import type { MigrationModel } from "../engine/migrations.js";
import type { FieldModel, ResourceModel, ServiceModel } from "../engine/model.js";
import type { FileEntry, TemplateSource } from "../engine/types.js";
import type { Language } from "../naming/index.js";
import type { ToolchainId } from "../platform/toolchains.js";
import type { AuthMode, CiTarget, DeployTarget, Spec } from "../spec/schema.js";

/** The commands a stack's users run; shared templates (README, Makefile, CI) are fed from these. */
export interface StackCommands {
  install: string;
  lint: string;
  formatCheck: string;
  format: string;
  typecheck: string;
  /** Compiles the project where the stack has a build step (the conformance run calls it). */
  build?: string;
  test: string;
  /** Runs the end-to-end tests against the service at BASE_URL. */
  testE2e: string;
  migrate: string;
  /** Runs the service for development (reloading where the stack can). */
  run: string;
  /** Starts the service in production mode, as the container does and the conformance run does. */
  start: string;
  devToken: string;
}

/** How the stack's container image runs; entrypoint.sh and docker-compose.yml are fed from this. */
export interface StackContainer {
  /** Applies the migrations inside the image (entrypoint.sh, when RUN_MIGRATIONS=true). */
  migrate: string;
  /** Starts the service inside the image. */
  start: string;
  /** Paths .dockerignore keeps out of the build context, besides the shared ones. */
  ignore: readonly string[];
  /**
   * What the image sets for production besides PORT (`NODE_ENV=production`); `make start` and
   * the service benchmark run `commands.start` with it, as the image does.
   */
  env?: Readonly<Record<string, string>>;
}

/** A Makefile target only some stacks have, e.g. exporting requirements.txt from a lock file. */
export interface StackTask {
  name: string;
  command: string;
  description: string;
}

/** A command a CI job runs, in the stack's toolchain image or in an image of its own. */
export interface PipelineCommand {
  /** The tool's name, for the README. */
  tool: string;
  command: string;
  /** An image that has the tool, when the toolchain's image does not (e.g. semgrep's). */
  image?: string;
}

/** What the generated CI/CD pipelines need from a stack besides its commands. */
export interface StackPipeline {
  toolchain: ToolchainId;
  /** Installs tools the lint job needs that the project's install does not (e.g. a linter). */
  lintTools?: string;
  /** Static security analysis of the code (bandit, semgrep, SpotBugs, gosec). */
  securityScan: PipelineCommand;
  /** Known vulnerabilities in the dependencies (pip-audit, npm audit, govulncheck...). */
  dependencyAudit: PipelineCommand;
}

/** A section a stack adds to the generated README, e.g. why it accesses the database as it does. */
export interface StackReadmeSection {
  title: string;
  /** Markdown; `__a.b__` placeholders are filled from the view model, as in commands. */
  body: string;
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
  /** The commands for a spec (a Go binary, say, is named after the service). */
  commands: (spec: Spec) => StackCommands;
  container: (spec: Spec) => StackContainer;
  pipeline: StackPipeline;
  /** Extra Makefile targets, listed in the README beside the shared ones. */
  tasks: readonly StackTask[];
  /** What a developer installs to work without Docker, for the README (one short paragraph). */
  prerequisites?: string;
  /** Lines the stack adds to the shared .gitignore. */
  gitignore: readonly string[];
  /** Sections the stack adds to the README, after the API section. */
  readme?: readonly StackReadmeSection[];
  files: readonly FileEntry[];
  templates: TemplateSource;
  /**
   * Stack-specific facts about a field (its types and literals in the stack's language),
   * exposed to templates as `field.stack`, so templates print them instead of deriving them.
   */
  describeField?: (field: FieldModel, resource: ResourceModel) => Record<string, unknown>;
  /**
   * The same for a resource (`resource.stack`), e.g. the imports its files need; the spec gives
   * what lies outside the resource, such as the service's name.
   */
  describeResource?: (resource: ResourceModel, spec: Spec) => Record<string, unknown>;
  /** The same for a migration (`migration.stack`), e.g. its file name in the stack's tool. */
  describeMigration?: (migration: MigrationModel, model: ServiceModel) => Record<string, unknown>;
  /** The same for the service (`stack.facts`), e.g. its pinned dependencies. */
  describeService?: (model: ServiceModel) => Record<string, unknown>;
}

export type StackRegistry = readonly StackDescriptor[];
