import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../conformance/check.js";
import { CONTRACT_CHECKS } from "../../conformance/checks/index.js";
import { startContractServer } from "../fixtures/contract-servers.js";

/** Every check must pass against a server that honours it and fail against one that does not. */
describe.each(["reference", "broken"] as const)(
  "the contract suite against the %s server",
  (flavour) => {
    let server: Awaited<ReturnType<typeof startContractServer>>;
    beforeAll(async () => {
      server = await startContractServer(flavour);
    });
    afterAll(() => server.close());

    it.each(CONTRACT_CHECKS.map((check) => [check.id, check] as const))(
      "%s",
      async (_id, check) => {
        const [result] = await runChecks([check], {
          baseUrl: server.baseUrl,
          apiPrefix: "/api/v1",
        });
        if (flavour === "reference") expect(result?.detail).toBe("");
        expect(result?.passed).toBe(flavour === "reference");
        if (flavour === "broken") expect(result?.detail).not.toBe("");
      },
    );
  },
);
