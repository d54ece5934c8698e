import { type CanActivate, type ExecutionContext, Injectable } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import type { Request, Response } from "express";
import { CHALLENGE, may, readBearerToken, TokenVerifier } from "../http/auth.js";
import { HttpProblem } from "../http/problems.js";
import { Roles } from "./roles.decorator.js";

/**
 * Checks the bearer token and the role a route's `@Roles()` names before the route runs, so no
 * body is read for a caller without them: 401 with a challenge, or 403.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.get(Roles, context.getHandler());
    if (required === undefined) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const token = readBearerToken(request.get("authorization"));
    const principal = token === undefined ? undefined : await this.verifier.verify(token);
    if (principal === undefined) {
      throw new HttpProblem(401, "A valid bearer token is required", { headers: CHALLENGE });
    }
    if (!may(principal, required)) {
      throw new HttpProblem(403, `This request needs the ${required} role`);
    }
    context.switchToHttp().getResponse<Response>().locals.principal = principal;
    return true;
  }
}
