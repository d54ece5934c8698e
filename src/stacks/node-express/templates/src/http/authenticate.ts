import type { RequestHandler } from "express";
import { CHALLENGE, may, type Role, readBearerToken, type TokenVerifier } from "./auth.js";
import { HttpProblem } from "./problems.js";

/** The role a request needs depends on its method only. */
const REQUIRED_ROLES: Readonly<Partial<Record<string, Role>>> = {
  GET: "reader",
  HEAD: "reader",
  POST: "writer",
  PUT: "writer",
  PATCH: "writer",
  DELETE: "admin",
};

/**
 * Checks the bearer token and the method's role before a request reaches its route, so no
 * body is read for a caller without them: 401 with a challenge, or 403.
 */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (request, response, next) => {
    const required = REQUIRED_ROLES[request.method];
    if (required === undefined) {
      // A CORS preflight or a method no route has: the router answers it.
      next();
      return;
    }
    const token = readBearerToken(request.get("authorization"));
    const principal = token === undefined ? undefined : await verifier.verify(token);
    if (principal === undefined) {
      throw new HttpProblem(401, "A valid bearer token is required", { headers: CHALLENGE });
    }
    if (!may(principal, required)) {
      throw new HttpProblem(403, `This request needs the ${required} role`);
    }
    response.locals.principal = principal;
    next();
  };
}
