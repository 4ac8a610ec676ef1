"""GET /api/v1/search: the handbook's cross-lingual search as JSON (decision 0037)."""

from typing import Any, Literal

from django.http import HttpRequest
from django.utils.html import escape
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field, field_validator

from samvirke.core.api import ErrorOut
from samvirke.core.languages import guide_languages
from samvirke.core.models import Municipality, Region
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.insights.models import SearchMiss
from samvirke.insights.privacy import asker_of
from samvirke.insights.services import record_search
from samvirke.search.hybrid import hybrid_search
from samvirke.search.sources import get_localised

router = Router(tags=["search"])


def _guide_language_enum(schema: dict[str, Any]) -> None:
    """Publish the configured guide languages as an enum, read when the OpenAPI document is built.

    GUIDE_LANGUAGES is a setting, so the list cannot be a static Literal; without the enum the
    contract would promise that any string is accepted.
    """
    schema.pop("anyOf", None)  # an omitted query parameter is the null; a present one is a code
    schema.update(type="string", enum=guide_languages())


class SearchParams(Schema):
    q: str = Field(
        ...,
        min_length=1,
        max_length=200,
        description="What to look for, in any guide language: Danish or Swedish handbook words, or "
        "everyday words in Arabic, Ukrainian, Somali, Tigrinya, Persian or English.",
    )
    municipality: str | None = Field(None, description="Municipality slug, e.g. “holstebro”.")
    region: str | None = Field(None, description="Region slug, e.g. “halland”: searches all its members.")
    lang: str | None = Field(
        None,
        description="The reader's language, one of the guide languages (ar, uk, so, ti, fa, en, da, sv): "
        "titles and snippets come in its translation where one exists, otherwise in the entry's own language.",
        json_schema_extra=_guide_language_enum,
    )
    type: Literal["initiative", "organisation"] | None = Field(
        None, description="Only initiatives (activities) or only organisations; both when omitted."
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)

    @field_validator("lang")
    @classmethod
    def _guide_language(cls, value: str | None) -> str | None:
        if value is not None and value not in guide_languages():
            raise ValueError(f"Not a guide language; use one of: {', '.join(guide_languages())}.")
        return value


class SearchHitOut(Schema):
    id: str = Field(description="The entry's stable UUID (also its HSDS id).")
    type: str = Field(description="“initiative” or “organisation”.")
    title: str = Field(description="In the reader's language (`lang`) where translated.")
    title_language: str = Field(description="The language `title` is written in.")
    url: str
    score: float = Field(description="Reciprocal rank fusion of the lexical and the dense ranking.")
    snippet: str = Field(
        description="HTML-escaped: an excerpt with matches in <mark>, or the translated summary."
    )
    snippet_language: str = Field(description="The language `snippet` is written in.")


class SearchOut(Schema):
    count: int
    query_language: str | None = Field(
        description="The detected language of `q` among the guide languages (null when unclear)."
    )
    language: str | None = Field(description="The reader's language asked for (`lang`).")
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
    results = hybrid_search(
        query=params.q,
        municipality=municipality,
        region=region,
        language=params.lang,
        kinds=[params.type] if params.type else None,
        limit=params.limit,
        offset=params.offset,
    )
    if municipality is not None and params.offset == 0:
        record_search(
            municipality=municipality,
            language=params.lang or results.query_language,
            query=params.q,
            found=results.count,
            source=SearchMiss.Source.API,
            **asker_of(request),
        )
    base = request.build_absolute_uri("/")[:-1]
    return {
        "count": results.count,
        "query_language": results.query_language,
        "language": params.lang,
        "results": [_hit_out(hit, base) for hit in _localised(results.results, params.lang)],
    }


# The fields the guide translates that stand for a hit's title and snippet.
TEXT_FIELDS = {"initiative": ("title", "summary"), "organisation": ("name", "description")}


def _localised(hits, language: str | None):
    """The hits with title and snippet in the reader's language where a translation exists."""
    for hit in hits:
        hit.title_language = hit.snippet_language = hit.language
    if not language or not hits:
        return hits
    models = {"initiative": Initiative, "organisation": Organisation}
    for kind, model in models.items():
        ids = [hit.object_id for hit in hits if hit.kind == kind]
        if not ids:
            continue
        entries = model.objects.filter(pk__in=ids).select_related("municipality")
        title_field, snippet_field = TEXT_FIELDS[kind]
        texts = get_localised(entries, [title_field, snippet_field], language)
        for hit in hits:
            localised = texts.get(hit.object_id) if hit.kind == kind else None
            if not localised:
                continue
            title, snippet = localised[title_field], localised[snippet_field]
            if title.language != hit.language:
                hit.title, hit.title_language = title.text, title.language
            if snippet.language != hit.language:
                hit.snippet, hit.snippet_language = escape(snippet.text), snippet.language
    return hits


def _hit_out(hit, base: str) -> dict:
    return {
        "id": hit.uuid,
        "type": hit.kind,
        "title": hit.title,
        "title_language": hit.title_language,
        "url": base + hit.url,
        "score": hit.score,
        "snippet": hit.snippet,
        "snippet_language": hit.snippet_language,
    }
