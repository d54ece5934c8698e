import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Check } from "../../conformance/check.js";
import { CONTRACT_CHECKS } from "../../conformance/checks/index.js";
import { CONFORMANCE_JWT } from "../../conformance/tokens.js";
import { type Flavour, startContractServer } from "../fixtures/contract-servers.js";
import { runCheckAgainst } from "./run-check.js";

/**
 * Every check must pass against a server that honours the contract and fail against at least
 * one that does not: a check that cannot fail proves nothing.
 */
describe("the contract suite", () => {
  const servers = new Map<Flavour, Awaited<ReturnType<typeof startContractServer>>>();
  beforeAll(async () => {
    for (const flavour of ["reference", "lenient", "strict"] as const) {
      servers.set(flavour, await startContractServer(flavour, CONFORMANCE_JWT));
    }
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  const run = (check: Check, flavour: Flavour) =>
    runCheckAgainst(check, servers.get(flavour)?.baseUrl);

  it.each(CONTRACT_CHECKS.map((check) => [check.id, check] as const))(
    "%s passes and can fail",
    async (_id, check) => {
      expect((await run(check, "reference"))?.detail).toBe("");
      const broken = [await run(check, "lenient"), await run(check, "strict")];
      expect(broken.some((result) => result?.passed === false && result.detail !== "")).toBe(true);
    },
  );
});
