import { CORE_SCHEMA, dump } from "js-yaml";
import type { Field, Resource, Spec } from "./schema.js";

export const ANSWERS_FILE = "microforge.yaml";

const FIELD_KEY_ORDER = [
  "name",
  "type",
  "required",
  "unique",
  "default",
  "maxLength",
  "min",
  "max",
  "precision",
  "scale",
  "values",
] as const;

/**
 * The answers file: the normalised spec as YAML, in schema order, with `false` flags and unset
 * modifiers left out so it reads like what a person would write.
 */
export function stringifySpec(spec: Spec): string {
  const document = {
    name: spec.name,
    stack: spec.stack,
    database: spec.database,
    auth: spec.auth,
    apiVersion: spec.apiVersion,
    port: spec.port,
    features: spec.features,
    resources: spec.resources.map((resource) => toAnswersResource(resource)),
  };
  const header =
    "# The answers this project was generated from. Edit them and run `microforge update`,\n" +
    "# or add a resource with `microforge add resource`.\n";
  return header + dump(document, { schema: CORE_SCHEMA, lineWidth: -1, quoteStyle: "double" });
}

/** A resource as the answers file writes it. */
export function toAnswersResource(resource: Resource): Record<string, unknown> {
  return {
    name: resource.name,
    ...(resource.plural === undefined ? {} : { plural: resource.plural }),
    fields: resource.fields.map((field) => compactField(field)),
  };
}

function compactField(field: Field): Record<string, unknown> {
  const compact: Record<string, unknown> = {};
  for (const key of FIELD_KEY_ORDER) {
    const value = (field as unknown as Record<string, unknown>)[key];
    if (value === undefined || value === false) continue;
    compact[key] = value;
  }
  return compact;
}
