// npm run bench:service -- --stack <id>... | --all [--seconds 15] [--connections 32]
//
// For each stack: generate the conformance spec, install and build it, migrate a real
// PostgreSQL and seed 1,000 products, start the service in production mode (`make start`:
// the image's environment and start command; tracing off, logs on at info), then measure
// start-up to ready, GET by id, the list and POST (a valid JWT, a warm-up, then a timed run
// each, every one against the 1,000 seeded rows), the peak RSS, and a SIGTERM under load. The
// same is measured for a minimal handler in the same framework (bench/minimal/), and the
// service is reported as a ratio to it.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { findFreePort, startTestPostgres } from "../conformance/postgres.js";
import { isCleanStop, runCommand, waitForReady } from "../conformance/process.js";
import { CONFORMANCE_JWT, mintToken } from "../conformance/tokens.js";
import { generate } from "../src/engine/generate.js";
import { describeProductionStart } from "../src/engine/model.js";
import { writeProject } from "../src/project/writer.js";
import { parseSpec, parseSpecYaml } from "../src/spec/load.js";
import { STACKS } from "../src/stacks/registry.js";
import type { StackDescriptor } from "../src/stacks/types.js";
import { type LoadResult, type LoadTarget, readPeakRssMiB, runLoad, startProcess } from "./load.js";
import { copyMinimalHandler, MINIMAL_HANDLERS } from "./minimal.js";
import { describeMachine, writeBenchReport } from "./report.js";

const SEED_ROWS = 1000;
const WARM_UP_SECONDS = 10;
const READY_TIMEOUT_MS = 120_000;
const ENDPOINTS = ["get", "list", "post"] as const;
type Endpoint = (typeof ENDPOINTS)[number];

const { values } = parseArgs({
  options: {
    stack: { type: "string", multiple: true },
    all: { type: "boolean" },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const ids = values.all ? STACKS.map((stack) => stack.id) : (values.stack ?? []);
if (ids.length === 0) {
  console.error(
    `usage: npm run bench:service -- --stack <id> | --all (stacks: ${STACKS.map((s) => s.id).join(", ")})`,
  );
  process.exit(2);
}

export interface Measurement {
  startupMs: number;
  endpoints: Record<Endpoint, LoadResult>;
  peakRssMiB: number;
  sigterm: {
    exitCode: number | null;
    signal: string | null;
    exitMs: number;
    clean: boolean;
    failedRequests: number;
  };
  logBytes: number;
}

/** Starts a server, loads each endpoint (warm-up, then the timed run), then stops it under load. */
async function measure(
  start: string,
  project: string,
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  targets: Record<Endpoint, LoadTarget>,
  reset: () => Promise<void>,
): Promise<Measurement> {
  const server = startProcess(start, project, env);
  try {
    // Polled every 20 ms: the Go services are ready in about 30.
    const startupMs = await waitForReady(
      `http://127.0.0.1:${port}${readyPath}`,
      server,
      READY_TIMEOUT_MS,
      20,
    );
    const endpoints = {} as Record<Endpoint, LoadResult>;
    for (const endpoint of ENDPOINTS) {
      await reset();
      await runLoad(targets[endpoint], WARM_UP_SECONDS, connections);
      endpoints[endpoint] = await runLoad(targets[endpoint], seconds, connections);
      console.log(`  ${endpoint}: ${JSON.stringify(endpoints[endpoint])}`);
    }
    const peakRssMiB = readPeakRssMiB(server.child.pid ?? 0);
    // SIGTERM one second into a load on the list: the process must drain and exit cleanly.
    await reset();
    const load = runLoad(targets.list, 3, connections);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stopped = performance.now();
    server.child.kill("SIGTERM");
    const exit = await Promise.race([
      server.exited,
      new Promise<{ code: null; signal: "timeout" }>((resolve) =>
        setTimeout(() => resolve({ code: null, signal: "timeout" }), 30_000),
      ),
    ]);
    const exitMs = Math.round(performance.now() - stopped);
    const during = await load;
    return {
      startupMs,
      endpoints,
      peakRssMiB,
      sigterm: {
        exitCode: exit.code,
        signal: exit.signal,
        exitMs,
        clean: isCleanStop(exit),
        // Refused connections after the listener closed are expected; failed responses are not.
        failedRequests: during.non2xx,
      },
      logBytes: server.outputBytes(),
    };
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  }
}

const BENCH_PRODUCT = "Benchmark product";

/**
 * Back to the seeded rows: the products earlier POST runs created are deleted (and vacuumed
 * away), so every list and every server measures against the same 1,000 rows.
 */
async function resetProducts(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query("DELETE FROM products WHERE name = $1", [BENCH_PRODUCT]);
    await client.query("VACUUM ANALYZE products");
  });
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function seed(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    await client.query(
      `INSERT INTO products (id, name, sku, price, stock, active, type, created_at, updated_at)
       SELECT gen_random_uuid(), 'Product ' || i, 'SKU-' || i, (i % 100) + 0.99, i % 50, true,
              'physical', now() - make_interval(secs => i), now()
       FROM generate_series(1, ${SEED_ROWS}) AS i`,
    );
    const { rows } = await client.query<{ id: string }>("SELECT id FROM products");
    return rows.map((row) => row.id);
  });
}

async function benchStack(stack: StackDescriptor) {
  const root = await mkdtemp(join(tmpdir(), `microforge-bench-${stack.id}-`));
  const postgres = await startTestPostgres();
  try {
    const raw = parseSpecYaml(readFileSync("conformance/spec.yaml", "utf8"), "spec") as Record<
      string,
      unknown
    >;
    const spec = parseSpec({ ...raw, stack: stack.id }, STACKS);
    const project = join(root, "service");
    await writeProject(generate(spec, { registry: STACKS }).list(), project);
    const commands = stack.commands(spec);
    const container = stack.container(spec);
    const databaseUrl = await postgres.createDatabase("bench");
    const port = await findFreePort();
    // The image's environment (NODE_ENV=production, …) applies to the start only: an install
    // under NODE_ENV=production would leave out the build's dev dependencies.
    const buildEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      JWT_SECRET: CONFORMANCE_JWT.secret,
      JWT_ISSUER: CONFORMANCE_JWT.issuer,
      JWT_AUDIENCE: CONFORMANCE_JWT.audience,
    };
    const env: NodeJS.ProcessEnv = { ...buildEnv, ...container.env };
    const minimal = MINIMAL_HANDLERS[stack.id];
    if (!minimal) throw new Error(`no minimal handler for ${stack.id} in bench/minimal.ts`);
    copyMinimalHandler(minimal, project);
    for (const command of [commands.install, commands.build, commands.migrate, minimal.build]) {
      if (!command) continue;
      console.log(`[${stack.id}] ${command}`);
      const result = await runCommand(command, project, buildEnv);
      if (result.exitCode !== 0)
        throw new Error(`${command} failed:\n${result.output.slice(-3000)}`);
    }
    const rowIds = await seed(databaseUrl);
    let next = 0;
    const token = mintToken(CONFORMANCE_JWT, { roles: ["admin"], expiresIn: 3600 });
    const baseUrl = `http://127.0.0.1:${port}`;
    const targets = (headers: Record<string, string>): Record<Endpoint, LoadTarget> => ({
      get: {
        baseUrl,
        method: "GET",
        headers,
        path: () => `/api/v1/products/${rowIds[next++ % rowIds.length]}`,
      },
      list: { baseUrl, method: "GET", headers, path: () => "/api/v1/products" },
      post: {
        baseUrl,
        method: "POST",
        headers,
        path: () => "/api/v1/products",
        body: JSON.stringify({ name: BENCH_PRODUCT, price: "9.99" }),
      },
    });
    const productionStart = describeProductionStart(container, commands);
    console.log(`[${stack.id}] service: ${productionStart}`);
    const service = await measure(
      commands.start,
      project,
      env,
      port,
      "/health/ready",
      targets({ authorization: `Bearer ${token}` }),
      () => resetProducts(databaseUrl),
    );
    const minimalStart = minimal.start({ port, database: new URL(databaseUrl) });
    console.log(`[${stack.id}] minimal handler: ${minimalStart}`);
    const baseline = await measure(
      minimalStart,
      project,
      env,
      port,
      "/api/v1/products",
      targets({}),
      () => resetProducts(databaseUrl),
    );
    return {
      stack: stack.id,
      commit: describeMachine().commit,
      start: productionStart,
      service,
      minimal: baseline,
      ratios: describeRatios(service, baseline),
    };
  } finally {
    await postgres.close();
    await rm(root, { recursive: true, force: true });
  }
}

/** Throughput as a share of the minimal handler's (target ≥ 0.8), p99 as a multiple (≤ 1.5). */
function describeRatios(service: Measurement, minimal: Measurement) {
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return Object.fromEntries(
    ENDPOINTS.map((endpoint) => {
      const s = service.endpoints[endpoint];
      const m = minimal.endpoints[endpoint];
      return [
        endpoint,
        {
          throughput: ratio(s.requestsPerSecond, m.requestsPerSecond),
          p99: ratio(s.p99Ms, m.p99Ms),
        },
      ];
    }),
  ) as Record<Endpoint, { throughput: number; p99: number }>;
}

type StackResult = Awaited<ReturnType<typeof benchStack>>;

function formatTable(results: readonly StackResult[]): string {
  const lines = [
    "| stack | endpoint | req/s | p50 (ms) | p99 (ms) | errors | minimal req/s | minimal p99 (ms) | throughput ratio (≥ 0.8) | p99 ratio (≤ 1.5) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    for (const endpoint of ENDPOINTS) {
      const s = result.service.endpoints[endpoint];
      const m = result.minimal.endpoints[endpoint];
      const r = result.ratios[endpoint];
      lines.push(
        `| ${result.stack} | ${endpoint} | ${s.requestsPerSecond} | ${s.p50Ms} | ${s.p99Ms} | ${s.errors + s.non2xx} | ${m.requestsPerSecond} | ${m.p99Ms} | ${r.throughput} | ${r.p99} |`,
      );
    }
  }
  lines.push(
    "",
    "| stack | start-up to ready (ms) | peak RSS (MiB) | SIGTERM under load | minimal start-up (ms) | minimal peak RSS (MiB) |",
    "| --- | ---: | ---: | --- | ---: | ---: |",
    ...results.map(
      (result) =>
        `| ${result.stack} | ${result.service.startupMs} | ${result.service.peakRssMiB} | ${result.service.sigterm.clean ? "clean" : "NOT clean"}: exit ${result.service.sigterm.exitCode ?? result.service.sigterm.signal} in ${result.service.sigterm.exitMs} ms, ${result.service.sigterm.failedRequests} failed responses | ${result.minimal.startupMs} | ${result.minimal.peakRssMiB} |`,
    ),
  );
  return lines.join("\n");
}

/** Earlier results of the stacks not measured in this run, so `--stack` runs add up. */
function readEarlierResults(measured: Set<string>): StackResult[] {
  try {
    const earlier = JSON.parse(readFileSync("bench-report/service.json", "utf8")) as {
      results: StackResult[];
    };
    return earlier.results.filter((result) => !measured.has(result.stack));
  } catch {
    return [];
  }
}

const results: StackResult[] = [];
for (const id of ids) {
  const stack = STACKS.find((candidate) => candidate.id === id);
  if (!stack) {
    console.error(`unknown stack "${id}"`);
    process.exit(2);
  }
  results.push(await benchStack(stack));
}
const all = [...readEarlierResults(new Set(ids)), ...results].sort(
  (a, b) => STACKS.findIndex((s) => s.id === a.stack) - STACKS.findIndex((s) => s.id === b.stack),
);
const table = formatTable(all);
console.log(`\n${table}`);
const path = await writeBenchReport(
  "service",
  {
    machine: describeMachine(),
    seconds,
    connections,
    warmUpSeconds: WARM_UP_SECONDS,
    seedRows: SEED_ROWS,
    results: all,
  },
  `Load: autocannon, ${connections} connections, ${WARM_UP_SECONDS} s warm-up then ${seconds} s per endpoint, ${SEED_ROWS} seeded rows, a valid JWT (admin).\n\n${table}`,
);
console.log(`report: ${path}`);
