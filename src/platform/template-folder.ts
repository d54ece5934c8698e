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

/**
 * A template source reading each path from the first of several sources that has it: a
 * framework's own templates first, then the templates its language's stacks share.
 */
export function overlayTemplates(...sources: readonly TemplateSource[]): TemplateSource {
  return {
    read(path: string): string {
      const errors: unknown[] = [];
      for (const source of sources) {
        try {
          return source.read(path);
        } catch (error) {
          errors.push(error);
        }
      }
      throw new AggregateError(errors, `no template folder has ${path}`);
    },
  };
}
