import type { RequestHandler } from "express";
import type { RouteTable } from "./route-table.js";

const ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-ID";
const EXPOSED_HEADERS = "Location, X-Request-ID";

/**
 * CORS for the listed origins only (CORS_ORIGINS): a preflight from one of them is answered
 * here with a 204 and no authentication, and its other responses expose Location and
 * X-Request-ID. Any other origin gets no CORS headers at all.
 */
export function allowOrigins(origins: readonly string[], routes: RouteTable): RequestHandler {
  const allowed = new Set(origins);
  return (request, response, next) => {
    response.vary("Origin");
    const origin = request.get("origin");
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    response.set("Access-Control-Allow-Origin", origin);
    const template = routes.findTemplate(request.path);
    const preflight =
      request.method === "OPTIONS" && request.get("access-control-request-method") !== undefined;
    if (!preflight || template === undefined) {
      response.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
      next();
      return;
    }
    response
      .status(204)
      .set({
        "Access-Control-Allow-Methods": routes.allowedMethods(template),
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": "600",
      })
      .end();
  };
}
