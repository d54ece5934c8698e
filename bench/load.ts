import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

/** What one endpoint sustained: requests per second, latency percentiles, failures. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts, and responses that were not 2xx. */
  errors: number;
  non2xx: number;
  requests: number;
}

export interface LoadTarget {
  baseUrl: string;
  method: "GET" | "POST";
  /** Each request's path; called per request, so a GET by id can rotate through the rows. */
  path: () => string;
  body?: string;
  headers: Record<string, string>;
}

/** Runs autocannon against a target for `seconds` with `connections` concurrent connections. */
export async function runLoad(
  target: LoadTarget,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: target.baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: target.method,
        setupRequest: (request) => ({
          ...request,
          path: target.path(),
          headers: {
            ...target.headers,
            ...(target.body ? { "content-type": "application/json" } : {}),
          },
          ...(target.body ? { body: target.body } : {}),
        }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/**
 * A process under test: its output is drained (as a container runtime would) and counted, and
 * only its tail is kept (`stderr`, for conformance's waitForReady), not every log line.
 */
export interface BenchProcess {
  child: ChildProcess;
  outputBytes: () => number;
  readonly stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startProcess(command: string, cwd: string, env: NodeJS.ProcessEnv): BenchProcess {
  const child = spawn("sh", ["-c", `exec ${command}`], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let bytes = 0;
  let tail = "";
  const drain = (chunk: Buffer) => {
    bytes += chunk.length;
    tail = (tail + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", drain);
  child.stderr?.on("data", drain);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  exited.then(({ code }) => {
    if (code !== 0 && code !== 143 && code !== null) process.stderr.write(tail);
  });
  return {
    child,
    outputBytes: () => bytes,
    get stderr() {
      return tail;
    },
    exited,
  };
}

/**
 * The peak resident memory (VmHWM) of a process and every process below it, in MiB: gunicorn's
 * worker, a JVM started by a shell, and so on.
 */
export function readPeakRssMiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kib = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      kib += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return Math.round(kib / 1024);
}
