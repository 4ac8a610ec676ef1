"""Page-number pagination with a count and links, the shape every list endpoint answers in."""

from typing import Any

from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from samvirke.interop.middleware import note_last_modified

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# Beyond this a page number is refused (422): the offset of 2**63 overflows the database's integers.
MAX_PAGE = 100_000


class PagePagination(PaginationBase):
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
