/** How PostgreSQL and the pg driver report the failures the API answers specially. */

const UNIQUE_VIOLATION = "23505";
/** admin_shutdown, crash_shutdown and cannot_connect_now: the server is going or gone. */
const SERVER_GOING_AWAY = new Set(["57P01", "57P02", "57P03"]);
const NETWORK_ERRORS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
]);
/** What pg's pool and client say when they cannot connect or lose the connection. */
const CONNECTION_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated",
  "Client has encountered a connection error",
];

interface DriverError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The error and the causes it wraps (Drizzle wraps the driver's error in its own). */
function* unwrap(error: unknown): Generator<DriverError> {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    yield current as DriverError;
    current = (current as DriverError).cause;
  }
}

/** The driver's own message (`connect ECONNREFUSED …`), without the query and its parameters. */
export function describeDriverError(error: unknown): string {
  const causes = [...unwrap(error)];
  const innermost = causes.at(-1)?.message;
  return typeof innermost === "string" ? innermost : "unknown error";
}

export function isUniqueViolation(error: unknown): boolean {
  return [...unwrap(error)].some((cause) => cause.code === UNIQUE_VIOLATION);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return [...unwrap(error)].some((cause) => {
    const code = typeof cause.code === "string" ? cause.code : "";
    const message = typeof cause.message === "string" ? cause.message : "";
    return (
      NETWORK_ERRORS.has(code) ||
      SERVER_GOING_AWAY.has(code) ||
      code.startsWith("08") ||
      CONNECTION_MESSAGES.some((known) => message.includes(known))
    );
  });
}
