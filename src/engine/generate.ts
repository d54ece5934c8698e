import { MicroforgeError } from "../errors.js";
import { PLATFORM_FILES, platformTemplates } from "../platform/index.js";
import type { Spec } from "../spec/schema.js";
import { ANSWERS_FILE, stringifySpec } from "../spec/serialize.js";
import type { StackDescriptor, StackRegistry } from "../stacks/types.js";
import { VERSION } from "../version.js";
import { FileTree } from "./file-tree.js";
import { createManifest, MANIFEST_FILE } from "./manifest.js";
import { buildModel } from "./model.js";
import { renderEntries } from "./render.js";

export interface GenerateOptions {
  registry: StackRegistry;
  /** The microforge version recorded in the project; the running version by default. */
  version?: string;
}

/**
 * The engine: a pure function from a validated spec to an in-memory file tree. The platform's
 * shared files and the stack's own files render onto one tree; the answers file and the
 * manifest of content hashes are added last.
 */
export function generate(spec: Spec, options: GenerateOptions): FileTree {
  const version = options.version ?? VERSION;
  const stack = requireStack(spec.stack, options.registry);
  const model = buildModel(spec, stack, version);
  const tree = new FileTree();
  renderEntries(tree, PLATFORM_FILES, platformTemplates, model);
  renderEntries(tree, stack.files, stack.templates, model);
  tree.add(ANSWERS_FILE, stringifySpec(spec));
  tree.add(MANIFEST_FILE, createManifest(tree, spec, version));
  return tree;
}

function requireStack(id: string, registry: StackRegistry): StackDescriptor {
  const stack = registry.find((candidate) => candidate.id === id);
  if (!stack) throw new MicroforgeError("SPEC_INVALID", `unknown stack "${id}"`);
  return stack;
}
