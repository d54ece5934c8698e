import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSecretLogCheck } from "../../conformance/log-secrets.js";
import { CONFORMANCE_JWT } from "../../conformance/tokens.js";
import { startContractServer } from "../fixtures/contract-servers.js";
import { runCheckAgainst } from "./run-check.js";

/**
 * logs.no-secrets passes against a server that logs the contract's request fields and fails
 * against servers that log headers, the bare token or the secret.
 */
type Logger = (headers: IncomingHttpHeaders) => Record<string, unknown>;
const LOGGERS: Record<string, Logger> = {
  reference: () => ({}),
  "logs headers": (headers) => ({ headers }),
  "logs the bare token": (headers) => ({
    user: String(headers.authorization ?? "").replace(/^Bearer /, ""),
  }),
  "logs Basic credentials": (headers) => ({
    auth: String(headers.authorization ?? "").startsWith("Basic") ? headers.authorization : null,
  }),
  "logs the secret": () => ({ config: { jwtSecret: CONFORMANCE_JWT.secret } }),
};

describe("the secret-logging check", () => {
  const servers = new Map<string, { baseUrl: string; lines: string[]; close(): Promise<void> }>();
  beforeAll(async () => {
    for (const [name, logger] of Object.entries(LOGGERS)) {
      const lines: string[] = [];
      const server = await startContractServer("reference", CONFORMANCE_JWT, {
        hooks: {
          onRequest: ({ method, route, status, headers }) =>
            lines.push(
              JSON.stringify({ level: "info", method, route, status, ...logger(headers) }),
            ),
        },
      });
      servers.set(name, { ...server, lines });
    }
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  const run = async (name: string) => {
    const server = servers.get(name);
    const check = describeSecretLogCheck({ stdoutLines: server?.lines ?? [], stderr: "" });
    const result = await runCheckAgainst(check, server?.baseUrl);
    return { result, lines: server?.lines ?? [] };
  };

  it("passes against a server that logs no credential", async () => {
    const { result, lines } = await run("reference");
    expect(result?.detail).toBe("");
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(LOGGERS).filter((name) => name !== "reference"))(
    "fails against a server that %s, without repeating the secret",
    async (name) => {
      const { result } = await run(name);
      expect(result?.passed).toBe(false);
      expect(result?.detail).toMatch(/was logged/);
      expect(result?.detail).not.toContain(CONFORMANCE_JWT.secret);
    },
  );
});
