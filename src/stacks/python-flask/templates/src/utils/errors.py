"""Error handlers that turn every failure into the contract's problem responses."""

import json
import logging
from collections.abc import Mapping, Sequence

from flask import Flask, Response, g, request
from sqlalchemy import exc as sa_exc
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from src.utils.problems import (
    HTTP_DETAILS,
    PROBLEM_MEDIA_TYPE,
    FieldError,
    ProblemError,
    describe_problem,
)
from src.utils.routes import describe_allowed_methods

logger = logging.getLogger(__name__)

UNIQUE_VIOLATION = "23505"


def problem_response(
    status: int,
    detail: str,
    errors: Sequence[FieldError] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = describe_problem(status, detail, request.path, errors)
    return Response(
        json.dumps(body), status, headers=dict(headers or {}), mimetype=PROBLEM_MEDIA_TYPE
    )


def handle_problem(error: ProblemError) -> Response:
    return problem_response(error.status, error.detail, error.errors, error.headers)


def handle_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    headers = {}
    if isinstance(error, MethodNotAllowed):
        headers["Allow"] = describe_allowed_methods(error)
    detail = HTTP_DETAILS.get(status, error.description or "")
    return problem_response(status, detail, headers=headers)


def handle_integrity_error(error: sa_exc.IntegrityError) -> Response:
    if getattr(error.orig, "sqlstate", None) == UNIQUE_VIOLATION:
        return problem_response(409, "Another item already has this unique value")
    return handle_unexpected_error(error)


def handle_database_unavailable(error: sa_exc.SQLAlchemyError) -> Response:
    logger.warning("database unavailable: %s", type(error).__name__)
    return problem_response(503, "The database cannot be reached")


def handle_unexpected_error(error: Exception) -> Response:
    logger.error("unhandled error", exc_info=error, extra={"request_id": g.get("request_id")})
    return problem_response(500, "The server failed to handle the request")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ProblemError, handle_problem)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(sa_exc.IntegrityError, handle_integrity_error)
    for unavailable in (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError):
        app.register_error_handler(unavailable, handle_database_unavailable)
    app.register_error_handler(Exception, handle_unexpected_error)
