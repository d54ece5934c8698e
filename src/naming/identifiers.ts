/**
 * Per-language identifier escaping: the one place that decides how a name that collides with a
 * keyword or builtin is renamed. Templates never escape names themselves.
 */
import {
  toCamelCase,
  toFlatCase,
  toGoIdentifier,
  toKebabCase,
  toPascalCase,
  toSnakeCase,
} from "./cases.js";
import {
  GO_RESERVED,
  JAVA_LANG_TYPES,
  JAVA_RESERVED,
  PYTHON_RESERVED,
  SQL_RESERVED,
  TYPESCRIPT_RESERVED,
} from "./keywords.js";

/** The languages microforge generates code in. */
export type Language = "python" | "typescript" | "java" | "go";

/** The suffix given to a Java type name that would shadow a `java.lang` type. */
const JAVA_TYPE_SUFFIX = "Resource";

/** Renames for Go keywords that have an idiomatic short spelling. */
const GO_KEYWORD_RENAMES: ReadonlyMap<string, string> = new Map([
  ["type", "typ"],
  ["func", "fn"],
]);

const STARTS_WITH_DIGIT = /^\d/;

/** Prefixes `_` when a name starts with a digit, which no target language allows. */
function prefixLeadingDigit(name: string, prefix = "_"): string {
  return STARTS_WITH_DIGIT.test(name) ? `${prefix}${name}` : name;
}

/** A Python variable, attribute or function name: snake_case, `_` appended if reserved. */
export function toPythonIdentifier(input: string): string {
  const name = prefixLeadingDigit(toSnakeCase(input));
  return PYTHON_RESERVED.has(name) ? `${name}_` : name;
}

/** A TypeScript variable or property name: camelCase, `_` appended if reserved. */
export function toTypeScriptIdentifier(input: string): string {
  const name = prefixLeadingDigit(toCamelCase(input));
  return TYPESCRIPT_RESERVED.has(name) ? `${name}_` : name;
}

/** A Java field, parameter or method name: camelCase; `class` → `clazz`, other keywords + `Value`. */
export function toJavaIdentifier(input: string): string {
  const name = prefixLeadingDigit(toCamelCase(input));
  if (name === "class") return "clazz";
  return JAVA_RESERVED.has(name) ? `${name}Value` : name;
}

/** A Java class name: PascalCase, `Resource` appended where it would shadow a `java.lang` type. */
export function toJavaTypeName(input: string): string {
  const name = prefixLeadingDigit(toPascalCase(input));
  return JAVA_LANG_TYPES.has(name) ? `${name}${JAVA_TYPE_SUFFIX}` : name;
}

/**
 * An unexported Go name with Go's initialisms (`userId` → `userID`); keywords and predeclared
 * identifiers are renamed: `type` → `typ`, `func` → `fn`, anything else + `Value`.
 */
export function toGoLocalIdentifier(input: string): string {
  const name = prefixLeadingDigit(toGoIdentifier(input, false));
  if (!GO_RESERVED.has(name)) return name;
  return GO_KEYWORD_RENAMES.get(name) ?? `${name}Value`;
}

/**
 * A PostgreSQL table or column name: snake_case, double-quoted when it is a reserved key word
 * or starts with a digit (`order` → `"order"`, `unit_price` → `unit_price`).
 */
export function toSqlIdentifier(input: string): string {
  const name = toSnakeCase(input);
  return SQL_RESERVED.has(name) || STARTS_WITH_DIGIT.test(name) ? `"${name}"` : name;
}

/** A field or variable name for a language, escaped where it collides with a reserved word. */
export function escapeIdentifier(language: Language, input: string): string {
  switch (language) {
    case "python":
      return toPythonIdentifier(input);
    case "typescript":
      return toTypeScriptIdentifier(input);
    case "java":
      return toJavaIdentifier(input);
    case "go":
      return toGoLocalIdentifier(input);
  }
}

/** One Java package segment, made legal as JLS §6.1 advises. */
function toJavaPackageSegment(segment: string): string {
  const name = prefixLeadingDigit(segment.toLowerCase().replace(/[^a-z0-9_]+/g, "_"));
  return JAVA_RESERVED.has(name) ? `${name}_` : name;
}

/**
 * The sub-package of one feature, e.g. a resource's, in flat case: `OrderItem` → `orderitem`,
 * `Class` → `class_` (keywords get `_` appended, a leading digit gets `_` prefixed).
 */
export function toJavaSubpackage(name: string): string {
  return toJavaPackageSegment(toFlatCase(name));
}

/**
 * The base Java package of a service: the group id plus the flat-case service name
 * (`com.example`, `orders-service` → `com.example.ordersservice`). Keyword segments get `_`
 * appended and segments starting with a digit get `_` prefixed (JLS §6.1).
 */
export function toJavaPackage(groupId: string, serviceName: string): string {
  return [...groupId.split("."), toFlatCase(serviceName)]
    .filter((segment) => segment !== "")
    .map(toJavaPackageSegment)
    .join(".");
}

/** The Python import package of a service: snake_case, `_` appended if reserved. */
export function toPythonPackage(serviceName: string): string {
  return toPythonIdentifier(serviceName);
}

/**
 * The Go module path of a service: its kebab-case name (`Orders Service` → `orders-service`),
 * which `go mod init` accepts and a team renames to its repository's path when it publishes.
 */
export function toGoModulePath(serviceName: string): string {
  return toKebabCase(serviceName);
}

/** A Go package name: flat lower case, `pkg` appended if reserved (`type` → `typepkg`). */
export function toGoPackageName(input: string): string {
  const name = prefixLeadingDigit(toFlatCase(input), "pkg");
  return GO_RESERVED.has(name) ? `${name}pkg` : name;
}
