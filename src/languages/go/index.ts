/**
 * microforge's Go stacks: one per web framework, sharing every file but the framework's part of
 * the package `internal/server` (project.ts lists the shared files).
 */

import { overlayTemplates } from "../../engine/template-overlay.js";
import type { FileEntry } from "../../engine/types.js";
import { describeSqlSteps } from "../../platform/postgres-ddl.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import { EVERY_CAPABILITY } from "../../stacks/capabilities.js";
import type { StackDescriptor } from "../../stacks/types.js";
import { describeGoField, GO_SQL } from "./fields.js";
import { deriveGoMod, deriveGoSum } from "./modules.js";
import {
  describeGoCommands,
  describeGoContainer,
  describeGoReadme,
  describeGoService,
  GO_BASE_FILES,
  GO_GITIGNORE,
  GO_PIPELINE,
  GO_PREREQUISITES,
  GO_TASKS,
  goBaseTemplates,
  hasResources,
} from "./project.js";
import { describeGoResource } from "./resource.js";

/** What a Go web framework adds to the files every Go stack shares. */
export interface GoFramework {
  id: string;
  title: string;
  summary: string;
  /** The framework's name in prose: the README, the package `internal/server`'s doc. */
  name: string;
  /**
   * The framework's templates: the files of FRAMEWORK_FILES and the annotated go.mod and go.sum
   * the project's are derived from (modules.ts).
   */
  templates: URL;
}

/**
 * The framework's part of the package `internal/server`: the router (`newRouter(Dependencies)`
 * and `listRoutes`, which server.go and its tests call), the handlers' helpers and each
 * resource's routes and handlers.
 */
const FRAMEWORK_FILES: readonly FileEntry[] = [
  { template: "internal/server/router.go.eta" },
  { template: "internal/server/handlers.go.eta", when: hasResources },
  { template: "internal/server/__resource.module__.go.eta", each: "resource" },
];

/**
 * The descriptor of the Go stack built on a framework: the shared files with the framework's
 * own, the shared commands, pipeline and README, and the go.mod and go.sum of the project's
 * options.
 */
export function defineGoStack(framework: GoFramework): StackDescriptor {
  return {
    id: framework.id,
    title: framework.title,
    language: "go",
    summary: framework.summary,
    defaultPort: 8080,
    supports: EVERY_CAPABILITY,
    commands: describeGoCommands,
    container: describeGoContainer,
    tasks: GO_TASKS,
    prerequisites: GO_PREREQUISITES,
    pipeline: GO_PIPELINE,
    gitignore: GO_GITIGNORE,
    readme: describeGoReadme(framework.name),
    files: [
      {
        template: "go.mod",
        transform: (source, model) => deriveGoMod(source, model, String(model.stack.facts.module)),
      },
      { template: "go.sum", transform: (source, model) => deriveGoSum(source, model) },
      ...GO_BASE_FILES,
      ...FRAMEWORK_FILES,
    ],
    templates: overlayTemplates(createTemplateFolder(framework.templates), goBaseTemplates),
    describeField: (field, resource) => ({ ...describeGoField(field, resource) }),
    describeResource: (resource) => ({ ...describeGoResource(resource) }),
    describeMigration: (migration) => ({
      file: `${String(migration.number).padStart(5, "0")}_${migration.slug}.sql`,
      up: describeSqlSteps(migration.up, GO_SQL),
      down: describeSqlSteps(migration.down, GO_SQL),
    }),
    describeService: (model) => describeGoService(model, framework.name),
  };
}
