import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from "@nestjs/common";
import type { Request, Response } from "express";
import { HttpProblem, sendProblem, toHttpProblem } from "../http/problems.js";
import { methodNotAllowed, type RouteTable } from "../http/route-table.js";
import type { Logger } from "../observability/logger.js";

/**
 * Every error as an RFC 9457 problem: a path no route serves is 404, a known path with another
 * method 405 with `Allow`, and the rest as toHttpProblem describes them.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly routes: RouteTable,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    sendProblem(request, response, this.describe(exception, request, response));
  }

  private describe(exception: unknown, request: Request, response: Response): HttpProblem {
    // Nest answers a request that matches no route with a NotFoundException.
    if (exception instanceof NotFoundException) {
      const template = this.routes.findTemplate(request.path);
      if (template === undefined) return new HttpProblem(404, `No route matches ${request.path}`);
      return methodNotAllowed(request.method, this.routes.allowedMethods(template));
    }
    return toHttpProblem(exception, this.logger, response.locals.requestId);
  }
}
