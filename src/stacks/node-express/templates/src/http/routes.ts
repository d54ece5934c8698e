import type { Request, RequestHandler, Router } from "express";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import { HttpProblem, sendProblem } from "./problems.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One operation of the service: its method, its path as an OpenAPI template
 * (`/api/v1/products/{id}`), its handlers and, for documented routes, its OpenAPI description.
 * The route table, the OpenAPI document, the `Allow` header and the route labels of logs and
 * metrics are all built from these, so they cannot disagree.
 */
export interface Route {
  method: Method;
  path: string;
  handlers: RequestHandler[];
  operation?: ZodOpenApiOperationObject;
}

/** The order `Allow` lists methods in; HEAD is served wherever GET is. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

interface PathEntry {
  template: string;
  pattern: RegExp;
  routes: Route[];
}

export class RouteTable {
  readonly routes: readonly Route[];
  readonly #paths = new Map<string, PathEntry>();

  constructor(routes: readonly Route[]) {
    this.routes = routes;
    for (const route of routes) {
      const entry = this.#paths.get(route.path) ?? {
        template: route.path,
        pattern: toPattern(route.path),
        routes: [],
      };
      entry.routes.push(route);
      this.#paths.set(route.path, entry);
    }
  }

  /** The template of the path a request addresses, e.g. `/api/v1/products/{id}`. */
  findTemplate(path: string): string | undefined {
    for (const entry of this.#paths.values()) {
      if (entry.pattern.test(path)) return entry.template;
    }
    return undefined;
  }

  /** The methods a path template serves, as an `Allow` header lists them. */
  allowedMethods(template: string): string {
    const methods = new Set<string>(this.#paths.get(template)?.routes.map((route) => route.method));
    if (methods.has("GET")) methods.add("HEAD");
    return METHOD_ORDER.filter((method) => methods.has(method)).join(", ");
  }

  /** Registers every route on the router, and a 405 with `Allow` for each path's other methods. */
  mount(router: Router): void {
    for (const entry of this.#paths.values()) {
      const route = router.route(toExpressPath(entry.template));
      for (const { method, handlers } of entry.routes) {
        route[toRouterMethod(method)](...handlers);
      }
      const allow = this.allowedMethods(entry.template);
      route.all((request, response) => {
        const detail = `${request.method} is not allowed here; use ${allow}`;
        sendProblem(request, response, new HttpProblem(405, detail, { headers: { Allow: allow } }));
      });
    }
  }
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `{id}` of an item path, in lower case; an id that is not a UUID addresses nothing (404). */
export function readId(request: Request): string {
  const { id } = request.params;
  if (typeof id !== "string" || !UUID_PATTERN.test(id)) {
    throw new HttpProblem(404, "No item has this id");
  }
  return id.toLowerCase();
}

function toRouterMethod(method: Method): "get" | "post" | "put" | "patch" | "delete" {
  return method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
}

/** `/api/v1/products/{id}` → `/api/v1/products/:id`, Express's syntax for the same path. */
function toExpressPath(template: string): string {
  return template.replaceAll(/\{(\w+)\}/g, ":$1");
}

/** A template as a regular expression matching the raw request path, one segment per parameter. */
function toPattern(template: string): RegExp {
  const escaped = template
    .split(/\{\w+\}/)
    .map((part) => part.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}$`);
}
