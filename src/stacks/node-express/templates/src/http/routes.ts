import type { Request, RequestHandler, Router } from "express";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import { sendProblem } from "./problems.js";
import { methodNotAllowed, parseId, type RouteTable } from "./route-table.js";

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

/** Registers every route on the router, and a 405 with `Allow` for each path's other methods. */
export function mountRoutes(router: Router, routes: readonly Route[], table: RouteTable): void {
  const paths = new Map<string, Route[]>();
  for (const route of routes) paths.set(route.path, [...(paths.get(route.path) ?? []), route]);
  for (const [path, pathRoutes] of paths) {
    const route = router.route(toExpressPath(path));
    for (const { method, handlers } of pathRoutes) {
      route[toRouterMethod(method)](...handlers);
    }
    const allow = table.allowedMethods(path);
    route.all((request, response) => {
      sendProblem(request, response, methodNotAllowed(request.method, allow));
    });
  }
}

/** The `{id}` of an item path, in lower case; an id that is not a UUID addresses nothing (404). */
export function readId(request: Request): string {
  return parseId(request.params.id);
}

function toRouterMethod(method: Method): "get" | "post" | "put" | "patch" | "delete" {
  return method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
}

/** `/api/v1/products/{id}` → `/api/v1/products/:id`, Express's syntax for the same path. */
function toExpressPath(template: string): string {
  return template.replaceAll(/\{(\w+)\}/g, ":$1");
}
