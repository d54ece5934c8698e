"""Request bodies and query strings read into Pydantic models, failures into problems."""

from typing import TypeVar

from flask import current_app, request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge, UnsupportedMediaType

from src.utils.problems import FieldError, InvalidFieldsError

Model = TypeVar("Model", bound=BaseModel)

_CHUNK_BYTES = 65_536
# At most 8 MiB of a refused body is read and dropped; the server closes the connection on more.
_DISCARDED_CHUNKS = 128


def read_body(model: type[Model]) -> Model:
    """The JSON body as `model`: 415 for another media type, 400 if unreadable, 422 if invalid."""
    has_body = bool(request.content_length) or "Transfer-Encoding" in request.headers
    if has_body and not request.is_json:
        raise UnsupportedMediaType
    try:
        body = request.get_data()
    except RequestEntityTooLarge:
        discard_body()
        raise
    # Werkzeug refuses a Content-Length over MAX_CONTENT_LENGTH but cuts a chunked body there:
    # any byte left in the server's stream means the body was longer.
    if len(body) >= current_app.config["MAX_CONTENT_LENGTH"] and read_raw_body(1):
        discard_body()
        raise RequestEntityTooLarge
    try:
        data = request.get_json(force=True)
    except RecursionError:
        # Python's JSON parser gives up on deep nesting: the body is as unreadable as a bad one.
        raise BadRequest from None
    return validate(model, data)


def read_raw_body(size: int) -> bytes:
    """Up to `size` more bytes of the body, from the server's stream."""
    chunk: bytes = request.environ["wsgi.input"].read(size)
    return chunk


def discard_body() -> None:
    """Reads and drops what is left of a refused body (up to a bound), so that a client still
    sending it reads the 413 rather than a reset connection."""
    for _ in range(_DISCARDED_CHUNKS):
        if not read_raw_body(_CHUNK_BYTES):
            return


def read_query(model: type[Model]) -> Model:
    """The query string as `model`; a repeated parameter's last value wins."""
    return validate(model, {name: values[-1] for name, values in request.args.lists()})


def validate(model: type[Model], data: object) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidFieldsError(describe_validation_errors(error)) from None


def describe_validation_errors(error: ValidationError) -> list[FieldError]:
    """Pydantic's errors as the contract's `errors` list: JSON names, dotted for nested values."""
    return [
        FieldError(
            field=".".join(str(part) for part in issue["loc"]),
            message=issue["msg"].removeprefix("Value error, "),
        )
        for issue in error.errors()
    ]
