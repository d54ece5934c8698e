import { createHash } from "node:crypto";
import * as z from "zod/mini";
import type { Spec } from "../spec/schema.js";
import { ANSWERS_FILE } from "../spec/serialize.js";
import type { FileTree } from "./file-tree.js";

/** What microforge records about a generation, so later commands know what the user changed. */
export const MANIFEST_FILE = ".microforge/manifest.json";

const manifestSchema = z.object({
  generator: z.literal("microforge"),
  version: z.string(),
  spec: z.record(z.string(), z.unknown()),
  files: z.record(z.string(), z.string()),
});

export type Manifest = z.output<typeof manifestSchema>;

export function hashContent(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/** A hash of every generated file but the answers file, which the user is meant to edit. */
export function createManifest(tree: FileTree, spec: Spec, version: string): string {
  const files: Record<string, string> = {};
  for (const file of tree.list()) {
    if (file.path === ANSWERS_FILE || file.path === MANIFEST_FILE) continue;
    files[file.path] = hashContent(file.content);
  }
  return stringifyStable({ generator: "microforge", version, spec, files });
}

export function parseManifest(text: string): Manifest | undefined {
  try {
    const result = manifestSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted at every depth, two-space indented, with a final newline. */
export function stringifyStable(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry !== undefined) sorted[key] = sortKeys(entry);
  }
  return sorted;
}
