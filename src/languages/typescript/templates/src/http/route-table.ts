import { HttpProblem } from "./problems.js";

/** A route's method and its path as an OpenAPI template, e.g. `/api/v1/products/{id}`. */
export interface RouteKey {
  method: string;
  path: string;
}

/** The order `Allow` lists methods in; HEAD is served wherever GET is. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

interface PathEntry {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * The service's paths and their methods: the route labels of logs and metrics, the `Allow`
 * header of a 405 and the methods of a CORS preflight all come from here.
 */
export class RouteTable {
  readonly #paths = new Map<string, PathEntry>();

  constructor(routes: readonly RouteKey[] = []) {
    this.add(routes);
  }

  add(routes: readonly RouteKey[]): void {
    for (const { method, path } of routes) {
      const entry = this.#paths.get(path) ?? { pattern: toPattern(path), methods: new Set() };
      entry.methods.add(method.toUpperCase());
      this.#paths.set(path, entry);
    }
  }

  /** The template of the path a request addresses, e.g. `/api/v1/products/{id}`. */
  findTemplate(path: string): string | undefined {
    for (const [template, entry] of this.#paths) {
      if (entry.pattern.test(path)) return template;
    }
    return undefined;
  }

  /** The methods a path template serves, as an `Allow` header lists them. */
  allowedMethods(template: string): string {
    const methods = new Set(this.#paths.get(template)?.methods);
    if (methods.has("GET")) methods.add("HEAD");
    return METHOD_ORDER.filter((method) => methods.has(method)).join(", ");
  }
}

/** A 405 naming the methods the path has. */
export function methodNotAllowed(method: string, allow: string): HttpProblem {
  const detail = `${method} is not allowed here; use ${allow}`;
  return new HttpProblem(405, detail, { headers: { Allow: allow } });
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An item's `{id}` in lower case; an id that is not a UUID addresses nothing (404). */
export function parseId(id: unknown): string {
  if (typeof id !== "string" || !UUID_PATTERN.test(id)) {
    throw new HttpProblem(404, "No item has this id");
  }
  return id.toLowerCase();
}

/** A template as a regular expression matching the raw request path, one segment per parameter. */
function toPattern(template: string): RegExp {
  const escaped = template
    .split(/\{\w+\}/)
    .map((part) => part.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}$`);
}
