import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type * as z from "zod/mini";
import { MicroforgeError, SpecError, type SpecIssue } from "../errors.js";
import type { StackRegistry } from "../stacks/types.js";
import { checkSpecRules } from "./rules.js";
import { featuresSchema, fieldSchema, resourceSchema, type Spec, specSchema } from "./schema.js";
import { suggestClosest } from "./suggest.js";

/**
 * Turns a raw object (from YAML, flags or prompts) into a validated, normalised Spec, or throws
 * a SpecError listing every problem with its spec path.
 */
export function parseSpec(raw: unknown, registry: StackRegistry, source?: string): Spec {
  const result = specSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new SpecError(
      result.error.issues.flatMap((issue) => describeZodIssue(issue)),
      source,
    );
  }
  const checked = checkSpecRules(result.data, registry);
  if (checked.spec === undefined) throw new SpecError(checked.issues, source);
  return checked.spec;
}

/**
 * Parses YAML text into a raw object; YAML syntax errors name the line and column. The YAML 1.2
 * core schema keeps `2024-01-01` and `yes` strings, as the spec means them.
 */
export function parseSpecYaml(text: string, source: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? `${source}:${error.mark.line + 1}:${error.mark.column + 1}` : source;
    throw new MicroforgeError("SPEC_UNREADABLE", `${where}: ${error.reason}`);
  }
}

/** `["resources", 1, "fields", 3, "name"]` → `resources[1].fields[3].name`. */
export function formatSpecPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function describeZodIssue(issue: z.core.$ZodIssue): SpecIssue[] {
  const path = formatSpecPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const allowed = allowedKeysAt(issue.path);
        const guess = suggestClosest(key, allowed);
        const hint = guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(", ")}`;
        return { path: formatSpecPath([...issue.path, key]), message: `unknown key; ${hint}` };
      });
    case "invalid_type":
      return [
        {
          path,
          message:
            issue.input === undefined
              ? "is required"
              : `expected ${describeExpected(issue.expected)}, got ${describeValue(issue.input)}`,
        },
      ];
    case "invalid_value":
      return [
        {
          path,
          message: `${describeValue(issue.input)} is not allowed; use one of: ${issue.values.map(String).join(", ")}`,
        },
      ];
    case "too_small":
      return [{ path, message: `must be at least ${String(issue.minimum)}` }];
    case "too_big":
      return [{ path, message: `must be at most ${String(issue.maximum)}` }];
    case "invalid_union": {
      const expected = issue.errors.flatMap((options) =>
        options.flatMap((option) => (option.code === "invalid_type" ? [option.expected] : [])),
      );
      const list = expected.map(describeExpected);
      const choices =
        list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list.at(-1)}` : list[0];
      return [{ path, message: `expected ${choices}, got ${describeValue(issue.input)}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function describeExpected(expected: string): string {
  return expected === "int" ? "an integer" : expected === "array" ? "a list" : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return JSON.stringify(value);
}

/** The keys an object at this spec path may have, for "did you mean" hints. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  const depth = path.filter((segment) => typeof segment === "string");
  const shape =
    depth.length === 0
      ? specSchema.shape
      : depth[depth.length - 1] === "features"
        ? featuresSchema.shape
        : depth[depth.length - 1] === "resources"
          ? resourceSchema.shape
          : fieldSchema.shape;
  // schemaHistory is microforge's own record (in the manifest), not something to suggest.
  return Object.keys(shape).filter((key) => key !== "schemaHistory");
}
