import { describe, expect, it } from "vitest";
import {
  listRequiredProviders,
  terraformValidator,
} from "../../platform-checks/validators/terraform.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const VARIABLES = dedent(`
  variable "registry" {
    type        = string
    description = "Container registry the image is pushed to"
  }

  variable "cluster_name" {
    type        = string
    description = "Kubernetes cluster the service is deployed to"
  }
`);

const MAIN = dedent(`
  terraform {
    required_version = ">= 1.6"
  }

  locals {
    image = "\${var.registry}/orders"
  }

  output "image" {
    value = local.image
  }
`);

const PROVIDER = dedent(`
  terraform {
    required_providers {
      kubernetes = {
        source  = "hashicorp/kubernetes"
        version = "~> 2.35"
      }
    }
  }
`);

describe("required providers", () => {
  it("reads them from terraform providers", () => {
    const output =
      "\nProviders required by configuration:\n.\n├── provider[registry.terraform.io/hashicorp/kubernetes] ~> 2.35\n";
    expect(listRequiredProviders(output)).toEqual(["registry.terraform.io/hashicorp/kubernetes"]);
    expect(listRequiredProviders("\nProviders required by configuration:\n.\n")).toEqual([]);
  });
});

describe("terraform validator (fmt -check, init -backend=false, validate)", () => {
  const tools = useValidatorTools(terraformValidator);
  const samples = useSampleProjects();

  it("fails an unformatted file", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(terraformValidator, {
      "infra/terraform/variables.tf": breakSample(
        VARIABLES,
        "type        = string",
        "type = string",
      ),
      "infra/terraform/main.tf": MAIN,
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toMatch(/fmt -check: FAILED[\s\S]*variables\.tf/);
  });

  it("fails a reference to an undeclared variable", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(terraformValidator, {
      "infra/terraform/variables.tf": VARIABLES,
      "infra/terraform/main.tf": breakSample(MAIN, "var.registry", "var.registy"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("validate: FAILED");
    expect(report.detail).toContain("Reference to undeclared input variable");
  });

  it("passes a provider-free configuration after init and validate", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(terraformValidator, {
      "infra/terraform/variables.tf": VARIABLES,
      "infra/terraform/main.tf": MAIN,
    });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
    expect(report.checks.at(-1)).toMatch(/validate$/);
  });

  it("says validate did not run when a provider would need downloading", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(terraformValidator, {
      "infra/terraform/variables.tf": VARIABLES,
      "infra/terraform/main.tf": MAIN,
      "infra/terraform/versions.tf": PROVIDER,
    });
    expect(report.status).toBe("passed");
    expect(report.checks.some((check) => check.endsWith("validate"))).toBe(false);
    expect(report.detail).toContain("validate did not run");
    expect(report.detail).toMatch(/registry\.(terraform\.io|opentofu\.org)\/hashicorp\/kubernetes/);
  });

  it("still loads such a configuration: an unknown block fails", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(terraformValidator, {
      "infra/terraform/variables.tf": VARIABLES,
      "infra/terraform/main.tf": breakSample(MAIN, 'output "image"', 'outptu "image"'),
      "infra/terraform/versions.tf": PROVIDER,
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("providers (loads the configuration): FAILED");
  });
});
