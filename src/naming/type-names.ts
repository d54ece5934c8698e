import { toKebabCase, toPascalCase, toSnakeCase } from "./cases.js";
import { type Language, toJavaTypeName, toPythonIdentifier } from "./identifiers.js";

/** Global types a generated TypeScript class of the same name would shadow. */
const TYPESCRIPT_GLOBAL_TYPES: ReadonlySet<string> = new Set([
  "Array",
  "ArrayBuffer",
  "Awaited",
  "BigInt",
  "Blob",
  "Boolean",
  "DataView",
  "Date",
  "Error",
  "Event",
  "File",
  "Function",
  "Headers",
  "Intl",
  "Iterator",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Omit",
  "Partial",
  "Pick",
  "Promise",
  "Proxy",
  "Readonly",
  "Record",
  "Reflect",
  "RegExp",
  "Request",
  "Required",
  "Response",
  "Set",
  "String",
  "Symbol",
  "URL",
  "WeakMap",
  "WeakSet",
]);

/** Built-in Python classes in PascalCase that a generated class of the same name would shadow. */
const PYTHON_BUILTIN_TYPES: ReadonlySet<string> = new Set([
  "BaseException",
  "Ellipsis",
  "Exception",
  "NotImplemented",
  "Warning",
]);

const TYPE_SUFFIX = "Resource";

/** The class or type name of a resource in a language: PascalCase, renamed where it would shadow. */
export function toTypeName(language: Language, input: string): string {
  const pascal = toPascalCase(input);
  switch (language) {
    case "java":
      return toJavaTypeName(pascal);
    case "typescript":
      return TYPESCRIPT_GLOBAL_TYPES.has(pascal) ? `${pascal}${TYPE_SUFFIX}` : pascal;
    case "python":
      return PYTHON_BUILTIN_TYPES.has(pascal) ? `${pascal}${TYPE_SUFFIX}` : pascal;
    case "go":
      return pascal;
  }
}

/**
 * The base name of a resource's source files in a language, as its ecosystem names them:
 * snake_case modules in Python (escaped where a keyword), kebab-case files in TypeScript, the
 * class name in Java and snake_case files in Go.
 */
export function toModuleName(language: Language, input: string): string {
  switch (language) {
    case "python":
      return toPythonIdentifier(input);
    case "typescript":
      return toKebabCase(input);
    case "java":
      return toTypeName("java", input);
    case "go":
      return toSnakeCase(input);
  }
}
