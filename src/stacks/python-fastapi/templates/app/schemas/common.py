"""Base schemas: request bodies, responses, list queries and pages."""

from typing import Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from app.schemas.types import INT32_MAX

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
SERVER_OWNED_FIELDS = frozenset({"id", "createdAt", "updatedAt"})


class RequestBody(BaseModel):
    """A request body: unknown fields are refused; the server-owned ones are ignored."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def drop_server_owned_fields(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if key not in SERVER_OWNED_FIELDS}
        return data


class ResponseBody(BaseModel):
    model_config = ConfigDict(from_attributes=True, validate_by_name=True, serialize_by_alias=True)


class ListQuery(BaseModel):
    """`limit`, `offset` and `sort` of a list; subclasses add one filter per field."""

    model_config = ConfigDict(extra="ignore")
    PAGING_FIELDS: ClassVar[frozenset[str]] = frozenset({"limit", "offset", "sort"})

    limit: Annotated[int, Field(ge=1), AfterValidator(lambda value: min(value, MAX_LIMIT))] = (
        DEFAULT_LIMIT
    )
    offset: Annotated[int, Field(ge=0, le=INT32_MAX)] = 0
    sort: str | None = None

    def filters(self) -> dict[str, Any]:
        """The filters the request set, by attribute name."""
        return {name: getattr(self, name) for name in self.model_fields_set - self.PAGING_FIELDS}


Item = TypeVar("Item", bound=BaseModel)


class Page(BaseModel, Generic[Item]):
    items: list[Item]
    total: int
    limit: int
    offset: int
