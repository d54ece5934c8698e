"""RFC 9457 problem details: the one shape of every error response (docs/contract.md)."""

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel

PROBLEM_MEDIA_TYPE = "application/problem+json"

# The stable `type` slug and the title of each status the service answers with.
PROBLEM_TYPES = {
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

# The detail of the problems the web framework raises itself (routing, reading the body).
HTTP_DETAILS = {
    400: "The request body is not valid JSON",
    404: "No resource exists at this path",
    405: "This path does not support the method",
    413: "The request body exceeds 1048576 bytes",
    415: "The request body must be JSON (application/json)",
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


def describe_problem(
    status: int,
    detail: str,
    instance: str,
    errors: Sequence[FieldError] = (),
) -> dict[str, Any]:
    """The body of a problem response; only validation problems (422) list `errors`."""
    slug, title = PROBLEM_TYPES.get(status, ("internal", HTTPStatus(status).phrase))
    body: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if status == 422:
        body["errors"] = [error.model_dump() for error in errors]
    return body
