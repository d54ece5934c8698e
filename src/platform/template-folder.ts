import { readFileSync } from "node:fs";
import type { TemplateSource } from "../engine/types.js";

/**
 * Templates shipped inside the microforge package, read on first use and kept in memory. These
 * are package assets, like code: reading them is not the engine touching the user's disk.
 */
export function createTemplateFolder(base: URL): TemplateSource {
  const cache = new Map<string, string>();
  return {
    read(path: string): string {
      let text = cache.get(path);
      if (text === undefined) {
        text = readFileSync(new URL(path, base), "utf8");
        cache.set(path, text);
      }
      return text;
    },
  };
}
