"""Wire types: the contract's rules for each field type, shared by every schema."""

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    StrictBool,
    StrictInt,
    StrictStr,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
EMAIL_MAX_LENGTH = 254
# The WHATWG HTML "valid e-mail address" syntax.
EMAIL_PATTERN = (
    r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")


def require_string(value: object) -> object:
    """Dates, instants, UUIDs and enums travel as JSON strings, never as numbers."""
    if not isinstance(value, str):
        message = "must be a string"
        raise ValueError(message)  # noqa: TRY004 - pydantic reports ValueError as a 422
    return value


def reject_nul(value: str) -> str:
    if "\x00" in value:
        message = "must not contain U+0000"
        raise ValueError(message)
    return value


def parse_day(value: object) -> object:
    if isinstance(value, str) and not _DAY.fullmatch(value):
        message = "must be a date as YYYY-MM-DD"
        raise ValueError(message)
    return require_string(value)


def truncate_to_milliseconds(value: datetime) -> datetime:
    """Instants are stored in UTC with millisecond precision, truncated, never rounded."""
    utc = value.astimezone(UTC)
    return utc.replace(microsecond=utc.microsecond // 1000 * 1000)


def format_instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_boolean(value: object) -> object:
    """Query strings carry booleans as exactly `true` or `false`."""
    if value in ("true", "false"):
        return value == "true"
    message = "must be true or false"
    raise ValueError(message)


Text = Annotated[StrictStr, AfterValidator(reject_nul)]
Email = Annotated[Text, Field(max_length=EMAIL_MAX_LENGTH, pattern=EMAIL_PATTERN)]
Int32 = Annotated[StrictInt, Field(ge=INT32_MIN, le=INT32_MAX)]
Boolean = StrictBool
Day = Annotated[date, BeforeValidator(parse_day)]
Instant = Annotated[
    AwareDatetime,
    BeforeValidator(require_string),
    AfterValidator(truncate_to_milliseconds),
    PlainSerializer(format_instant, return_type=str),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
InstantOut = Annotated[
    datetime,
    PlainSerializer(format_instant, return_type=str),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
Uuid = Annotated[UUID, BeforeValidator(require_string)]
StringValued = BeforeValidator(require_string)

QueryInt32 = Annotated[int, Field(ge=INT32_MIN, le=INT32_MAX)]
QueryBoolean = Annotated[bool, BeforeValidator(parse_boolean)]


class DecimalString:
    """A decimal as a JSON string (`"19.90"`), checked against precision, scale and range.

    JSON numbers are refused so that no parser on the way can round the value, and the value
    is printed with exactly `scale` fractional digits.
    """

    def __init__(
        self,
        precision: int,
        scale: int,
        minimum: str | None = None,
        maximum: str | None = None,
    ) -> None:
        self.precision = precision
        self.scale = scale
        self.minimum = Decimal(minimum) if minimum is not None else None
        self.maximum = Decimal(maximum) if maximum is not None else None
        self.pattern = rf"^-?\d+(\.\d{{1,{scale}}})?$" if scale else r"^-?\d+$"

    def validate(self, value: object) -> Decimal:
        if isinstance(value, Decimal):  # read from the database, already within the column's range
            return value
        if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
            message = 'must be a decimal number written as a string, e.g. "19.90"'
            raise ValueError(message)
        whole, _, fraction = value.lstrip("-").partition(".")
        if len(fraction) > self.scale:
            message = f"must have at most {self.scale} fractional digits"
            raise ValueError(message)
        if len(whole.lstrip("0")) > self.precision - self.scale:
            message = f"must have at most {self.precision - self.scale} integer digits"
            raise ValueError(message)
        number = Decimal(value)
        if self.minimum is not None and number < self.minimum:
            message = f"must be at least {self.minimum}"
            raise ValueError(message)
        if self.maximum is not None and number > self.maximum:
            message = f"must be at most {self.maximum}"
            raise ValueError(message)
        return number

    def format(self, value: Decimal) -> str:
        return f"{value:.{self.scale}f}"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            self.validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                self.format, return_schema=core_schema.str_schema()
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        bounds = [f"at least {self.minimum}"] if self.minimum is not None else []
        bounds += [f"at most {self.maximum}"] if self.maximum is not None else []
        described: JsonSchemaValue = {
            "type": "string",
            "pattern": self.pattern,
            "description": f"A decimal with {self.precision} digits, {self.scale} after the point"
            + "".join(f", {bound}" for bound in bounds),
        }
        return described


def parse_decimal_filter(value: object) -> Decimal:
    """A decimal query parameter, compared by numeric value (`19.9` matches `"19.90"`)."""
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        message = "must be a decimal number"
        raise ValueError(message)
    return Decimal(value)


QueryDecimal = Annotated[Decimal, BeforeValidator(parse_decimal_filter)]
