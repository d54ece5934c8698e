"""The item path and id parameter shared by the resource routers."""

import re
import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.core.problems import ProblemError

ITEM_PATH = "/{id}"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def parse_item_id(item_id: Annotated[str, Path(alias="id", description="A UUID")]) -> uuid.UUID:
    """Ids are UUIDs in any letter case; anything else names no item (404, not 422)."""
    if not _UUID.fullmatch(item_id):
        raise ProblemError(404, "No item has this id")
    return uuid.UUID(item_id)


ItemId = Annotated[uuid.UUID, Depends(parse_item_id)]
