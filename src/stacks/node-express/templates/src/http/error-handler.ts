import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../observability/logger.js";
import { HttpProblem, sendProblem, toHttpProblem } from "./problems.js";

export const sendNotFound: RequestHandler = (request, response) => {
  sendProblem(request, response, new HttpProblem(404, `No route matches ${request.path}`));
};

/** The last handler: every error becomes a problem response (see toHttpProblem). */
export function handleErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    sendProblem(request, response, toHttpProblem(error, logger, response.locals.requestId));
  };
}
