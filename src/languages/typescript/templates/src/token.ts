/**
 * `npm run token -- --role admin`: prints a development token signed with JWT_SECRET, with the
 * issuer and audience the service expects (JWT_ISSUER, JWT_AUDIENCE), if any.
 */
import { parseArgs } from "node:util";
import { loadEnvFile } from "./config.js";
import { mintToken, ROLES } from "./http/auth.js";

loadEnvFile();
const { values } = parseArgs({
  options: {
    role: { type: "string", default: "admin" },
    subject: { type: "string", default: "developer" },
    minutes: { type: "string", default: "60" },
  },
});
const role = ROLES.find((known) => known === values.role);
const secret = process.env.JWT_SECRET;
if (role === undefined || !secret) {
  console.error(`set JWT_SECRET, and --role to one of ${ROLES.join(", ")}`);
  process.exit(2);
}
const token = await mintToken({
  secret,
  role,
  subject: values.subject,
  minutes: Number(values.minutes),
  issuer: process.env.JWT_ISSUER,
  audience: process.env.JWT_AUDIENCE,
});
console.log(token);
