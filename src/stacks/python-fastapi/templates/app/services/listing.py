"""Shared list logic: the `sort` parameter, filters and one page with its exact total."""

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.core.problems import FieldError, InvalidFieldsError
from app.db.base import Base
from app.schemas.common import ListQuery


def current_instant() -> datetime:
    """Now, in UTC, truncated to the milliseconds the API shows."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def build_order(
    sort: str | None,
    columns: Mapping[str, InstrumentedAttribute[Any]],
) -> list[ColumnElement[Any]]:
    """`sort=name,-price` as ORDER BY terms; `id` always breaks the remaining ties."""
    terms: list[ColumnElement[Any]] = []
    keys = sort.split(",") if sort is not None else ["createdAt"]
    for key in keys:
        name = key.removeprefix("-")
        if name not in columns:
            known = ", ".join(columns)
            message = f"unknown sort field {name!r}; use one of {known}, with - for descending"
            raise InvalidFieldsError([FieldError(field="sort", message=message)])
        terms.append(columns[name].desc() if key.startswith("-") else columns[name].asc())
    return [*terms, columns["id"].asc()]


Model = TypeVar("Model", bound=Base)


async def fetch_page(
    session: AsyncSession,
    model: type[Model],
    query: ListQuery,
    columns: Mapping[str, InstrumentedAttribute[Any]],
) -> tuple[Sequence[Model], int]:
    conditions = [getattr(model, name) == value for name, value in query.filters().items()]
    order = build_order(query.sort, columns)
    total = await session.scalar(select(func.count()).select_from(model).where(*conditions))
    statement = (
        select(model).where(*conditions).order_by(*order).limit(query.limit).offset(query.offset)
    )
    items = (await session.scalars(statement)).all()
    return items, total or 0
