/**
 * The full set of names derived from one resource name: every case form of its singular and
 * plural, its table and its collection path.
 */
import {
  toCamelCase,
  toFlatCase,
  toKebabCase,
  toPascalCase,
  toScreamingSnakeCase,
  toSnakeCase,
  toTitleCase,
} from "./cases.js";
import { toSqlIdentifier } from "./identifiers.js";
import { pluralizeWords } from "./plural.js";
import { foldToAscii, splitWords } from "./words.js";

/** One name in every case form. */
export interface NameSet {
  /** Lower-case words, e.g. `["order", "item"]`. */
  words: string[];
  /** `OrderItem` */
  pascal: string;
  /** `orderItem` */
  camel: string;
  /** `order_item` */
  snake: string;
  /** `order-item` */
  kebab: string;
  /** `ORDER_ITEM` */
  screaming: string;
  /** `Order Item` */
  title: string;
  /** `orderitem` */
  flat: string;
}

/** The names of one REST resource. */
export interface ResourceNames {
  singular: NameSet;
  plural: NameSet;
  /** The snake_case plural, double-quoted where SQL reserves it. */
  tableName: string;
  /** The collection path, `/api/{apiVersion}/{kebab plural}`, e.g. `/api/v1/order-items`. */
  path: string;
}

/** Every case form of a list of words. */
export function createNameSetFromWords(words: readonly string[]): NameSet {
  const phrase = words.join(" ");
  return {
    words: splitWords(phrase),
    pascal: toPascalCase(phrase),
    camel: toCamelCase(phrase),
    snake: toSnakeCase(phrase),
    kebab: toKebabCase(phrase),
    screaming: toScreamingSnakeCase(phrase),
    title: toTitleCase(phrase),
    flat: toFlatCase(phrase),
  };
}

/** Every case form of a name written in any convention. */
export function createNameSet(input: string): NameSet {
  return createNameSetFromWords(splitWords(input));
}

/**
 * The names of a resource: `OrderItem` → plural `order-items`, table `order_items`, path
 * `/api/v1/order-items`. `pluralOverride` replaces the computed plural and may be written in any
 * case (`People`, `people`). Uncountable names keep their plural equal to the singular.
 */
export function deriveResourceNames(
  name: string,
  apiVersion: string,
  pluralOverride?: string,
): ResourceNames {
  const singular = createNameSet(name);
  const override = pluralOverride === undefined ? [] : splitWords(pluralOverride);
  const plural = createNameSetFromWords(
    override.length > 0 ? override : pluralizeWords(singular.words),
  );
  const version = apiVersion.replace(/^\/+|\/+$/g, "");
  return {
    singular,
    plural,
    tableName: toSqlIdentifier(plural.snake),
    path: `/api/${version}/${plural.kebab}`,
  };
}

/**
 * A key that is equal for names that differ only in casing or separators, used to detect
 * collisions: `created_at`, `CreatedAt` and `created-at` all give `createdat`.
 */
export function normalizeNameKey(input: string): string {
  return foldToAscii(input)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The PostgreSQL database a service uses by default: its name in snake case. */
export function toDatabaseName(serviceName: string): string {
  return toSnakeCase(serviceName);
}
