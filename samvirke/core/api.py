"""What every NinjaAPI of the project shares: text without NUL characters, documented as such;
throttles counted per client address; one error shape, with services' errors turned into responses
here and nowhere else; page-number pagination; Last-Modified from the newest row an answer holds."""

from collections.abc import Callable
from typing import Annotated, Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, NinjaAPI, Schema
from ninja.pagination import PaginationBase
from ninja.throttling import AnonRateThrottle
from pydantic import StringConstraints

from samvirke.core.clients import client_ip
from samvirke.core.exceptions import Conflict

NO_NUL = r"^[^\x00]*$"

# A string field of an API body: PostgreSQL cannot store U+0000, so it is refused with 422.
Text = Annotated[str, StringConstraints(pattern=NO_NUL)]


class ErrorOut(Schema):
    detail: Any = Field(description="What was wrong: a message, or a list of {field, message}.")


ERRORS = {404: ErrorOut, 422: ErrorOut, 429: ErrorOut}


class EntryOut(Schema):
    """Output of a row known by its UUID (`id`) that belongs to a municipality (its slug)."""

    @staticmethod
    def resolve_id(obj) -> UUID:
        return obj.uuid

    @staticmethod
    def resolve_municipality(obj) -> str:
        return obj.municipality.slug


def error_detail(error: ValidationError, *, field: Callable[[str], str] = str) -> list[dict]:
    """A ValidationError as [{field, message}], each field name passed through `field`."""
    items = error.message_dict.items() if hasattr(error, "error_dict") else [("__all__", error.messages)]
    return [{"field": field(name), "message": " ".join(messages)} for name, messages in items]


class SamvirkeAPI(NinjaAPI):
    """A NinjaAPI that answers services' errors the same way everywhere (ValidationError: 422,
    Conflict: 409), and whose OpenAPI document says that no query parameter may hold a NUL
    character, as RejectNulCharactersMiddleware enforces for every request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_exception_handler(ValidationError, self._invalid)
        self.add_exception_handler(Conflict, self._conflict)

    def _invalid(self, request, error: ValidationError):
        return self.create_response(request, {"detail": error_detail(error)}, status=422)

    def _conflict(self, request, error: Conflict):
        return self.create_response(request, {"detail": str(error)}, status=409)

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                    if parameter.get("in") == "query":
                        _forbid_nul(parameter.get("schema", {}))
        return schema


def _forbid_nul(schema: dict) -> None:
    for option in schema.get("anyOf", []):
        _forbid_nul(option)
    if schema.get("type") == "string" and not {"pattern", "format", "enum"} & schema.keys():
        schema["pattern"] = NO_NUL


class ClientRateThrottle(AnonRateThrottle):
    """django-ninja's anonymous throttle keyed on the client behind our trusted proxies (core/clients.py):
    its own reading of X-Forwarded-For takes the whole header, so a forged first hop was a new client."""

    def get_ident(self, request) -> str:
        return client_ip(request)


def note_last_modified(request, objects) -> None:
    """Remember the newest `updated_at` among the objects this answer shows (for Last-Modified)."""
    stamps = [stamp for stamp in (getattr(obj, "updated_at", None) for obj in objects) if stamp is not None]
    if stamps:
        newest = max(stamps)
        previous = getattr(request, "samvirke_last_modified", None)
        request.samvirke_last_modified = max(newest, previous) if previous else newest


PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# Beyond this a page number is refused (422): the offset of 2**63 overflows the database's integers.
MAX_PAGE = 100_000


class PagePagination(PaginationBase):
    """Page-number pagination with a count and links, the shape every list endpoint answers in."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
        page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")

    class Output(Schema):
        count: int = Field(description="Items in all pages.")
        next: str | None = Field(description="URL of the next page, or null.")
        previous: str | None = Field(description="URL of the previous page, or null.")
        results: list[Any]

    items_attribute = "results"

    def paginate_queryset(self, queryset, pagination: Input, request: HttpRequest, **params):
        count = self._items_count(queryset)
        start = (pagination.page - 1) * pagination.page_size
        items = list(queryset[start : start + pagination.page_size])
        note_last_modified(request, items)

        def link(page: int) -> str:
            query = request.GET.copy()
            query["page"] = str(page)
            return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

        return {
            "count": count,
            "next": link(pagination.page + 1) if start + pagination.page_size < count else None,
            "previous": link(pagination.page - 1)
            if pagination.page > 1 and start - pagination.page_size < count
            else None,
            "results": items,
        }
