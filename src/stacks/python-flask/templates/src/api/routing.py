"""What the resource blueprints share: the item path and JSON responses from Pydantic models."""

from collections.abc import Callable, Mapping
from typing import Any

from flask import Response
from pydantic import BaseModel

# Ids are UUIDs in any letter case; anything else names no item (404, never 422).
ITEM_PATH = "/<uuid:id>"

URLValuePreprocessor = Callable[[str | None, dict[str, Any] | None], None]


def pass_id_as(name: str) -> URLValuePreprocessor:
    """Hands the path's `id` (its name in the OpenAPI document) to the views as `name`."""

    def rename(_endpoint: str | None, values: dict[str, Any] | None) -> None:
        if values is not None and "id" in values:
            values[name] = values.pop("id")

    return rename


def json_response(
    body: BaseModel,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    return Response(
        body.model_dump_json(by_alias=True),
        status,
        headers=dict(headers or {}),
        mimetype="application/json",
    )
