import type { CheckContext, CheckResult } from "./check.js";
import { describeJwksChecks, describeLeewayChecks } from "./checks/jwks.js";
import { generateSigningKeys, RSA_KID, startJwksServer } from "./jwks.js";
import { type RestartTarget, runChecksOnRestart, withoutVariable } from "./restarts.js";

/** The leeway the restarted service gets; the leeway checks stay well inside and outside it. */
export const CONFORMANCE_LEEWAY_SECONDS = 30;

/**
 * One restart for the rest of section 4: keys from a JWKS the harness serves (JWT_JWKS_URL,
 * JWT_SECRET removed, JWT_ISSUER and JWT_AUDIENCE kept) and JWT_LEEWAY_SECONDS=30.
 */
export async function runKeyedAuthChecks(
  target: RestartTarget & { env: NodeJS.ProcessEnv },
  context: CheckContext,
): Promise<{ results: CheckResult[]; startupMs: number }> {
  const keys = generateSigningKeys();
  const jwks = await startJwksServer(keys.jwks);
  try {
    const env = {
      ...withoutVariable(target.env, "JWT_SECRET"),
      JWT_JWKS_URL: jwks.url,
      JWT_LEEWAY_SECONDS: String(CONFORMANCE_LEEWAY_SECONDS),
    };
    const checks = [
      ...describeJwksChecks(keys),
      ...describeLeewayChecks(
        { alg: "RS256", kid: RSA_KID, privateKey: keys.rsa },
        CONFORMANCE_LEEWAY_SECONDS,
      ),
    ];
    return await runChecksOnRestart(target, env, checks, context);
  } finally {
    await jwks.close();
  }
}
