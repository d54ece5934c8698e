import { describeCommand } from "../exec.js";
import { baseName, findProjectFiles } from "../files.js";
import { runTool } from "../tools/index.js";
import { stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

/** A validator that checks files against one of check-jsonschema's vendored schemas. */
function createSchemaValidator(options: {
  id: string;
  title: string;
  inputs: string;
  schema: string;
  schemaTitle: string;
  pick: (path: string) => boolean;
}): Validator {
  return {
    id: options.id,
    title: options.title,
    inputs: options.inputs,
    tools: ["check-jsonschema"],
    findFiles: (project) => findProjectFiles(project, options.pick),
    async validate(context) {
      const tool = requireTool(context, "check-jsonschema");
      const args = ["--builtin-schema", options.schema, "--color", "never", ...context.files];
      const run = await runTool(tool, args, { cwd: context.project });
      return summarizeSteps([
        stepFromRun(
          `${options.schemaTitle} (check-jsonschema --builtin-schema ${options.schema})`,
          describeCommand("check-jsonschema", args),
          run,
        ),
      ]);
    },
  };
}

const COMPOSE_FILE = /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/;

export const composeValidator = createSchemaValidator({
  id: "compose",
  title: "docker-compose.yml",
  inputs: "docker-compose.yml",
  schema: "vendor.compose-spec",
  schemaTitle: "the Compose specification's JSON schema",
  pick: (path) => !path.includes("/") && COMPOSE_FILE.test(path),
});

export const gitlabCiValidator = createSchemaValidator({
  id: "gitlab-ci",
  title: ".gitlab-ci.yml",
  inputs: ".gitlab-ci.yml",
  schema: "vendor.gitlab-ci",
  schemaTitle: "GitLab's CI JSON schema",
  pick: (path) => baseName(path) === ".gitlab-ci.yml" && !path.includes("/"),
});
