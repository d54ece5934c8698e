import { actionlintValidator } from "./actionlint.js";
import { dockerfileValidator } from "./dockerfile.js";
import { helmValidator } from "./helm.js";
import { jenkinsfileValidator } from "./jenkinsfile.js";
import { composeValidator, gitlabCiValidator } from "./json-schema.js";
import { kustomizeValidator } from "./kustomize.js";
import { shellValidator } from "./shell.js";
import { terraformValidator } from "./terraform.js";
import type { Validator } from "./types.js";

export type { ValidationOutcome, Validator, ValidatorContext } from "./types.js";

/** Every validator, in the order the report lists them. */
export const VALIDATORS: readonly Validator[] = [
  dockerfileValidator,
  shellValidator,
  composeValidator,
  kustomizeValidator,
  helmValidator,
  actionlintValidator,
  gitlabCiValidator,
  jenkinsfileValidator,
  terraformValidator,
];
