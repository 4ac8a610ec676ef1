"""Reads for the newcomers' guide: content in the reader's language, needs, the translators' queue.

`get_localised` and `get_localised_many` are the one way to show entry text in a guide language; the
search API (samvirke.search) uses them too, so keep their signatures stable.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType

from samvirke.core.models import COUNTRY_LANGUAGE, Municipality
from samvirke.guide.models import ContentTranslation, GuideText, TranslationStatus
from samvirke.guide.needs import derived_needs, is_hidden, needs_of
from samvirke.initiatives.models import Initiative
from samvirke.search.hybrid import hybrid_search

SOURCE = "source"


@dataclass(frozen=True)
class Localised:
    text: str
    language: str  # the language the text is actually in
    status: str  # "source" or a translation status value
    requested: str = field(default="", compare=False)  # the reader's language, when it differs

    @property
    def is_fallback(self) -> bool:
        """True when shown in the source language instead of the reader's."""
        return self.status == SOURCE and bool(self.requested) and self.requested != self.language

    @property
    def is_machine(self) -> bool:
        return self.status == TranslationStatus.MACHINE_DRAFT

    @property
    def is_outdated(self) -> bool:
        return self.status == TranslationStatus.OUTDATED

    def __str__(self) -> str:
        return self.text


def get_source_language(entry, *, municipalities: dict[int, str] | None = None) -> str:
    """The language an entry's own text is written in: its municipality's (da or sv)."""
    cached = entry._state.fields_cache.get("municipality")
    if cached is not None:
        return cached.language
    if municipalities is not None and entry.municipality_id in municipalities:
        return municipalities[entry.municipality_id]
    return entry.municipality.language


def _source_languages(entries) -> dict[int, str]:
    missing = {e.municipality_id for e in entries if e._state.fields_cache.get("municipality") is None}
    if not missing:
        return {}
    return {
        pk: COUNTRY_LANGUAGE[country]
        for pk, country in Municipality.objects.filter(pk__in=missing).values_list("pk", "country")
    }


def _localise_one(entry, fields, language, rows, source_language) -> dict[str, Localised]:
    result = {}
    for name in fields:
        source = getattr(entry, name) or ""
        row = rows.get(name)
        if language == source_language or row is None or not row.text.strip() or not source.strip():
            result[name] = Localised(text=source, language=source_language, status=SOURCE, requested=language)
        else:
            result[name] = Localised(text=row.text, language=language, status=row.status, requested=language)
    return result


def get_localised(entry, fields: list[str], language: str) -> dict[str, Localised]:
    """The fields of one entry in `language`, falling back to the source text where none is translated."""
    return get_localised_many([entry], fields, language)[entry.pk]


def get_localised_many(entries, fields: list[str], language: str) -> dict[int, dict[str, Localised]]:
    """`get_localised` for many entries of one kind in one query for the translations (keyed by pk).

    Outdated translations and machine drafts are returned with their status so the page can label
    them; empty rows count as missing.
    """
    entries = list(entries)
    if not entries:
        return {}
    municipalities = _source_languages(entries)
    content_type = ContentType.objects.get_for_model(entries[0])
    rows: dict[int, dict[str, ContentTranslation]] = {}
    if any(get_source_language(e, municipalities=municipalities) != language for e in entries):
        for row in ContentTranslation.objects.filter(
            content_type=content_type,
            object_id__in=[e.pk for e in entries],
            language=language,
            field__in=fields,
        ).only("object_id", "field", "text", "status"):
            rows.setdefault(row.object_id, {})[row.field] = row
    return {
        entry.pk: _localise_one(
            entry,
            fields,
            language,
            rows.get(entry.pk, {}),
            get_source_language(entry, municipalities=municipalities),
        )
        for entry in entries
    }


# --- The reader's pages -------------------------------------------------------------------

INITIATIVE_FIELDS = ["title", "summary", "description", "price", "registration_info"]
LIST_FIELDS = ["title", "summary", "price"]


def _guide_initiatives(municipality: Municipality):
    return (
        Initiative.objects.filter(
            municipality=municipality, status__in=[Initiative.Status.RUNNING, Initiative.Status.PLANNED]
        )
        .select_related("municipality", "section", "hidden_from_guide")
        .prefetch_related("target_groups", "needs", "languages", "schedules__location", "locations")
        .order_by("title")
    )


def list_guide_activities(*, municipality: Municipality, need: str | None = None) -> list:
    """Running or planned activities that answer a need (all needs when None), each with `guide_needs`."""
    found = []
    for initiative in _guide_initiatives(municipality):
        initiative.guide_needs = needs_of(initiative)
        if initiative.guide_needs and (need is None or need in initiative.guide_needs):
            found.append(initiative)
    return found


def list_need_assignments(*, municipality: Municipality) -> list:
    """Every running or planned activity with its needs: `assigned` (editors'), `derived` (defaults), `hidden`."""
    rows = []
    for initiative in _guide_initiatives(municipality):
        initiative.assigned_needs = [row.need for row in initiative.needs.all()]
        initiative.derived_needs = derived_needs(initiative)
        initiative.is_hidden = is_hidden(initiative)
        rows.append(initiative)
    return rows


def get_guide_activity(*, municipality: Municipality, slug: str):
    """One activity of the municipality that the guide shows, or None."""
    # Any running or planned activity (search finds ones no need lists), unless editors hid it.
    initiative = (
        _guide_initiatives(municipality)
        .prefetch_related("organisers")
        .filter(slug=slug, hidden_from_guide__isnull=True)
        .first()
    )
    if initiative is not None:
        initiative.guide_needs = needs_of(initiative)
    return initiative


def get_guide_activity_by_pk(*, pk: int):
    """The activity a short link names (any municipality), if the guide shows it; else None."""
    row = Initiative.objects.filter(pk=pk).select_related("municipality").only("slug", "municipality").first()
    if row is None:
        return None
    return get_guide_activity(municipality=row.municipality, slug=row.slug)


def get_guide_texts(*, municipality: Municipality, language: str) -> dict[str, dict[str, Localised]]:
    """The municipality's guide texts in `language`, keyed "intro", "how_to_use" or the need's value."""
    texts = list(GuideText.objects.filter(municipality=municipality).select_related("municipality"))
    localised = get_localised_many(texts, ["title", "body"], language)
    return {(text.need or text.kind): localised[text.pk] for text in texts}


def search_guide(*, municipality: Municipality, query: str, language: str, limit: int = 20) -> list:
    """The guide's search box: activities answering `query` (in any guide language), best first.

    The one place the guide calls a search engine: the cross-lingual hybrid search (decision 0037),
    with the reader's language as the fallback when the query's own language cannot be told.
    """
    hits = hybrid_search(
        query=query, municipality=municipality, language=language, kinds=["initiative"], limit=limit
    ).results
    wanted = [hit.object_id for hit in hits]
    by_pk = {
        initiative.pk: initiative for initiative in _guide_initiatives(municipality).filter(pk__in=wanted)
    }
    return [by_pk[pk] for pk in wanted if pk in by_pk]
