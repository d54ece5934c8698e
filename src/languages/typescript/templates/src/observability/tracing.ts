import type { ClientRequest, IncomingMessage, ServerResponse } from "node:http";
import type { Span } from "@opentelemetry/api";

/**
 * Names a request's span after its route template (`GET /api/v1/products/{id}`), which the
 * request context leaves in `response.locals.route`, as the HTTP semantic conventions ask.
 */
export function nameRequestSpan(
  span: Span,
  request: ClientRequest | IncomingMessage,
  response: IncomingMessage | ServerResponse,
): void {
  const route = (response as { locals?: { route?: unknown } }).locals?.route;
  if (typeof route !== "string") return;
  span.setAttribute("http.route", route);
  span.updateName(`${request.method} ${route}`);
}
