import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "../observability/logger.js";
import type { RouteTable } from "./route-table.js";

/** The label of requests no route matches, so raw paths never become metric labels. */
export const UNMATCHED_ROUTE = "unmatched";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Called once per finished request with its method, route template, status and duration. */
export type RequestObserver = (
  method: string,
  route: string,
  status: number,
  seconds: number,
) => void;

interface RequestContextOptions {
  logger: Logger;
  routes: RouteTable;
  observers: readonly RequestObserver[];
}

/**
 * Gives every request an id (a valid incoming X-Request-ID is kept), returns it as
 * X-Request-ID, and logs and observes each request once when its response is done.
 */
export function trackRequests({
  logger,
  routes,
  observers,
}: RequestContextOptions): RequestHandler {
  return (request, response, next) => {
    const incoming = request.get("x-request-id");
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    // Read by the error handler's logs and, with tracing, by the span of the request.
    response.locals.requestId = requestId;
    response.set("X-Request-ID", requestId);
    const route = routes.findTemplate(request.path) ?? UNMATCHED_ROUTE;
    response.locals.route = route;
    const started = performance.now();
    response.once("close", () => {
      const seconds = (performance.now() - started) / 1000;
      const status = response.statusCode;
      const line = {
        request_id: requestId,
        method: request.method,
        route,
        path: request.path,
        status,
        duration_ms: Math.round(seconds * 1_000_000) / 1000,
      };
      if (status >= 500) logger.error(line, "request completed");
      else logger.info(line, "request completed");
      for (const observe of observers) observe(request.method, route, status, seconds);
    });
    next();
  };
}
