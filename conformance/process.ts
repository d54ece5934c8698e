import { type ChildProcess, spawn } from "node:child_process";
import { sleep } from "./check.js";

export interface CommandResult {
  command: string;
  exitCode: number | null;
  durationMs: number;
  output: string;
}

/** Runs a shell command in a folder, capturing its output (the tail is kept for the report). */
export function runCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 20 * 60_000,
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", command], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ command, exitCode, durationMs: Math.round(performance.now() - started), output });
    });
  });
}

/** A service started for the checks, with every stdout line kept for the log checks. */
export interface RunningService {
  child: ChildProcess;
  stdoutLines: string[];
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the service with `exec`, so signals reach the service itself, not a shell. */
export function startService(command: string, cwd: string, env: NodeJS.ProcessEnv): RunningService {
  const child = spawn("sh", ["-c", `exec ${command}`], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdoutLines: string[] = [];
  let pending = "";
  const service: RunningService = {
    child,
    stdoutLines,
    stderr: "",
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))),
  };
  child.stdout?.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    stdoutLines.push(...lines.filter((line) => line !== ""));
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    service.stderr = (service.stderr + chunk.toString("utf8")).slice(-20_000);
  });
  return service;
}

/**
 * Whether a process exited cleanly after SIGTERM: 0, or 143, which is how a shell reports a
 * process that re-raised SIGTERM after shutting down cleanly (uvicorn, the JVM); Node reports the
 * same exit as the signal itself.
 */
export function isCleanStop(exit: { code: number | null; signal: string | null }): boolean {
  return exit.code === 0 || exit.code === 143 || exit.signal === "SIGTERM";
}

/**
 * Polls a URL every `pollMs` until it answers 200, the process exits, or the time runs out; the
 * milliseconds it took.
 */
export async function waitForReady(
  url: string,
  service: Pick<RunningService, "exited" | "stderr">,
  timeoutMs: number,
  pollMs = 100,
): Promise<number> {
  const started = performance.now();
  let exited = false;
  void service.exited.then(() => {
    exited = true;
  });
  while (performance.now() - started < timeoutMs) {
    if (exited)
      throw new Error(`the service exited before it was ready:\n${service.stderr.slice(-2000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      // Read to the end, so the connection goes back to fetch's pool.
      await response.arrayBuffer();
      if (response.status === 200) return Math.round(performance.now() - started);
    } catch {
      // not listening yet
    }
    await sleep(pollMs);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
