import { request as httpRequest } from "node:http";

/** A response as the checks see it: status, lower-case headers, raw body and parsed JSON. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface HttpRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a raw string/Buffer sent as it is. */
  body?: unknown;
  raw?: string | Buffer;
  /** Send the body with chunked transfer encoding instead of a Content-Length. */
  chunked?: boolean;
  timeoutMs?: number;
  /** Called once the TCP connection is established and the request has been written. */
  onSent?: () => void;
}

/**
 * Sends one request with node:http (not fetch), so checks control every byte: methods like
 * HEAD, chunked bodies, malformed JSON, and headers fetch would normalise.
 */
export function send(baseUrl: string, options: HttpRequest): Promise<HttpResponse> {
  const url = new URL(options.path, baseUrl);
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (options.raw !== undefined) payload = Buffer.from(options.raw);
  else if (options.body !== undefined) {
    payload = Buffer.from(JSON.stringify(options.body));
    headers["content-type"] ??= "application/json";
  }
  if (payload && !options.chunked) headers["content-length"] = String(payload.length);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers, timeout: options.timeoutMs ?? 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = text === "" ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () =>
      req.destroy(new Error(`${options.method ?? "GET"} ${options.path} timed out`)),
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end(() => options.onSent?.());
  });
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
