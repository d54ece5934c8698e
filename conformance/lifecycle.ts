import {
  type Check,
  type CheckContext,
  type CheckResult,
  expectEqual,
  expectThat,
  runChecks,
  sleep,
} from "./check.js";
import { send } from "./http.js";
import { describeSecretLogCheck } from "./log-secrets.js";
import type { TestPostgres } from "./postgres.js";
import { isCleanStop, type RunningService } from "./process.js";
import { authorizationFor } from "./tokens.js";

export interface LifecycleTarget {
  context: CheckContext;
  service: RunningService;
  postgres: TestPostgres;
}

/** Polls readiness until it answers `status`, or fails after `timeoutMs`. */
async function waitForReadiness(
  context: CheckContext,
  status: number,
  timeoutMs: number,
): Promise<void> {
  const started = performance.now();
  let last = 0;
  while (performance.now() - started < timeoutMs) {
    last = (
      await send(context.baseUrl, { path: "/health/ready", timeoutMs: 5000 }).catch(() => ({
        status: 0,
      }))
    ).status;
    if (last === status) return;
    await sleep(200);
  }
  throw new Error(`/health/ready: expected ${status} within ${timeoutMs} ms, last got ${last}`);
}

/**
 * The checks that change the service's world, so they run last and in this order: the
 * database goes away and comes back, the logs written so far are read, credentials are sent
 * and searched for in the output, and SIGTERM arrives while requests are in flight.
 */
export function describeLifecycleChecks({ context, service, postgres }: LifecycleTarget): Check[] {
  return [
    {
      id: "lifecycle.database-down",
      section: "5",
      title:
        "with the database stopped, readiness is 503 and API calls are 503 within 5 s; both recover",
      async run() {
        expectThat(
          postgres.controllable,
          "MICROFORGE_TEST_DATABASE_URL points at a server the run cannot stop",
        );
        await postgres.stop();
        try {
          const started = performance.now();
          const ready = await send(context.baseUrl, { path: "/health/ready", timeoutMs: 6000 });
          expectEqual(ready.status, 503, "readiness status");
          expectEqual(
            ready.json,
            { status: "unavailable", checks: { database: "down" } },
            "readiness body",
          );
          const api = await send(context.baseUrl, {
            path: context.collectionPath,
            headers: authorizationFor(context.jwt, ["admin"]),
            timeoutMs: 6000,
          });
          expectEqual(api.status, 503, "API status with the database down");
          expectThat(
            performance.now() - started < 10_000,
            "the two requests took more than 5 s each",
          );
        } finally {
          await postgres.start();
        }
        await waitForReadiness(context, 200, 30_000);
        const api = await send(context.baseUrl, {
          path: context.collectionPath,
          headers: authorizationFor(context.jwt, ["admin"]),
        });
        expectEqual(api.status, 200, "API status after the database came back");
      },
    },
    {
      id: "lifecycle.json-logs",
      section: "6",
      title:
        "every stdout line is a JSON object; request lines carry the contract's fields; no secrets",
      async run() {
        expectThat(service.stdoutLines.length > 0, "the service wrote nothing to stdout");
        let requestLines = 0;
        for (const line of service.stdoutLines) {
          let entry: unknown;
          try {
            entry = JSON.parse(line);
          } catch {
            throw new Error(`not JSON: ${line.slice(0, 200)}`);
          }
          expectThat(
            typeof entry === "object" && entry !== null && !Array.isArray(entry),
            `not an object: ${line.slice(0, 200)}`,
          );
          const record = entry as Record<string, unknown>;
          for (const key of ["timestamp", "level", "message"])
            expectThat(key in record, `no ${key}: ${line.slice(0, 200)}`);
          expectThat(
            ["debug", "info", "warning", "error"].includes(String(record.level)),
            `level must be debug, info, warning or error: ${line.slice(0, 200)}`,
          );
          expectThat(
            // A header as a key or a `name: value` pair; not a class such as AuthorizationFilter
            // in a stack trace.
            !/bearer\s+ey|\bauthorization\b["']?\s*[:=]/i.test(line),
            `a token or Authorization header was logged: ${line.slice(0, 200)}`,
          );
          if (context.jwt)
            expectThat(!line.includes(context.jwt.secret), "the JWT secret was logged");
          // The one line per request is the one with its duration; other lines logged while
          // handling a request may carry its request_id too, for correlation.
          if ("duration_ms" in record) {
            requestLines += 1;
            expectThat(
              typeof record.status === "number",
              `status must be a number: ${line.slice(0, 200)}`,
            );
            for (const key of ["request_id", "method", "route"])
              expectThat(key in record, `a request line without ${key}: ${line.slice(0, 200)}`);
          }
        }
        expectThat(requestLines > 0, "no request line (with duration_ms) was logged");
      },
    },
    describeSecretLogCheck(service),
    {
      id: "lifecycle.sigterm",
      section: "8",
      title:
        "SIGTERM with requests in flight: readiness turns 503, none fails, the process exits 0 (or 143)",
      async run() {
        const sent: Promise<void>[] = [];
        const inFlight = Array.from({ length: 16 }, () => {
          let markSent: () => void = () => undefined;
          sent.push(
            new Promise((resolve) => {
              markSent = resolve;
            }),
          );
          return send(context.baseUrl, {
            path: `${context.collectionPath}?limit=100`,
            headers: authorizationFor(context.jwt, ["admin"]),
            timeoutMs: 20_000,
            onSent: markSent,
          });
        });
        // Every request is on the wire before the signal; those the server already answered count too.
        await Promise.race([Promise.all(sent), Promise.allSettled(inFlight)]);
        await sleep(50);
        service.child.kill("SIGTERM");
        const readiness = await waitForUnready(context.baseUrl, READINESS_AFTER_SIGTERM_MS);
        expectThat(
          readiness === undefined || readiness === 503,
          `readiness after SIGTERM: expected 503 or a refused connection within ${READINESS_AFTER_SIGTERM_MS} ms, got ${readiness}`,
        );
        const results = await Promise.allSettled(inFlight);
        const failures = results.flatMap((result) =>
          result.status === "rejected"
            ? [String(result.reason instanceof Error ? result.reason.message : result.reason)]
            : result.value.status === 200
              ? []
              : [`status ${result.value.status}`],
        );
        expectThat(
          failures.length === 0,
          `${failures.length} of ${results.length} requests failed during shutdown: ${failures.join("; ")}`,
        );
        const exit = await Promise.race([service.exited, sleep(30_000).then(() => undefined)]);
        expectThat(exit !== undefined, "the process did not exit within 30 s of SIGTERM");
        expectThat(isCleanStop(exit), `exit: expected 0 or 143, got ${exit.code ?? exit.signal}`);
      },
    },
  ];
}

/**
 * How soon after SIGTERM readiness must answer 503 (or connections be refused): "at once", with
 * room for a signal handler that runs a moment late on a busy machine.
 */
const READINESS_AFTER_SIGTERM_MS = 1000;

/** Polls readiness: 503, undefined once connections are refused, or the last other status. */
async function waitForUnready(baseUrl: string, withinMs: number): Promise<number | undefined> {
  const deadline = performance.now() + withinMs;
  let status: number | undefined;
  do {
    await sleep(50);
    const response = await send(baseUrl, { path: "/health/ready", timeoutMs: 5000 }).catch(
      () => undefined,
    );
    status = response?.status;
    if (status === undefined || status === 503) return status;
  } while (performance.now() < deadline);
  return status;
}

export function runLifecycleChecks(target: LifecycleTarget): Promise<CheckResult[]> {
  return runChecks(describeLifecycleChecks(target), target.context);
}
