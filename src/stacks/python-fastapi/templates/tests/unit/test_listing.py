"""The `sort` parameter."""

import pytest
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.problems import InvalidFieldsError
from app.services.listing import build_order


class Model(DeclarativeBase):
    pass


class Thing(Model):
    __tablename__ = "things"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[int]


COLUMNS = {"id": Thing.id, "createdAt": Thing.created_at}


def test_default_order_is_created_at_then_id() -> None:
    order = build_order(None, COLUMNS)

    assert [str(term) for term in order] == ["things.created_at ASC", "things.id ASC"]


def test_descending_fields_start_with_a_minus() -> None:
    order = build_order("-createdAt", COLUMNS)

    assert str(order[0]) == "things.created_at DESC"


@pytest.mark.parametrize("sort", ["colour", "createdAt,", ""])
def test_unknown_or_empty_fields_are_refused(sort: str) -> None:
    with pytest.raises(InvalidFieldsError) as raised:
        build_order(sort, COLUMNS)

    assert raised.value.errors[0].field == "sort"
