import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../src/engine/generate.js";
import { toDatabaseName } from "../src/naming/index.js";
import { writeProject } from "../src/project/writer.js";
import { parseSpec, parseSpecYaml } from "../src/spec/load.js";
import type { Spec } from "../src/spec/schema.js";
import { ANSWERS_FILE } from "../src/spec/serialize.js";
import type { StackDescriptor, StackRegistry } from "../src/stacks/types.js";
import { type CheckResult, runChecks } from "./check.js";
import { CONTRACT_CHECKS } from "./checks/index.js";
import { describeTracingChecks } from "./checks/tracing.js";
import { runKeyedAuthChecks } from "./keyed-auth.js";
import { runLifecycleChecks } from "./lifecycle.js";
import { type OtlpReceiver, startOtlpReceiver } from "./otlp-receiver.js";
import { findFreePort, startTestPostgres } from "./postgres.js";
import { runCommand, startService, waitForReady } from "./process.js";
import type { ConformanceReport } from "./report.js";
import { runStartupChecks } from "./startup.js";
import { CONFORMANCE_JWT } from "./tokens.js";

const SPEC_FILE = new URL("./spec.yaml", import.meta.url);
const READY_TIMEOUT_MS = 120_000;

export interface HarnessOptions {
  registry: StackRegistry;
  /** Keep the generated project for inspection instead of deleting it. */
  keep?: boolean;
  log?: (line: string) => void;
  /** How long a service started with bad settings gets to stop by itself. */
  refusalTimeoutMs?: number;
  /** How long the tracing checks wait for spans to reach the collector (15 s by default). */
  telemetryTimeoutMs?: number;
  /**
   * Run on this generated project, whose microforge.yaml gives the spec, instead of generating
   * the conformance spec (e.g. a project that `microforge update` changed). It is never deleted.
   */
  project?: string;
}

/** What OTEL_SERVICE_NAME is set to; the tracing checks expect it as service.name. */
const OTEL_SERVICE_NAME = "conformance-service";

/** The standard OpenTelemetry variables that point the service at the harness's collector. */
function describeOtelEnv(receiver: OtlpReceiver): NodeJS.ProcessEnv {
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf",
    OTEL_SERVICE_NAME,
    OTEL_BSP_SCHEDULE_DELAY: "200",
  };
}

/** The conformance spec for one stack, generated into a folder under root. */
async function generateConformanceProject(
  stack: StackDescriptor,
  root: string,
  registry: StackRegistry,
): Promise<{ spec: Spec; project: string }> {
  const raw = parseSpecYaml(readFileSync(SPEC_FILE, "utf8"), "conformance/spec.yaml") as Record<
    string,
    unknown
  >;
  const spec = parseSpec({ ...raw, stack: stack.id }, registry, "conformance/spec.yaml");
  const project = join(root, spec.name);
  await writeProject(generate(spec, { registry }).list(), project);
  return { spec, project };
}

/** An existing project's spec, from its microforge.yaml. */
function readProjectSpec(project: string, registry: StackRegistry) {
  const file = join(project, ANSWERS_FILE);
  const raw = parseSpecYaml(readFileSync(file, "utf8"), file) as Record<string, unknown>;
  return { spec: parseSpec(raw, registry, file), project };
}

/**
 * One conformance run, with nothing mocked: generate the fixed spec, run the project's own
 * install, lint, format check, type check and tests, migrate a real PostgreSQL with the
 * project's command, start the service as a user would (with OpenTelemetry pointed at a local
 * collector when the spec has tracing), run its own end-to-end tests against it (BASE_URL),
 * then the contract suite and the tracing checks, then the lifecycle checks (database down and
 * back, secrets in the logs, SIGTERM under load), the start-up checks and, with auth, one
 * restart with keys from a JWKS and a leeway.
 */
export async function runConformance(
  stack: StackDescriptor,
  options: HarnessOptions,
): Promise<ConformanceReport> {
  const log = options.log ?? (() => undefined);
  const timings: Record<string, number> = {};
  const checks: CheckResult[] = [];
  const step = (id: string, title: string, passed: boolean, detail: string, durationMs: number) =>
    checks.push({ id, section: "harness", title, passed, detail, durationMs });

  const root = await mkdtemp(join(tmpdir(), `microforge-conformance-${stack.id}-`));
  const postgres = await startTestPostgres();
  let receiver: OtlpReceiver | undefined;
  try {
    const started = performance.now();
    const { spec, project } = options.project
      ? readProjectSpec(options.project, options.registry)
      : await generateConformanceProject(stack, root, options.registry);
    const commands = stack.commands(spec);
    timings.generate = Math.round(performance.now() - started);
    log(`${options.project ? "using" : "generated"} ${project}`);

    const database = toDatabaseName(spec.name);
    const testDatabaseUrl = await postgres.createDatabase(`${database}_test`);
    const databaseUrl = await postgres.createDatabase(database);
    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      SHUTDOWN_GRACE_SECONDS: "10",
      JWT_SECRET: CONFORMANCE_JWT.secret,
      JWT_ISSUER: CONFORMANCE_JWT.issuer,
      JWT_AUDIENCE: CONFORMANCE_JWT.audience,
    };
    const projectSteps = [
      ["install", "installs with its own tools", commands.install, env],
      ["lint", "is clean under its own linter", commands.lint, env],
      ["format", "passes its own format check", commands.formatCheck, env],
      ["typecheck", "passes its own type check", commands.typecheck, env],
      ...(commands.build === undefined
        ? []
        : ([["build", "builds with its own build command", commands.build, env]] as const)),
      [
        "test",
        "passes its own tests against PostgreSQL",
        commands.test,
        { ...env, DATABASE_URL: testDatabaseUrl },
      ],
      ["migrate", "migrates the database with its own command", commands.migrate, env],
    ] as const;
    for (const [id, title, command, commandEnv] of projectSteps) {
      log(`${id}: ${command}`);
      const result = await runCommand(command, project, commandEnv);
      timings[id] = result.durationMs;
      const passed = result.exitCode === 0;
      step(
        `project.${id}`,
        title,
        passed,
        passed ? "" : `\`${command}\` exited ${result.exitCode}:\n${result.output.slice(-3000)}`,
        result.durationMs,
      );
      if (!passed) return { stack: stack.id, passed: false, checks, timings };
    }

    if (spec.features.tracing) receiver = await startOtlpReceiver();
    log(`start: ${commands.start}`);
    const serviceEnv = receiver ? { ...env, ...describeOtelEnv(receiver) } : env;
    const service = startService(commands.start, project, serviceEnv);
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      timings.startup = await waitForReady(`${baseUrl}/health/ready`, service, READY_TIMEOUT_MS);
      step("project.start", "starts and turns ready", true, "", timings.startup);
    } catch (error) {
      service.child.kill("SIGKILL");
      step("project.start", "starts and turns ready", false, String(error), READY_TIMEOUT_MS);
      return { stack: stack.id, passed: false, checks, timings };
    }
    log(`e2e: ${commands.testE2e}`);
    const e2e = await runCommand(commands.testE2e, project, { ...env, BASE_URL: baseUrl });
    timings.e2e = e2e.durationMs;
    step(
      "project.e2e",
      "passes its own end-to-end tests against the running service",
      e2e.exitCode === 0,
      e2e.exitCode === 0
        ? ""
        : `\`${commands.testE2e}\` exited ${e2e.exitCode}:\n${e2e.output.slice(-3000)}`,
      e2e.durationMs,
    );
    const context = {
      baseUrl,
      apiPrefix: `/api/${spec.apiVersion}`,
      collectionPath: `/api/${spec.apiVersion}/products`,
      jwt: spec.auth === "jwt" ? CONFORMANCE_JWT : undefined,
    };
    const suiteStarted = performance.now();
    checks.push(...(await runChecks(CONTRACT_CHECKS, context)));
    if (receiver) {
      const tracing = describeTracingChecks(receiver, {
        serviceName: OTEL_SERVICE_NAME,
        timeoutMs: options.telemetryTimeoutMs,
      });
      checks.push(...(await runChecks(tracing, context)));
    }
    checks.push(...(await runLifecycleChecks({ context, service, postgres })));
    checks.push(
      ...(await runStartupChecks(
        {
          start: commands.start,
          project,
          env,
          authEnabled: spec.auth === "jwt",
          refusalTimeoutMs: options.refusalTimeoutMs,
        },
        context,
      )),
    );
    if (spec.auth === "jwt") {
      const keyed = await runKeyedAuthChecks({ start: commands.start, project, env }, context);
      timings.restartWithJwks = keyed.startupMs;
      checks.push(...keyed.results);
    }
    timings.checks = Math.round(performance.now() - suiteStarted);
    if (service.child.exitCode === null) service.child.kill("SIGKILL");
    return { stack: stack.id, passed: checks.every((check) => check.passed), checks, timings };
  } finally {
    await receiver?.close();
    await postgres.close();
    if (!options.keep) await rm(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}
