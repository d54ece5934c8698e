// npm run bench:generate [-- --runs 7 --stack <id>...]: times `microforge new` as a user runs it
// (a fresh Node process each time, the built CLI) for every stack on the conformance spec and
// on specs of 10 and 50 resources; prints min and median and writes bench-report/generate.*.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { STACKS } from "../src/stacks/registry.js";
import { describeMachine, writeBenchReport } from "./report.js";
import { BENCH_SPECS } from "./specs.js";

const CLI = fileURLToPath(new URL("../bin/microforge.js", import.meta.url));

const { values } = parseArgs({
  options: { runs: { type: "string", default: "7" }, stack: { type: "string", multiple: true } },
});
const runs = Number(values.runs);
const stacks = values.stack ?? STACKS.map((stack) => stack.id);

/** Wall time of one process, in milliseconds. */
function time(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return elapsed;
}

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { minMs: round(sorted[0] ?? Number.NaN), medianMs: round(median) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const work = mkdtempSync(join(tmpdir(), "microforge-bench-"));
interface Row {
  stack: string;
  spec: string;
  resources: number;
  targetMs: number | undefined;
  minMs: number;
  medianMs: number;
}
const rows: Row[] = [];
try {
  const nodeStart = summarize(Array.from({ length: runs }, () => time(["-e", ""])));
  console.log(`node start-up alone: min ${nodeStart.minMs} ms, median ${nodeStart.medianMs} ms`);
  for (const stack of stacks) {
    for (const spec of BENCH_SPECS) {
      const file = join(work, `${stack}-${spec.id}.yaml`);
      writeFileSync(file, spec.text(stack));
      const samples = Array.from({ length: runs }, (_, index) => {
        const out = join(work, `out-${index}`);
        const elapsed = time([CLI, "new", "--spec", file, "--out", out, "--yes"]);
        rmSync(out, { recursive: true, force: true });
        return elapsed;
      });
      const row: Row = {
        stack,
        spec: spec.id,
        resources: spec.resources,
        targetMs: spec.targetMs,
        ...summarize(samples),
      };
      rows.push(row);
      const verdict =
        row.targetMs === undefined
          ? ""
          : row.medianMs <= row.targetMs
            ? " (target met)"
            : ` (target ${row.targetMs} ms MISSED)`;
      console.log(
        `${stack.padEnd(15)} ${spec.id.padEnd(13)} min ${String(row.minMs).padStart(7)} ms  median ${String(row.medianMs).padStart(7)} ms${verdict}`,
      );
    }
  }
  const path = await writeBenchReport(
    "generate",
    {
      machine: describeMachine(),
      runs,
      nodeStartMs: nodeStart,
      results: rows,
    },
    formatTable(rows),
  );
  console.log(`report: ${path}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function formatTable(results: readonly Row[]): string {
  const lines = [
    "| stack | spec | min (ms) | median (ms) | target (ms) |",
    "| --- | --- | ---: | ---: | ---: |",
    ...results.map(
      (row) =>
        `| ${row.stack} | ${row.spec} | ${row.minMs} | ${row.medianMs} | ${row.targetMs ?? "—"} |`,
    ),
  ];
  return lines.join("\n");
}
