"""The wire types' rules (docs/contract.md, "Data on the wire")."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated

import pytest
from pydantic import BaseModel, ValidationError

from app.schemas.types import Day, DecimalString, Email, Instant, Int32, QueryBoolean, Text


class Sample(BaseModel):
    price: Annotated[Decimal, DecimalString(5, 2, minimum="0")] | None = None
    day: Day | None = None
    instant: Instant | None = None
    text: Text | None = None
    email: Email | None = None
    count: Int32 | None = None
    flag: QueryBoolean | None = None


@pytest.mark.parametrize(
    "value",
    [19.9, "19.999", "1234.00", "-0.01", "1e3", "NaN", " 1.00", ""],
)
def test_decimals_outside_the_rules_are_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate({"price": value})


def test_decimals_print_with_their_scale() -> None:
    sample = Sample.model_validate({"price": "19.9"})

    assert sample.price == Decimal("19.9")
    assert sample.model_dump(mode="json")["price"] == "19.90"


@pytest.mark.parametrize("value", ["2024-1-5", "2024-02-30", "2024-05-01T00:00:00Z", 20240501])
def test_dates_must_be_real_days_as_yyyy_mm_dd(value: object) -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate({"day": value})


def test_instants_are_normalised_to_utc_and_truncated_to_milliseconds() -> None:
    sample = Sample.model_validate({"instant": "2024-05-01T14:00:00.123999+02:00"})

    assert sample.instant == datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert sample.model_dump(mode="json")["instant"] == "2024-05-01T12:00:00.123Z"


@pytest.mark.parametrize("value", ["2024-05-01T12:00:00", 1714564800])
def test_instants_need_an_offset_and_a_string(value: object) -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate({"instant": value})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "a\x00b"),
        ("text", 7),
        ("email", "not-an-email"),
        ("count", "7"),
        ("count", 7.5),
        ("count", 2**31),
        ("flag", "yes"),
    ],
)
def test_types_are_strict(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate({field: value})


def test_query_booleans_are_true_or_false() -> None:
    assert Sample.model_validate({"flag": "false"}).flag is False
