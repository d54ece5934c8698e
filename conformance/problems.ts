import { expectEqual, expectThat } from "./check.js";
import { type HttpResponse, header } from "./http.js";

/** The problem types and titles of docs/contract.md section 3, by status. */
export const PROBLEMS = {
  400: { type: "/problems/malformed-body", title: "Malformed request body" },
  401: { type: "/problems/unauthorized", title: "Unauthorized" },
  403: { type: "/problems/forbidden", title: "Forbidden" },
  404: { type: "/problems/not-found", title: "Not found" },
  405: { type: "/problems/method-not-allowed", title: "Method not allowed" },
  409: { type: "/problems/conflict", title: "Conflict" },
  413: { type: "/problems/payload-too-large", title: "Payload too large" },
  415: { type: "/problems/unsupported-media-type", title: "Unsupported media type" },
  422: { type: "/problems/validation", title: "Validation failed" },
  500: { type: "/problems/internal", title: "Internal server error" },
  503: { type: "/problems/service-unavailable", title: "Service unavailable" },
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

/** Asserts an RFC 9457 problem of the contract's shape for this status and request path. */
export function expectProblem(
  response: HttpResponse,
  status: ProblemStatus,
  path: string,
): Record<string, unknown> {
  expectEqual(response.status, status, "status");
  const contentType = header(response, "content-type") ?? "";
  expectThat(
    contentType.split(";")[0]?.trim() === "application/problem+json",
    `Content-Type: expected application/problem+json, got ${JSON.stringify(contentType)}`,
  );
  const body = response.json;
  expectThat(
    typeof body === "object" && body !== null && !Array.isArray(body),
    `body: expected a JSON object, got ${response.text.slice(0, 200)}`,
  );
  const problem = body as Record<string, unknown>;
  expectEqual(problem.type, PROBLEMS[status].type, "type");
  expectEqual(problem.title, PROBLEMS[status].title, "title");
  expectEqual(problem.status, status, "status in the body");
  expectEqual(problem.instance, path.split("?")[0], "instance");
  expectThat(
    typeof problem.detail === "string" && problem.detail !== "",
    "detail: expected a non-empty string",
  );
  return problem;
}

/** Asserts that a validation problem lists an error for this field (JSON name, "" for the body). */
export function expectFieldError(problem: Record<string, unknown>, field: string): void {
  const errors = problem.errors as { field?: unknown }[] | undefined;
  expectThat(
    Array.isArray(errors) && errors.some((error) => error.field === field),
    `errors: expected one for field ${JSON.stringify(field)}, got ${JSON.stringify(errors)}`,
  );
}
