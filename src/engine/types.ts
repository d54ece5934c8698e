import type { MigrationModel } from "./migrations.js";
import type { ResourceModel, ServiceModel } from "./model.js";

/** Where a stack's (or the platform's) template files come from; the engine never reads a disk. */
export interface TemplateSource {
  read(path: string): string;
}

/**
 * One entry of a file list. `template` is the template's path under its templates folder and,
 * minus a trailing `.eta`, the output path. `__a.b__` segments in it are placeholders filled
 * from the view model (`__resource.module__`). Files ending in `.eta` are rendered with Eta;
 * others are copied as they are.
 */
export interface FileEntry {
  template: string;
  /**
   * The output path, with placeholders, when it is not the template's own: lets stacks that
   * lay their files out differently render one shared template each to its own place.
   */
  output?: string;
  /**
   * Render once per resource, with `it.resource` set; once per enum field of every resource,
   * with `it.resource` and `it.field` set (for languages that give each enum its own file); or
   * once per migration, with `it.migration` set.
   */
  each?: "resource" | "enum" | "migration";
  /** Include the file only when this holds, e.g. `(it) => it.spec.auth === "jwt"`. */
  when?: (model: ServiceModel) => boolean;
  executable?: boolean;
  /**
   * Computes the file from its template's text instead of Eta, for files no template language
   * should write by hand, such as a lock file derived from a stored one.
   */
  transform?: (
    source: string,
    scope: ServiceModel & { resource?: ResourceModel; migration?: MigrationModel },
  ) => string;
}
