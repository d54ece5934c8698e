import type { Request, Response } from "express";
import { z } from "zod";
import { describeDriverError, isDatabaseUnavailable, isUniqueViolation } from "../db/errors.js";
import type { Logger } from "../observability/logger.js";

/** The problem kinds of the contract: each status has one `type` and one `title`. */
const KINDS = {
  400: ["/problems/malformed-body", "Malformed request body"],
  401: ["/problems/unauthorized", "Unauthorized"],
  403: ["/problems/forbidden", "Forbidden"],
  404: ["/problems/not-found", "Not found"],
  405: ["/problems/method-not-allowed", "Method not allowed"],
  409: ["/problems/conflict", "Conflict"],
  413: ["/problems/payload-too-large", "Payload too large"],
  415: ["/problems/unsupported-media-type", "Unsupported media type"],
  422: ["/problems/validation", "Validation failed"],
  500: ["/problems/internal", "Internal server error"],
  503: ["/problems/service-unavailable", "Service unavailable"],
} as const;

export type ProblemStatus = keyof typeof KINDS;

export interface FieldError {
  /** The JSON name (dotted when nested), the query parameter, or "" for the body as a whole. */
  field: string;
  message: string;
}

/** The body of every problem response, as a schema for the OpenAPI document. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** An error that becomes an RFC 9457 problem response. */
export class HttpProblem extends Error {
  override name = "HttpProblem";

  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

/** A 422 listing every failing constraint. */
export class ValidationProblem extends HttpProblem {
  constructor(errors: FieldError[]) {
    const detail =
      errors.length === 1 ? "1 field is invalid" : `${errors.length} fields are invalid`;
    super(422, detail, { errors });
  }
}

/** zod's issues as the contract's field errors; `prefix` names the part they came from. */
export function toFieldErrors(error: z.ZodError, prefix: readonly string[] = []): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: [...path, key].join("."),
        message: "is not a field of this resource",
      }));
    }
    return [{ field: path.join("."), message: issue.message }];
  });
}

/** The title of a problem status, e.g. `Validation failed` for 422. */
export function describeProblem(status: ProblemStatus): string {
  return KINDS[status][1];
}

export function sendProblem(request: Request, response: Response, problem: HttpProblem): void {
  const [type, title] = KINDS[problem.status];
  const body = {
    type,
    title,
    status: problem.status,
    detail: problem.detail,
    instance: request.path,
    ...(problem.extras.errors ? { errors: problem.extras.errors } : {}),
  };
  response
    .status(problem.status)
    .set(problem.extras.headers ?? {})
    .type("application/problem+json")
    .send(JSON.stringify(body));
}

/**
 * The problem an error answers with: known problems as they are, a unique violation as 409, an
 * unreachable database as 503, and anything else as a 500 that shows nothing of the failure.
 */
export function toHttpProblem(error: unknown, logger: Logger, requestId: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (isUniqueViolation(error)) {
    return new HttpProblem(409, "Another item already has this value for a unique field");
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn(
      { request_id: requestId, reason: describeDriverError(error) },
      "database unavailable",
    );
    return new HttpProblem(503, "The database is unavailable; try again later");
  }
  if (isUndecodablePath(error)) return new HttpProblem(404, "No resource has this path");
  logger.error({ request_id: requestId, error }, "unhandled error");
  return new HttpProblem(500, "The server failed to handle the request");
}

/** Express refuses a path parameter that is not valid percent-encoding with a 400 URIError. */
function isUndecodablePath(error: unknown): boolean {
  return error instanceof URIError;
}
