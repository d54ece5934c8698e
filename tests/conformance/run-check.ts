import { type Check, type CheckResult, runChecks } from "../../conformance/check.js";
import { CONFORMANCE_JWT } from "../../conformance/tokens.js";

/** Runs one check against a test server as the harness would: the spec's products, JWT auth. */
export async function runCheckAgainst(
  check: Check | undefined,
  baseUrl: string | undefined,
): Promise<CheckResult | undefined> {
  if (!check) throw new Error("no such check");
  const context = {
    baseUrl: baseUrl ?? "",
    apiPrefix: "/api/v1",
    collectionPath: "/api/v1/products",
    jwt: CONFORMANCE_JWT,
  };
  const [result] = await runChecks([check], context);
  return result;
}
