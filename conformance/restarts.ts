import { type Check, type CheckContext, type CheckResult, runChecks, sleep } from "./check.js";
import { findFreePort } from "./postgres.js";
import { type RunningService, startService, waitForReady } from "./process.js";

/** What it takes to start the generated service again with other settings. */
export interface RestartTarget {
  /** The stack's command that starts the service. */
  start: string;
  project: string;
}

/** The environment without one variable (e.g. JWT_SECRET when keys come from a JWKS). */
export function withoutVariable(env: NodeJS.ProcessEnv, name: string): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
}

/** SIGTERM, then SIGKILL when the service has not exited within 10 s. */
export async function stopService(service: RunningService): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill("SIGTERM");
  const exit = await Promise.race([service.exited, sleep(10_000).then(() => undefined)]);
  if (exit === undefined) {
    service.child.kill("SIGKILL");
    await service.exited;
  }
}

/**
 * Starts the service on a free port with `env`, runs `checks` against it and stops it. When it
 * does not turn ready, every check fails with the reason, so each still appears in the report.
 */
export async function runChecksOnRestart(
  target: RestartTarget,
  env: NodeJS.ProcessEnv,
  checks: readonly Check[],
  context: CheckContext,
): Promise<{ results: CheckResult[]; startupMs: number }> {
  const port = await findFreePort();
  const service = startService(target.start, target.project, {
    ...env,
    PORT: String(port),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const startupMs = await waitForReady(`${baseUrl}/health/ready`, service, 120_000);
    return { results: await runChecks(checks, { ...context, baseUrl }), startupMs };
  } catch (error) {
    const detail = `the restarted service did not turn ready: ${error instanceof Error ? error.message : String(error)}`;
    const results = checks.map(({ id, section, title }) => ({
      id,
      section,
      title,
      passed: false,
      detail,
      durationMs: 0,
    }));
    return { results, startupMs: 0 };
  } finally {
    await stopService(service);
  }
}
