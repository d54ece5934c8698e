import { randomUUID } from "node:crypto";
import { type Check, type CheckContext, expectThat, sleep } from "./check.js";
import { send } from "./http.js";
import type { RunningService } from "./process.js";
import { mintToken } from "./tokens.js";

/** What a JWT looks like in text: base64url of `{"` twice, then a signature. */
const JWT_SHAPE = /eyJ[\w-]*\.eyJ[\w-]*\.[\w-]+/;

/** The Authorization values of the probe requests, paired with what the log must never hold. */
function describeProbes(context: CheckContext): { authorization: string; secrets: string[] }[] {
  const basic = Buffer.from(`log-probe-${randomUUID()}:not-a-password`).toString("base64");
  const probes = [{ authorization: `Basic ${basic}`, secrets: [basic] }];
  if (!context.jwt) return probes;
  const valid = mintToken(context.jwt, { roles: ["reader"] });
  const forged = mintToken(context.jwt, { secret: `forged-${randomUUID()}-0123456789abcdef` });
  for (const token of [valid, forged])
    probes.push({ authorization: `Bearer ${token}`, secrets: [token, token.split(".")[2] ?? ""] });
  return probes;
}

/**
 * Section 6: tokens, secrets and the Authorization header are never logged. Sends distinctive
 * credentials (a valid token, a forged one, a Basic value), then searches everything the service
 * wrote, stdout and stderr, for them, for the JWT secret and for anything shaped like a JWT.
 */
export function describeSecretLogCheck(
  service: Pick<RunningService, "stdoutLines" | "stderr">,
): Check {
  return {
    id: "logs.no-secrets",
    section: "6",
    title: "no token, JWT secret or Authorization value appears in the service's output",
    async run(context) {
      const probes = describeProbes(context);
      for (const { authorization } of probes)
        await send(context.baseUrl, { path: context.collectionPath, headers: { authorization } });
      await sleep(500);
      const forbidden = [
        ...probes.flatMap((probe) =>
          probe.secrets.map((secret) => ({ secret, what: "a credential the checks sent" })),
        ),
        ...(context.jwt ? [{ secret: context.jwt.secret, what: "the JWT secret" }] : []),
      ].filter(({ secret }) => secret !== "");
      const lines = [...service.stdoutLines, ...service.stderr.split("\n")];
      for (const line of lines) {
        let shown = line;
        for (const { secret } of forbidden) shown = shown.split(secret).join("<redacted>");
        const found = forbidden.find(({ secret }) => line.includes(secret));
        expectThat(!found, `${found?.what} was logged: ${shown.slice(0, 300)}`);
        expectThat(!JWT_SHAPE.test(line), `a JWT was logged: ${shown.slice(0, 300)}`);
      }
    },
  };
}
