import type { JwtSettings } from "./tokens.js";

/**
 * One contract check: a named, black-box test of a running service. A check passes when `run`
 * returns and fails when it throws; the message of what it threw is the report's detail.
 */
export interface Check {
  /** Stable id, e.g. `health.ready-ok`; the report and the docs refer to checks by it. */
  id: string;
  /** The docs/contract.md section the check enforces. */
  section: string;
  title: string;
  run(context: CheckContext): Promise<void>;
}

export interface CheckContext {
  baseUrl: string;
  apiPrefix: string;
  /** The collection path of the spec's first resource, e.g. `/api/v1/products`. */
  collectionPath: string;
  /** The JWT settings the service was started with; undefined when it runs with `auth: none`. */
  jwt: JwtSettings | undefined;
}

/** Waits; checks use it to let time pass (distinct timestamps, a signal being handled). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class CheckFailure extends Error {
  override name = "CheckFailure";
}

/** Fails the check with a message that says what was expected and what came back. */
export function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  // JSON key order is not significant (docs/contract.md section 2).
  const same = JSON.stringify(sortKeys(actual)) === JSON.stringify(sortKeys(expected));
  expectThat(same, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The value with every object's keys in sorted order, so that equal JSON compares equal. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => [key, sortKeys(entry)]),
  );
}

export interface CheckResult {
  id: string;
  section: string;
  title: string;
  passed: boolean;
  detail: string;
  durationMs: number;
}

/** Runs checks one after another (they share one service and one database). */
export async function runChecks(
  checks: readonly Check[],
  context: CheckContext,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = performance.now();
    let passed = true;
    let detail = "";
    try {
      await check.run(context);
    } catch (error) {
      passed = false;
      detail = error instanceof Error ? error.message : String(error);
    }
    results.push({
      id: check.id,
      section: check.section,
      title: check.title,
      passed,
      detail,
      durationMs: Math.round(performance.now() - started),
    });
  }
  return results;
}
