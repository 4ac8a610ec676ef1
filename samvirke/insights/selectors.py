"""Reads of the insights app, for the editors' freshness dashboard, the reminder e-mail and the
translators' vocabulary page."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.utils import timezone

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.insights.models import EntryKind, LinkCheck, PageView, SearchMiss


def _since(days: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=days)


def list_search_misses(
    *, municipalities, language: str | None = None, days: int = 90, limit: int = 50
) -> list[dict]:
    """Queries that found nothing in the last `days` days and were asked by at least
    INSIGHTS_SEARCH_THRESHOLD different askers (days × people, decision 0075), most asked first.
    Each: municipality (id), language, query, askers, searches, last day."""
    rows = (
        SearchMiss.objects.filter(municipality__in=municipalities, day__gte=_since(days))
        .values("municipality", "language", "query")
        .annotate(
            askers=Sum("sessions"),
            searches=Sum("searches"),
            days=Count("day", distinct=True),
            last=Max("day"),
        )
        .filter(askers__gte=settings.INSIGHTS_SEARCH_THRESHOLD)
        .order_by("-askers", "-last", "query")
    )
    if language is not None:
        rows = rows.filter(language=language)
    return list(rows[:limit])


def list_broken_links(*, municipality=None, organisations=None) -> QuerySet[LinkCheck]:
    """Broken links, oldest breakage first: of a municipality, or of some organisations and the
    activities they arrange (for their reminder)."""
    qs = LinkCheck.objects.filter(status=LinkCheck.Status.BROKEN)
    if municipality is not None:
        qs = qs.filter(municipality=municipality)
    if organisations is not None:
        ids = [o.pk for o in organisations]
        qs = qs.filter(
            Q(kind=EntryKind.ORGANISATION, object_id__in=ids)
            | Q(
                kind=EntryKind.INITIATIVE,
                object_id__in=Initiative.objects.filter(organisers__in=ids).values("pk"),
            )
        )
    return qs.order_by("first_broken_on", "url")


def label_link_checks(checks) -> list[dict]:
    """The checks with the name of the entry each belongs to (two queries)."""
    checks = list(checks)
    names = _names({(c.kind, c.object_id) for c in checks})
    return [{"check": c, "label": names.get((c.kind, c.object_id), "")} for c in checks]


@dataclass
class ReadEntry:
    kind: str
    object_id: int
    label: str
    slug: str
    views: int
    last_verified_at: dt.datetime | None
    daily: list[int]


def list_most_read(*, municipality, days: int = 30, limit: int = 20) -> list[ReadEntry]:
    """Entries read in the last `days` days, most read and least recently verified first
    (`reading_priority`), each
    with its views per day (oldest first) for a small chart. Three queries."""
    start = _since(days - 1)
    views = PageView.objects.filter(municipality=municipality, day__gte=start).values_list(
        "kind", "object_id", "day", "views"
    )
    daily: dict[tuple[str, int], list[int]] = {}
    for kind, object_id, day, count in views:
        daily.setdefault((kind, object_id), [0] * days)[(day - start).days] += count
    entries = {
        EntryKind.ORGANISATION: Organisation.objects.filter(
            municipality=municipality, pk__in=[pk for kind, pk in daily if kind == EntryKind.ORGANISATION]
        ).values_list("pk", "name", "slug", "last_verified_at"),
        EntryKind.INITIATIVE: Initiative.objects.filter(
            municipality=municipality, pk__in=[pk for kind, pk in daily if kind == EntryKind.INITIATIVE]
        ).values_list("pk", "title", "slug", "last_verified_at"),
    }
    rows = [
        ReadEntry(kind, pk, label, slug, sum(daily[(kind, pk)]), verified, daily[(kind, pk)])
        for kind, values in entries.items()
        for pk, label, slug, verified in values
    ]
    rows.sort(key=lambda r: (-reading_priority(r), r.label.lower()))
    return rows[:limit]


def reading_priority(entry: ReadEntry, *, now: dt.datetime | None = None) -> float:
    """Views weighted by how long ago the entry was verified: each 30 days unverified adds the
    views once more, never verified counts as a year (decision 0077). An entry read 100 times and
    verified a year ago comes before one read 300 times and verified last week."""
    now = now or timezone.now()
    age_days = 365 if entry.last_verified_at is None else max(0, (now - entry.last_verified_at).days)
    return entry.views * (1 + min(age_days, 365) / 30)


def list_daily_views(*, municipality, days: int = 400) -> list[tuple]:
    """(day, kind, object id, title, views) of every counted day of the municipality's entries,
    for the CSV export. Three queries."""
    rows = list(
        PageView.objects.filter(municipality=municipality, day__gte=_since(days))
        .order_by("day", "kind", "object_id")
        .values_list("day", "kind", "object_id", "views")
    )
    names = _names({(kind, object_id) for _day, kind, object_id, _views in rows})
    return [(day, kind, pk, names.get((kind, pk), ""), views) for day, kind, pk, views in rows]


def _names(keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    organisations = Organisation.objects.filter(
        pk__in=[pk for kind, pk in keys if kind == EntryKind.ORGANISATION]
    ).values_list("pk", "name")
    initiatives = Initiative.objects.filter(
        pk__in=[pk for kind, pk in keys if kind == EntryKind.INITIATIVE]
    ).values_list("pk", "title")
    return {(EntryKind.ORGANISATION, pk): name for pk, name in organisations} | {
        (EntryKind.INITIATIVE, pk): title for pk, title in initiatives
    }
