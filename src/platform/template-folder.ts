import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { registerCompiledTemplates } from "../engine/render.js";
import type { TemplateSource } from "../engine/types.js";

/**
 * Templates shipped inside the microforge package, read on first use and kept in memory. These
 * are package assets, like code: reading them is not the engine touching the user's disk.
 */
export function createTemplateFolder(base: URL): TemplateSource {
  const cache = new Map<string, string>();
  let registered = false;
  return {
    read(path: string): string {
      if (!registered) {
        registered = true;
        registerBuiltTemplates(base);
      }
      let text = cache.get(path);
      if (text === undefined) {
        text = readFileSync(new URL(path, base), "utf8");
        cache.set(path, text);
      }
      return text;
    },
  };
}

/** The templates the build compiled (scripts/build.mjs writes `compiled.cjs`; src has none). */
function registerBuiltTemplates(base: URL): void {
  const file = new URL("compiled.cjs", base);
  if (existsSync(file)) {
    registerCompiledTemplates(createRequire(import.meta.url)(fileURLToPath(file)));
  }
}
