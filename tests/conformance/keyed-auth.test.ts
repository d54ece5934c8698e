import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Check } from "../../conformance/check.js";
import { authChecks } from "../../conformance/checks/auth.js";
import { describeJwksChecks, describeLeewayChecks } from "../../conformance/checks/jwks.js";
import {
  generateSigningKeys,
  type JwksServer,
  RSA_KID,
  startJwksServer,
} from "../../conformance/jwks.js";
import { CONFORMANCE_LEEWAY_SECONDS } from "../../conformance/keyed-auth.js";
import { CONFORMANCE_JWT } from "../../conformance/tokens.js";
import { startContractServer } from "../fixtures/contract-servers.js";
import type { AuthSettings } from "../fixtures/reference-auth.js";
import { runCheckAgainst } from "./run-check.js";

/**
 * The JWKS and leeway checks pass against the reference server configured as the harness's
 * restart configures the service (JWT_JWKS_URL, no JWT_SECRET, JWT_LEEWAY_SECONDS=30), and
 * each fails against a server with one flaw. The no-default-leeway checks of the main run fail
 * against a server that brings its own leeway.
 */
const keys = generateSigningKeys();
type Variant = keyof ReturnType<typeof describeVariants>;

function describeVariants(jwksUrl: string) {
  const keyed: AuthSettings = {
    ...CONFORMANCE_JWT,
    secret: "",
    jwksUrl,
    leewaySeconds: CONFORMANCE_LEEWAY_SECONDS,
  };
  return {
    reference: keyed,
    "hs256-only": { ...CONFORMANCE_JWT, leewaySeconds: CONFORMANCE_LEEWAY_SECONDS },
    "ignore-kid": { ...keyed, flaws: ["ignore-kid"] },
    "hmac-with-jwk": { ...keyed, flaws: ["hmac-with-jwk"] },
    "secret-fallback": { ...keyed, secret: CONFORMANCE_JWT.secret, flaws: ["secret-fallback"] },
    "no-es256": { ...keyed, flaws: ["no-es256"] },
    "no-leeway": { ...keyed, flaws: ["no-leeway"] },
    "wide-leeway": { ...keyed, leewaySeconds: 300 },
    "hs256-reference": CONFORMANCE_JWT,
    "hs256-default-leeway": { ...CONFORMANCE_JWT, leewaySeconds: 60 },
  } satisfies Record<string, AuthSettings>;
}

const CASES: [id: string, passes: Variant, fails: Variant][] = [
  ["auth.jwks-rs256", "reference", "hs256-only"],
  ["auth.jwks-es256", "reference", "no-es256"],
  ["auth.jwks-unknown-kid", "reference", "ignore-kid"],
  ["auth.jwks-key-type-mismatch", "reference", "ignore-kid"],
  ["auth.jwks-algorithm-confusion", "reference", "hmac-with-jwk"],
  ["auth.jwks-no-hs256-fallback", "reference", "secret-fallback"],
  ["auth.leeway-expired-within", "reference", "no-leeway"],
  ["auth.leeway-not-before-within", "reference", "no-leeway"],
  ["auth.leeway-expired-beyond", "reference", "wide-leeway"],
  ["auth.expired-no-default-leeway", "hs256-reference", "hs256-default-leeway"],
  ["auth.not-yet-valid-no-default-leeway", "hs256-reference", "hs256-default-leeway"],
];

describe("the JWKS and leeway checks", () => {
  let jwks: JwksServer;
  const servers = new Map<Variant, Awaited<ReturnType<typeof startContractServer>>>();
  const checks: Check[] = [
    ...describeJwksChecks(keys),
    ...describeLeewayChecks(
      { alg: "RS256", kid: RSA_KID, privateKey: keys.rsa },
      CONFORMANCE_LEEWAY_SECONDS,
    ),
    ...authChecks,
  ];
  beforeAll(async () => {
    jwks = await startJwksServer(keys.jwks);
    for (const [variant, settings] of Object.entries(describeVariants(jwks.url)))
      servers.set(variant as Variant, await startContractServer("reference", settings));
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
    await jwks.close();
  });

  const run = (id: string, variant: Variant) =>
    runCheckAgainst(
      checks.find((check) => check.id === id),
      servers.get(variant)?.baseUrl,
    );

  it("serves both keys with kid, alg and use", async () => {
    const document = (await (await fetch(jwks.url)).json()) as { keys: Record<string, unknown>[] };
    expect(
      document.keys.map(({ kid, kty, alg, use, crv }) => ({ kid, kty, alg, use, crv })),
    ).toEqual([
      { kid: "rsa-1", kty: "RSA", alg: "RS256", use: "sig", crv: undefined },
      { kid: "ec-1", kty: "EC", alg: "ES256", use: "sig", crv: "P-256" },
    ]);
    expect(document.keys.some((key) => "d" in key)).toBe(false);
  });

  it.each(CASES)("%s passes against %s and fails against %s", async (id, passes, fails) => {
    expect((await run(id, passes))?.detail).toBe("");
    const broken = await run(id, fails);
    expect(broken?.passed).toBe(false);
    expect(broken?.detail).toMatch(/status/);
  });
});
