"""RFC 9457 problem details: the one shape of every error response (docs/contract.md)."""

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel
from starlette.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"

# The stable `type` slug of each status the service answers with.
_PROBLEM_TYPES = {
    400: ("malformed-body", "Malformed request body"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    409: ("conflict", "Conflict"),
    413: ("payload-too-large", "Payload too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("validation", "Validation failed"),
    500: ("internal", "Internal server error"),
    503: ("service-unavailable", "Service unavailable"),
}


class FieldError(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[FieldError] | None = None


_PROBLEM_SCHEMA = Problem.model_json_schema()


class ProblemError(Exception):
    """Raised anywhere a request must end with a problem response."""

    def __init__(
        self,
        status: int,
        detail: str,
        errors: Sequence[FieldError] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = list(errors)
        self.headers = dict(headers or {})


class InvalidFieldsError(ProblemError):
    def __init__(self, errors: Sequence[FieldError]) -> None:
        count = len(errors)
        detail = "1 field is invalid" if count == 1 else f"{count} fields are invalid"
        super().__init__(422, detail, errors)


def problem_response(
    status: int,
    detail: str,
    instance: str,
    errors: Sequence[FieldError] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    slug, title = _PROBLEM_TYPES.get(status, ("internal", HTTPStatus(status).phrase))
    body: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if status == 422:
        body["errors"] = [error.model_dump() for error in errors]
    return JSONResponse(body, status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entry documenting these problem statuses in the OpenAPI document."""
    return {
        status: {
            "description": _PROBLEM_TYPES[status][1],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_SCHEMA}},
        }
        for status in statuses
    }
