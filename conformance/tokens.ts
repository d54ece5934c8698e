import { createHmac, type KeyObject, sign } from "node:crypto";

/** What the harness configures the service with, so the checks can mint matching tokens. */
export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
}

export const CONFORMANCE_JWT: JwtSettings = {
  secret: "conformance-secret-0123456789-abcdefghijklmnop",
  issuer: "https://issuer.conformance.test",
  audience: "conformance",
};

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export interface TokenOptions {
  roles?: unknown;
  /** Seconds from now; `null` leaves the claim out. */
  expiresIn?: number | null;
  notBefore?: number;
  issuer?: string;
  audience?: string | string[];
  alg?: string;
  /** The `kid` header, naming a key of a JWKS. */
  kid?: string;
  secret?: string;
  /** For RS256 and ES256: the private key that signs (JOSE signature encoding). */
  privateKey?: KeyObject;
  /** Signature bytes to use instead of a real signature (e.g. "" for alg none). */
  signature?: string;
}

/** Mints a JWT for the checks: valid by default, each option breaks one thing on purpose. */
export function mintToken(settings: JwtSettings, options: TokenOptions = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const alg = options.alg ?? "HS256";
  const claims: Record<string, unknown> = {
    sub: "conformance-user",
    iss: options.issuer ?? settings.issuer,
    aud: options.audience ?? settings.audience,
    iat: now,
    roles: options.roles ?? ["admin"],
  };
  if (options.expiresIn !== null) claims.exp = now + (options.expiresIn ?? 300);
  if (options.notBefore !== undefined) claims.nbf = now + options.notBefore;
  const head = { alg, typ: "JWT", ...(options.kid === undefined ? {} : { kid: options.kid }) };
  const signingInput = `${base64url(JSON.stringify(head))}.${base64url(JSON.stringify(claims))}`;
  if (options.signature !== undefined) return `${signingInput}.${options.signature}`;
  if (options.privateKey) {
    const key = { key: options.privateKey, dsaEncoding: "ieee-p1363" as const };
    return `${signingInput}.${base64url(sign("sha256", Buffer.from(signingInput), key))}`;
  }
  const hash = alg === "HS512" ? "sha512" : alg === "HS384" ? "sha384" : "sha256";
  const signature = createHmac(hash, options.secret ?? settings.secret)
    .update(signingInput)
    .digest();
  return `${signingInput}.${base64url(signature)}`;
}

/** An Authorization header with a valid token for these roles, or none when auth is off. */
export function authorizationFor(
  settings: JwtSettings | undefined,
  roles: string[],
): Record<string, string> {
  return settings ? { authorization: `Bearer ${mintToken(settings, { roles })}` } : {};
}
