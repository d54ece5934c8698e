import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../src/engine/generate.js";
import { writeProject } from "../src/project/writer.js";
import { parseSpec, parseSpecYaml } from "../src/spec/load.js";
import { CI_TARGETS, DEPLOY_TARGETS } from "../src/spec/schema.js";
import type { StackDescriptor, StackRegistry } from "../src/stacks/types.js";

const SPEC_FILE = new URL("../conformance/spec.yaml", import.meta.url);

export interface GeneratedProject {
  root: string;
  /** Milliseconds the generation took. */
  durationMs: number;
  remove(): Promise<void>;
}

/**
 * Generates the conformance spec for a stack into a temporary folder, with every platform
 * option on (every CI target, every deploy target), as the conformance harness does.
 */
export async function generatePlatformProject(
  stack: StackDescriptor,
  registry: StackRegistry,
): Promise<GeneratedProject> {
  const started = performance.now();
  const raw = parseSpecYaml(readFileSync(SPEC_FILE, "utf8"), "conformance/spec.yaml") as {
    features?: Record<string, unknown>;
  };
  const spec = parseSpec(
    {
      ...raw,
      stack: stack.id,
      features: { ...raw.features, ci: [...CI_TARGETS], deploy: [...DEPLOY_TARGETS] },
    },
    registry,
    "conformance/spec.yaml",
  );
  const folder = await mkdtemp(join(tmpdir(), `microforge-platform-${stack.id}-`));
  const root = join(folder, spec.name);
  await writeProject(generate(spec, { registry }).list(), root);
  return {
    root,
    durationMs: Math.round(performance.now() - started),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}
