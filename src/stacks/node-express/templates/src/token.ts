/**
 * Mints a development token signed with JWT_SECRET: `npm run token -- --role admin`. It
 * carries the issuer and audience the service expects (JWT_ISSUER, JWT_AUDIENCE), if any.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { loadEnvFile } from "./config.js";
import { ROLES, type Role } from "./http/auth.js";

export interface TokenOptions {
  secret: string;
  role: Role;
  subject: string;
  minutes: number;
  issuer?: string | undefined;
  audience?: string | undefined;
}

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

/** The token options from the service's own JWT_* settings. */
export function describeTokenOptions(role: Role, subject: string, minutes: number): TokenOptions {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error("set JWT_SECRET to mint a token");
  return {
    secret,
    role,
    subject,
    minutes,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadEnvFile();
  const { values } = parseArgs({
    options: {
      role: { type: "string", default: "admin" },
      subject: { type: "string", default: "developer" },
      minutes: { type: "string", default: "60" },
    },
  });
  const role = ROLES.find((known) => known === values.role);
  if (role === undefined) {
    console.error(`--role must be one of ${ROLES.join(", ")}`);
    process.exit(2);
  }
  console.log(await mintToken(describeTokenOptions(role, values.subject, Number(values.minutes))));
}
