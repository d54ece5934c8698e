import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { HttpProblem, toFieldErrors, ValidationProblem } from "./problems.js";

export const MAX_BODY_BYTES = 1_048_576;
/** Fields the server owns: a client may send them back (PUT what it got), they are ignored. */
const SERVER_OWNED = new Set(["id", "createdAt", "updatedAt"]);

/**
 * Reads the JSON body of a POST, PUT or PATCH: 415 without a JSON content type, 413 past 1 MiB
 * (chunked bodies too, counted as they arrive), 400 when it is empty or not JSON. It is read
 * only after authentication, so no body is read without a valid token.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const length = Number(request.headers["content-length"] ?? 0);
  const hasBody = request.headers["transfer-encoding"] !== undefined || length > 0;
  if (hasBody && !isJsonMediaType(request.headers["content-type"])) {
    throw new HttpProblem(415, "The request body must be JSON (application/json)");
  }
  if (length > MAX_BODY_BYTES) throw tooLarge();
  const text = hasBody ? await readText(request) : "";
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(
      400,
      text === "" ? "The request body is empty" : "The request body is not valid JSON",
    );
  }
}

/** Validates a parsed body against a resource's schema, reporting every invalid field. */
export function parseBody<Output>(schema: z.ZodType<Output>, body: unknown): Output {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationProblem([{ field: "", message: "must be a JSON object" }]);
  }
  const fields = Object.fromEntries(
    Object.entries(body).filter(([name]) => !SERVER_OWNED.has(name)),
  );
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new ValidationProblem(toFieldErrors(parsed.error));
  return parsed.data;
}

/** `application/json`, or any `application/*+json` such as `application/merge-patch+json`. */
function isJsonMediaType(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpProblem(400, "The request body is not valid UTF-8");
  }
}

function tooLarge(): HttpProblem {
  return new HttpProblem(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`);
}
