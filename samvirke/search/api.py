"""GET /api/v1/search: the handbook's search as JSON."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from samvirke.core.models import Municipality, Region
from samvirke.search.selectors import search_entries

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str = Field(
        ..., min_length=1, max_length=200, description="What to look for, in any form the handbook uses."
    )
    municipality: str | None = Field(None, description="Municipality slug, e.g. “holstebro”.")
    region: str | None = Field(None, description="Region slug, e.g. “halland”: searches all its members.")
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)


class SearchHitOut(Schema):
    id: str = Field(description="The entry's stable UUID (also its HSDS id).")
    type: str = Field(description="“initiative” or “organisation”.")
    title: str
    url: str
    score: float
    snippet: str = Field(description="HTML-escaped excerpt with matches in <mark>.")


class ErrorOut(Schema):
    detail: Any = Field(description="What was wrong: a message, or a list of fields at fault.")


class SearchOut(Schema):
    count: int
    results: list[SearchHitOut]


@router.get(
    "",
    response={200: SearchOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Search initiatives and organisations",
    url_name="search",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    """Full-text search, tolerant of compounds and small typos, ranked by relevance then freshness."""
    municipality = region = None
    if params.municipality:
        municipality = Municipality.objects.filter(slug=params.municipality).first()
        if municipality is None:
            raise HttpError(404, f"No municipality with the slug “{params.municipality}”.")
    if params.region:
        region = Region.objects.filter(slug=params.region).first()
        if region is None:
            raise HttpError(404, f"No region with the slug “{params.region}”.")
    results = search_entries(
        query=params.q, municipality=municipality, region=region, limit=params.limit, offset=params.offset
    )
    base = request.build_absolute_uri("/")[:-1]
    return {
        "count": results.count,
        "results": [
            {
                "id": h.id,
                "type": h.type,
                "title": h.title,
                "url": base + h.url,
                "score": h.score,
                "snippet": h.snippet,
            }
            for h in results.results
        ],
    }
