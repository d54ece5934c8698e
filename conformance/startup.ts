import {
  type Check,
  type CheckContext,
  type CheckResult,
  expectEqual,
  expectThat,
  runChecks,
} from "./check.js";
import { header, send } from "./http.js";
import { findFreePort } from "./postgres.js";
import { startService, waitForReady } from "./process.js";
import { withoutVariable } from "./restarts.js";

/**
 * Checks that start the service again with other settings (docs/contract.md section 8): a
 * missing or malformed variable stops it with one clear line, and CORS_ORIGINS turns CORS on.
 */
export interface StartupTarget {
  /** The stack's command that starts the service. */
  start: string;
  project: string;
  env: NodeJS.ProcessEnv;
  authEnabled: boolean;
  /** How long a service with bad settings gets to stop by itself (30 s by default). */
  refusalTimeoutMs?: number;
}

const STACK_TRACE = /traceback|^\s+at [\w.<>$]+ ?\(|^\s+File "|exception in thread|panic:/im;

async function expectRefusal(
  target: StartupTarget,
  env: NodeJS.ProcessEnv,
  variable: string,
): Promise<void> {
  const service = startService(target.start, target.project, env);
  const exit = await Promise.race([
    service.exited,
    new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), target.refusalTimeoutMs ?? 30_000),
    ),
  ]);
  if (exit === undefined) service.child.kill("SIGKILL");
  expectThat(exit !== undefined, "the service kept running");
  expectThat(exit.code !== 0, "the service exited with status 0");
  const output = `${service.stdoutLines.join("\n")}\n${service.stderr}`;
  expectThat(
    output.includes(variable),
    `the output does not name ${variable}: ${output.slice(0, 500)}`,
  );
  expectThat(!STACK_TRACE.test(output), `the output holds a stack trace: ${output.slice(0, 800)}`);
}

function describeStartupChecks(target: StartupTarget): Check[] {
  const checks: Check[] = [
    {
      id: "startup.missing-database-url",
      section: "8",
      title: "without DATABASE_URL the service stops with one clear line and a non-zero status",
      run: () => expectRefusal(target, withoutVariable(target.env, "DATABASE_URL"), "DATABASE_URL"),
    },
    {
      id: "startup.malformed-port",
      section: "8",
      title: "a malformed PORT stops the service with one clear line",
      run: () => expectRefusal(target, { ...target.env, PORT: "eighty" }, "PORT"),
    },
    {
      id: "cors.preflight",
      section: "8",
      title:
        "with CORS_ORIGINS, a listed origin's preflight is answered without auth; others get no CORS headers",
      async run(context: CheckContext) {
        const port = await findFreePort();
        const origin = "https://app.conformance.test";
        const env = {
          ...target.env,
          PORT: String(port),
          CORS_ORIGINS: `${origin},https://other.conformance.test`,
        };
        const service = startService(target.start, target.project, env);
        const baseUrl = `http://127.0.0.1:${port}`;
        try {
          await waitForReady(`${baseUrl}/health/ready`, service, 120_000);
          const preflight = (from: string) =>
            send(baseUrl, {
              method: "OPTIONS",
              path: context.collectionPath,
              headers: {
                origin: from,
                "access-control-request-method": "POST",
                "access-control-request-headers": "authorization,content-type",
              },
            });
          const allowed = await preflight(origin);
          expectThat(
            allowed.status >= 200 && allowed.status < 300,
            `preflight status: expected 2xx, got ${allowed.status}`,
          );
          expectEqual(
            header(allowed, "access-control-allow-origin"),
            origin,
            "Access-Control-Allow-Origin",
          );
          expectThat(
            /post/i.test(header(allowed, "access-control-allow-methods") ?? ""),
            "Access-Control-Allow-Methods lacks POST",
          );
          expectThat(
            /authorization/i.test(header(allowed, "access-control-allow-headers") ?? ""),
            "Access-Control-Allow-Headers lacks Authorization",
          );
          const refused = await preflight("https://evil.conformance.test");
          expectEqual(
            header(refused, "access-control-allow-origin"),
            undefined,
            "Access-Control-Allow-Origin for an unlisted origin",
          );
        } finally {
          service.child.kill("SIGTERM");
          await service.exited;
        }
      },
    },
  ];
  if (target.authEnabled) {
    checks.push({
      id: "startup.short-jwt-secret",
      section: "4",
      title: "a JWT_SECRET under 32 bytes stops the service with one clear line",
      run: () => expectRefusal(target, { ...target.env, JWT_SECRET: "too-short" }, "JWT_SECRET"),
    });
  }
  return checks;
}

export function runStartupChecks(
  target: StartupTarget,
  context: CheckContext,
): Promise<CheckResult[]> {
  return runChecks(describeStartupChecks(target), context);
}
