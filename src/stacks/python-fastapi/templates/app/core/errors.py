"""Exception handlers that turn every failure into the contract's problem responses."""

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from app.core.problems import (
    HTTP_DETAILS,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_TYPES,
    FieldError,
    InvalidFieldsError,
    Problem,
    ProblemError,
    describe_problem,
)

logger = logging.getLogger(__name__)

UNIQUE_VIOLATION = "23505"


_PROBLEM_SCHEMA = Problem.model_json_schema()


def problem_response(
    status: int,
    detail: str,
    instance: str,
    errors: Sequence[FieldError] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = describe_problem(status, detail, instance, errors)
    return JSONResponse(body, status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entry documenting these problem statuses in the OpenAPI document."""
    return {
        status: {
            "description": PROBLEM_TYPES[status][1],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_SCHEMA}},
        }
        for status in statuses
    }


def describe_validation_errors(errors: Any) -> list[FieldError]:
    """Pydantic's errors as the contract's `errors` list: JSON names, dotted, without `body.`."""
    described = []
    for error in errors:
        location = [str(part) for part in error["loc"][1:]]
        message = str(error["msg"]).removeprefix("Value error, ")
        described.append(FieldError(field=".".join(location), message=message))
    return described


def is_malformed_body(errors: Any) -> bool:
    """An unparsable or empty JSON body is a 400, not a validation failure."""
    return any(
        error["type"] == "json_invalid"
        or (error["type"] == "missing" and tuple(error["loc"]) == ("body",))
        for error in errors
    )


async def handle_problem(request: Request, error: ProblemError) -> Response:
    return problem_response(
        error.status, error.detail, request.url.path, error.errors, error.headers
    )


async def handle_http_exception(request: Request, error: HTTPException) -> Response:
    headers = dict(error.headers or {})
    if error.status_code == 405:
        headers["Allow"] = request.app.state.routes.allowed_methods(request.url.path)
    detail = HTTP_DETAILS.get(error.status_code, str(error.detail))
    return problem_response(error.status_code, detail, request.url.path, headers=headers)


async def handle_request_validation(request: Request, error: RequestValidationError) -> Response:
    errors = error.errors()
    if is_malformed_body(errors):
        return problem_response(400, "The request body is not valid JSON", request.url.path)
    problem = InvalidFieldsError(describe_validation_errors(errors))
    return problem_response(422, problem.detail, request.url.path, problem.errors)


async def handle_integrity_error(request: Request, error: sa_exc.IntegrityError) -> Response:
    if getattr(error.orig, "sqlstate", None) == UNIQUE_VIOLATION:
        detail = "Another item already has this unique value"
        return problem_response(409, detail, request.url.path)
    logger.error("integrity error", exc_info=error)
    return problem_response(500, "The server failed to handle the request", request.url.path)


async def handle_database_unavailable(request: Request, error: Exception) -> Response:
    logger.warning("database unavailable: %s", type(error).__name__)
    return problem_response(503, "The database cannot be reached", request.url.path)


def install_error_handlers(app: FastAPI) -> None:
    app.exception_handler(ProblemError)(handle_problem)
    app.exception_handler(HTTPException)(handle_http_exception)
    app.exception_handler(RequestValidationError)(handle_request_validation)
    app.exception_handler(sa_exc.IntegrityError)(handle_integrity_error)
    for unavailable in (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError):
        app.exception_handler(unavailable)(handle_database_unavailable)
