import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describeCommand } from "../exec.js";
import { type InstalledTool, runTool } from "../tools/index.js";
import { failedStep, type Step, stepFromRun } from "./steps.js";

/**
 * The Kubernetes versions every rendered object is validated against, in strict mode (unknown
 * fields fail): the oldest release still in standard support at the big managed providers and
 * the newest whose schemas kubernetes-validate bundles.
 */
export const KUBERNETES_VERSIONS = ["1.34.0", "1.37.0"] as const;

/** `Kind/name` of each object in a rendered YAML stream, in order. */
export function listObjects(manifest: string): string[] {
  return parseAllDocuments(manifest)
    .map((document) => document.toJS() as unknown)
    .filter(
      (object): object is Record<string, unknown> => typeof object === "object" && object !== null,
    )
    .map((object) => {
      const metadata = object.metadata as { name?: unknown } | undefined;
      return `${String(object.kind)}/${String(metadata?.name)}`;
    });
}

export interface RenderedManifest {
  /** Where it came from, e.g. an overlay's folder; names the file in error messages. */
  label: string;
  yaml: string;
}

/**
 * Validates rendered manifests against the bundled Kubernetes JSON schemas, one run per
 * Kubernetes version. An object whose kind has no schema fails too (a misspelt apiVersion
 * must not pass unvalidated), and so does a manifest that renders no object.
 */
export async function validateRenderedObjects(
  tool: InstalledTool,
  manifests: readonly RenderedManifest[],
  scratch: string,
): Promise<Step[]> {
  const steps: Step[] = [];
  const files: string[] = [];
  let objects = 0;
  for (const manifest of manifests) {
    const count = listObjects(manifest.yaml).length;
    if (count === 0)
      steps.push(failedStep(`${manifest.label}: renders objects`, "rendered no object"));
    objects += count;
    const file = join(scratch, `${manifest.label.replace(/[^\w.-]+/g, "_")}.yaml`);
    await writeFile(file, manifest.yaml);
    files.push(file);
  }
  if (files.length === 0) return steps;
  for (const version of KUBERNETES_VERSIONS) {
    const args = ["--strict", "--quiet", "--kubernetes-version", version, ...files];
    const run = await runTool(tool, args, { cwd: scratch });
    steps.push(
      stepFromRun(
        `${objects} rendered objects valid against Kubernetes ${version} (strict)`,
        describeCommand("kubernetes-validate", args),
        run,
        (result) => !/^(WARN|ERROR)\b/m.test(result.output),
      ),
    );
  }
  return steps;
}
