/**
 * Case conversions. Every function accepts a name in any convention and goes through
 * `splitWords`, so `toSnakeCase("OrderItem")` and `toSnakeCase("order-item")` agree.
 */
import { splitWords } from "./words.js";

/**
 * Go's common initialisms (the golint / staticcheck list). A word that is one of these is
 * written all upper-case in a Go identifier: `userId` → `UserID`.
 */
export const GO_INITIALISMS: ReadonlySet<string> = new Set(
  (
    "ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS QPS RAM RHS RPC SLA SMTP " +
    "SQL SSH TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS"
  ).split(" "),
);

/** Upper-cases the first character of a word: `item` → `Item`, `server2` → `Server2`. */
export function capitalizeWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `order-item` → `OrderItem`, `APIKey` → `ApiKey`. */
export function toPascalCase(input: string): string {
  return splitWords(input).map(capitalizeWord).join("");
}

/** `order-item` → `orderItem`, `APIKey` → `apiKey`. */
export function toCamelCase(input: string): string {
  return splitWords(input)
    .map((word, index) => (index === 0 ? word : capitalizeWord(word)))
    .join("");
}

/** `OrderItem` → `order_item`. */
export function toSnakeCase(input: string): string {
  return splitWords(input).join("_");
}

/** `OrderItem` → `order-item`. */
export function toKebabCase(input: string): string {
  return splitWords(input).join("-");
}

/** `OrderItem` → `ORDER_ITEM`. */
export function toScreamingSnakeCase(input: string): string {
  return toSnakeCase(input).toUpperCase();
}

/** `orders-service` → `ordersservice`. */
export function toFlatCase(input: string): string {
  return splitWords(input).join("");
}

/** `orderItem` → `Order Item`. */
export function toTitleCase(input: string): string {
  return splitWords(input).map(capitalizeWord).join(" ");
}

/**
 * The initialism a lower-case word spells in Go, or `undefined`: `id` → `ID`, `ids` → `IDs`,
 * `http2` → `HTTP2` (trailing digits and a plural `s` are kept).
 */
function findGoInitialism(word: string): string | undefined {
  const upper = word.toUpperCase();
  if (GO_INITIALISMS.has(upper)) return upper;
  const digits = /^([A-Z]+)(\d+)$/.exec(upper);
  if (digits?.[1] !== undefined && GO_INITIALISMS.has(digits[1])) return upper;
  if (upper.length > 2 && upper.endsWith("S") && GO_INITIALISMS.has(upper.slice(0, -1))) {
    return `${upper.slice(0, -1)}s`;
  }
  return undefined;
}

/**
 * A Go identifier in MixedCaps with Go's common initialisms kept upper-case:
 * `("userId", true)` → `UserID`, `("apiKey", true)` → `APIKey`, `("apiKey", false)` → `apiKey`.
 * Unexported names start lower-case, including a leading initialism (`("id", false)` → `id`).
 * Keywords are not escaped here; see `toGoLocalIdentifier`.
 */
export function toGoIdentifier(input: string, exported: boolean): string {
  return splitWords(input)
    .map((word, index) => {
      if (index === 0 && !exported) return word;
      return findGoInitialism(word) ?? capitalizeWord(word);
    })
    .join("");
}
