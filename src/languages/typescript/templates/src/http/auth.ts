import {
  createRemoteJWKSet,
  type JWTVerifyOptions,
  type JWTVerifyResult,
  jwtVerify,
  SignJWT,
} from "jose";
import type { AuthConfig } from "../config.js";

/** Roles are hierarchical: each may do everything the ones before it may. */
export const ROLES = ["reader", "writer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What a 401 answers with, so that clients know to send a bearer token. */
export const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="api"' };

export interface Principal {
  subject: string | undefined;
  role: Role | undefined;
}

/** The highest role in a roles claim; a claim that is not a list of strings grants none. */
export function findHighestRole(claim: unknown): Role | undefined {
  if (!Array.isArray(claim) || !claim.every((role) => typeof role === "string")) return undefined;
  return ROLES.findLast((role) => claim.includes(role));
}

export function may(principal: Principal, required: Role): boolean {
  return principal.role !== undefined && ROLES.indexOf(principal.role) >= ROLES.indexOf(required);
}

/**
 * Verifies tokens with a pinned algorithm: HS256 with JWT_SECRET, or RS256/ES256 with the key
 * of the JWKS at JWT_JWKS_URL that the token's `kid` names. `exp` is required; `exp`, `nbf`,
 * `iss` and `aud` are checked with JWT_LEEWAY_SECONDS of tolerance.
 */
export class TokenVerifier {
  readonly #config: AuthConfig;
  readonly #verify: (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;

  constructor(config: AuthConfig) {
    this.#config = config;
    if (config.jwksUrl !== undefined) {
      const keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
      this.#verify = (token, options) =>
        jwtVerify(token, keys, { ...options, algorithms: ["RS256", "ES256"] });
    } else {
      // Imported once: given the raw secret, jose would import it again for every token.
      const secret = crypto.subtle.importKey(
        "raw",
        new TextEncoder().encode(config.secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["verify"],
      );
      this.#verify = async (token, options) =>
        jwtVerify(token, await secret, { ...options, algorithms: ["HS256"] });
    }
  }

  /** The token's principal, or undefined when the token is not valid in every respect. */
  async verify(token: string): Promise<Principal | undefined> {
    const { audience, issuer, leewaySeconds, rolesClaim } = this.#config;
    try {
      const { payload } = await this.#verify(token, {
        clockTolerance: leewaySeconds,
        requiredClaims: ["exp"],
        ...(issuer === undefined ? {} : { issuer }),
        ...(audience === undefined ? {} : { audience }),
      });
      return { subject: payload.sub, role: findHighestRole(payload[rolesClaim]) };
    } catch {
      return undefined;
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive. */
export function readBearerToken(authorization: string | undefined): string | undefined {
  const match = /^bearer +(\S+) *$/i.exec(authorization ?? "");
  return match?.[1];
}

export interface TokenOptions {
  secret: string;
  role: Role;
  subject: string;
  minutes: number;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** An HS256 token the verifier accepts, for development (`npm run token`) and tests. */
export async function mintToken(options: TokenOptions): Promise<string> {
  const token = new SignJWT({ roles: [options.role] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(`${options.minutes}m`);
  if (options.issuer) token.setIssuer(options.issuer);
  if (options.audience) token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(options.secret));
}
