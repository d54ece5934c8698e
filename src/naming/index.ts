export { withIndefiniteArticle } from "./articles.js";
export {
  capitalizeWord,
  GO_INITIALISMS,
  toCamelCase,
  toFlatCase,
  toGoIdentifier,
  toKebabCase,
  toPascalCase,
  toScreamingSnakeCase,
  toSnakeCase,
  toTitleCase,
} from "./cases.js";
export {
  escapeIdentifier,
  type Language,
  toGoLocalIdentifier,
  toGoModulePath,
  toGoPackageName,
  toJavaIdentifier,
  toJavaPackage,
  toJavaSubpackage,
  toJavaTypeName,
  toPythonIdentifier,
  toPythonPackage,
  toSqlIdentifier,
  toTypeScriptIdentifier,
} from "./identifiers.js";
export {
  GO_RESERVED,
  JAVA_LANG_TYPES,
  JAVA_RESERVED,
  PYTHON_RESERVED,
  SQL_RESERVED,
  TYPESCRIPT_RESERVED,
} from "./keywords.js";
export { isUncountable, pluralizeWord, pluralizeWords } from "./plural.js";
export {
  createNameSet,
  createNameSetFromWords,
  deriveResourceNames,
  type NameSet,
  normalizeNameKey,
  type ResourceNames,
  toDatabaseName,
} from "./resource-names.js";
export { toModuleName, toTypeName } from "./type-names.js";
export { foldToAscii, splitWords } from "./words.js";
