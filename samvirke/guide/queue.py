"""Reads for translators: what needs translating in a language, one entry's fields, the source diff."""

import difflib
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.guide.models import MISSING, ContentTranslation, GuideText, TranslationStatus
from samvirke.guide.selectors import list_guide_activities
from samvirke.guide.translatable import fields_of

# The kinds a translator works on, by the short name used in URLs and PO message contexts.
KINDS = {
    "initiative": "initiatives.initiative",
    "organisation": "directory.organisation",
    "guidetext": "guide.guidetext",
}
# Outdated first (readers see a stale text), then machine drafts (readers see unchecked text), then missing.
PRIORITY = {
    TranslationStatus.OUTDATED: 0,
    TranslationStatus.MACHINE_DRAFT: 1,
    MISSING: 2,
    TranslationStatus.HUMAN_DRAFT: 3,
}
OPEN_STATUSES = set(PRIORITY)


@dataclass
class Item:
    kind: str
    entry: object
    field: str
    source: str
    row: ContentTranslation | None

    @property
    def status(self) -> str:
        return self.row.status if self.row is not None and self.row.text.strip() else MISSING

    @property
    def context(self) -> str:
        """The stable id of this string in PO files: kind:pk:field."""
        return f"{self.kind}:{self.entry.pk}:{self.field}"

    @property
    def title(self) -> str:
        return getattr(self.entry, "title", "") or getattr(self.entry, "name", "") or str(self.entry)


def _entries(municipality: Municipality) -> dict[str, list]:
    activities = list_guide_activities(municipality=municipality)
    organisations = Organisation.objects.filter(
        municipality=municipality, initiatives__in=[a.pk for a in activities]
    ).distinct()
    return {
        "guidetext": list(GuideText.objects.filter(municipality=municipality)),
        "initiative": activities,
        "organisation": list(organisations.order_by("name")),
    }


def list_items(*, municipality: Municipality, language: str, only_open: bool = False) -> list[Item]:
    """Every translatable string of the guide's entries in `language` (source language excluded)."""
    if language == municipality.language:
        return []
    rows = {
        (row.content_type_id, row.object_id, row.field): row
        for row in ContentTranslation.objects.filter(municipality=municipality, language=language)
    }
    items = []
    for kind, entries in _entries(municipality).items():
        content_type = (
            ContentType.objects.get_for_model(GuideText if kind == "guidetext" else entries[0])
            if entries
            else None
        )
        for entry in entries:
            for name in fields_of(entry):
                source = getattr(entry, name) or ""
                if not source.strip():
                    continue
                item = Item(kind, entry, name, source, rows.get((content_type.pk, entry.pk, name)))
                if not only_open or item.status in OPEN_STATUSES:
                    items.append(item)
    return items


def list_queue(*, municipality: Municipality, language: str) -> list[Item]:
    """What a translator should do next: outdated, machine drafts to review, missing, drafts; by priority."""
    items = list_items(municipality=municipality, language=language, only_open=True)
    return sorted(items, key=lambda item: (PRIORITY[item.status], item.kind, item.title.lower(), item.field))


def count_by_status(items: list[Item]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


def get_entry(*, municipality: Municipality, kind: str, pk: int):
    """One translatable entry of the municipality, or Http404."""
    if kind not in KINDS:
        raise Http404("No such kind")
    entry = apps.get_model(KINDS[kind]).objects.select_related("municipality").filter(pk=pk).first()
    if entry is None or entry.municipality_id != municipality.pk:
        raise Http404("No such entry")
    return entry


def entry_items(*, entry, kind: str, language: str) -> list[Item]:
    rows = {
        row.field: row
        for row in ContentTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(entry), object_id=entry.pk, language=language
        )
    }
    return [Item(kind, entry, name, getattr(entry, name) or "", rows.get(name)) for name in fields_of(entry)]


_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def diff_html(old: str, new: str) -> SafeString:
    """Word-level changes from `old` to `new` as HTML with <del> and <ins>; every piece escaped."""
    before, after = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    pieces = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            pieces.append(f"<del>{escape(''.join(before[a1:a2]))}</del>")
        if b2 > b1:
            pieces.append(f"<ins>{escape(''.join(after[b1:b2]))}</ins>")
    return mark_safe("".join(pieces))  # built only from escaped pieces
