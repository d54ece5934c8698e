import { parseDocument } from "yaml";
import type { z } from "zod";
import { MicroforgeError, SpecError, type SpecIssue } from "../errors.js";
import type { StackRegistry } from "../stacks/types.js";
import { checkSpecRules } from "./rules.js";
import { type Spec, specSchema } from "./schema.js";
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

/** Parses YAML text into a raw object; YAML syntax errors name the line and column. */
export function parseSpecYaml(text: string, source: string): unknown {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    const where = position ? `${source}:${position.line}:${position.col}` : source;
    throw new MicroforgeError("SPEC_UNREADABLE", `${where}: ${firstLine(error.message)}`);
  }
  return document.toJS() ?? {};
}

/** The error's first line, without the "at line L, column C" the location already gives. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
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
        ? specSchema.shape.features.unwrap().shape
        : depth[depth.length - 1] === "resources"
          ? specSchema.shape.resources.unwrap().element.shape
          : specSchema.shape.resources.unwrap().element.shape.fields.element.shape;
  // schemaHistory is microforge's own record (in the manifest), not something to suggest.
  return Object.keys(shape).filter((key) => key !== "schemaHistory");
}
