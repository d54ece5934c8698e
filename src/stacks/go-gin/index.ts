import { createTemplateFolder } from "../../platform/template-folder.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";
import {
  describeGoCommands,
  describeGoContainer,
  describeGoField,
  describeGoReadme,
  describeGoResource,
  describeGoService,
  GO_BASE_FILES,
  GO_GITIGNORE,
  GO_PIPELINE,
  GO_PREREQUISITES,
  GO_TASKS,
  goBaseTemplates,
  hasResources,
  overlayTemplates,
} from "./base/index.js";
import { deriveGoMod, deriveGoSum } from "./modules.js";

/** Go with Gin, pgx v5, goose, slog, client_golang, OpenTelemetry, golang-jwt, validator. */
export const goGin: StackDescriptor = {
  id: "go-gin",
  title: "Go Gin",
  language: "go",
  summary: "Gin, pgx v5 with goose migrations, slog, validator, golangci-lint, go test",
  defaultPort: 8080,
  supports: EVERY_CAPABILITY,
  commands: describeGoCommands,
  container: describeGoContainer,
  tasks: GO_TASKS,
  prerequisites: GO_PREREQUISITES,
  pipeline: GO_PIPELINE,
  gitignore: GO_GITIGNORE,
  readme: describeGoReadme("Gin"),
  files: [
    {
      template: "go.mod",
      transform: (source, model) => deriveGoMod(source, model, String(model.stack.facts.module)),
    },
    { template: "go.sum", transform: (source, model) => deriveGoSum(source, model) },
    ...GO_BASE_FILES,
    { template: "internal/server/server.go.eta" },
    { template: "internal/server/handlers.go.eta", when: hasResources },
    { template: "internal/server/routes_test.go.eta" },
    { template: "internal/server/__resource.module__.go.eta", each: "resource" },
  ],
  templates: overlayTemplates(
    createTemplateFolder(new URL("./templates/", import.meta.url)),
    goBaseTemplates,
  ),
  describeField: (field, resource) => ({ ...describeGoField(field, resource) }),
  describeResource: (resource) => ({ ...describeGoResource(resource) }),
  describeService: describeGoService,
};
