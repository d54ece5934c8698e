import type { Check, CheckContext } from "../check.js";
import { expectEqual } from "../check.js";
import { EC_KID, RSA_KID, type SigningKeys } from "../jwks.js";
import type { TokenOptions } from "../tokens.js";
import { mintTokenFor, read, rejected } from "./auth.js";

/**
 * Section 4 with keys from JWT_JWKS_URL (and no JWT_SECRET): RS256 and ES256 tokens are
 * verified with the key their `kid` names, and nothing falls back to HS256. Run against a
 * service restarted with the harness's JWKS (conformance/keyed-auth.ts).
 */
const accepted = (id: string, title: string, options: TokenOptions): Check => ({
  id: `auth.${id}`,
  section: "4",
  title: `${title} → 200`,
  async run(context: CheckContext) {
    const response = await read(context, `Bearer ${mintTokenFor(context, options)}`);
    expectEqual(response.status, 200, "status");
  },
});

export function describeJwksChecks(keys: SigningKeys): Check[] {
  const rs256 = { alg: "RS256", kid: RSA_KID, privateKey: keys.rsa };
  const bearer = (context: CheckContext, options: TokenOptions) =>
    `Bearer ${mintTokenFor(context, options)}`;
  return [
    accepted("jwks-rs256", `an RS256 token signed by the JWKS key ${RSA_KID}`, rs256),
    accepted("jwks-es256", `an ES256 token signed by the JWKS key ${EC_KID}`, {
      alg: "ES256",
      kid: EC_KID,
      privateKey: keys.ec,
    }),
    rejected("jwks-unknown-kid", "an RS256 token whose kid is in no JWKS key", (c) =>
      bearer(c, { ...rs256, kid: "unknown-1" }),
    ),
    rejected("jwks-key-type-mismatch", `an RS256 token whose kid names the EC key ${EC_KID}`, (c) =>
      bearer(c, { ...rs256, kid: EC_KID }),
    ),
    rejected(
      "jwks-algorithm-confusion",
      "an HS256 token whose HMAC secret is the RSA public key's PEM",
      (c) => bearer(c, { alg: "HS256", kid: RSA_KID, secret: keys.rsaPublicPem }),
    ),
    rejected(
      "jwks-no-hs256-fallback",
      "with JWT_JWKS_URL and no JWT_SECRET, an HS256 token signed with the former JWT_SECRET",
      (c) => bearer(c, { alg: "HS256" }),
    ),
  ];
}

/**
 * JWT_LEEWAY_SECONDS (section 4), against a service started with it: exp and nbf are
 * accepted within the leeway and refused beyond it. `signing` picks the key the service trusts.
 */
export function describeLeewayChecks(signing: TokenOptions, leewaySeconds: number): Check[] {
  const within = Math.floor(leewaySeconds / 3);
  const beyond = leewaySeconds * 4;
  const given = `with JWT_LEEWAY_SECONDS=${leewaySeconds}`;
  return [
    accepted("leeway-expired-within", `${given}, a token that expired ${within} s ago`, {
      ...signing,
      expiresIn: -within,
    }),
    accepted("leeway-not-before-within", `${given}, a token whose nbf is ${within} s ahead`, {
      ...signing,
      notBefore: within,
    }),
    rejected(
      "leeway-expired-beyond",
      `${given}, a token that expired ${beyond} s ago`,
      (c) => `Bearer ${mintTokenFor(c, { ...signing, expiresIn: -beyond })}`,
    ),
  ];
}
