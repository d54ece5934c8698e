import type { TemplateSource } from "../engine/types.js";

/**
 * A template source reading each path from the first of several folders that has it: a
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
