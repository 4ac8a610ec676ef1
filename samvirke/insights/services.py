"""Writes of the insights app: searches that found nothing, page views, link checks, retention.

None of them takes a user, an address or a cookie (docs/privacy.md); the callers pass only what
is counted. Counting never fails the reader's request: a database error is logged and dropped.
"""

import datetime as dt
import logging

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from samvirke.insights.models import LinkCheck, PageView, SearchMiss
from samvirke.insights.privacy import first_time_today, is_crawler, normalise_query

log = logging.getLogger(__name__)


def record_search(
    *,
    municipality,
    language: str | None,
    query: str,
    found: int,
    source: str,
    client: str = "",
    user_agent: str = "",
) -> bool:
    """Count a search of `municipality` that found nothing (`found == 0`); True when counted.

    `client` and `user_agent` only decide, through a daily salted hash kept in the cache, whether
    this asker was already counted today (decision 0075); neither is stored. Searches of a region
    or of the whole site, by crawlers, or that look like personal details are not counted.
    """
    if found or municipality is None or is_crawler(user_agent):
        return False
    normalised = normalise_query(query)
    if normalised is None:
        return False
    language = (language or "")[:8]
    # One asker per row and day: the row's key is part of what is hashed.
    new_asker = first_time_today(client, user_agent[:256], str(municipality.pk), language, normalised, source)
    key = {
        "municipality": municipality,
        "language": language,
        "query": normalised,
        "day": timezone.localdate(),
        "source": source,
    }
    changes = {"searches": F("searches") + 1, "sessions": F("sessions") + int(new_asker)}
    try:
        _increment(SearchMiss, key, changes, {"searches": 1, "sessions": int(new_asker)})
    except DatabaseError:
        log.exception("A search that found nothing was not counted")
        return False
    return True


def save_page_views(*, counts: dict[tuple, int]) -> None:
    """Add buffered views: {(municipality_id, kind, object_id, day): views} (samvirke.insights.pageviews)."""
    for (municipality_id, kind, object_id, day), views in counts.items():
        key = {"municipality_id": municipality_id, "kind": kind, "object_id": object_id, "day": day}
        _increment(PageView, key, {"views": F("views") + views}, {"views": views})


def _increment(model, key: dict, changes: dict, initial: dict) -> None:
    """Add to a counter row, creating it on first use; safe when two workers create it at once."""
    with transaction.atomic():
        if model.objects.filter(**key).update(**changes):
            return
        try:
            with transaction.atomic():
                model.objects.create(**key, **initial)
        except IntegrityError:  # another worker created it meanwhile
            model.objects.filter(**key).update(**changes)


@transaction.atomic
def record_link_results(*, results: list, now: dt.datetime | None = None) -> dict[str, int]:
    """Store the outcome of checking each link (a list of links.LinkResult). A broken link keeps
    the date it was first seen broken until it works again or is changed. Returns counts per status."""
    now = now or timezone.now()
    counts = dict.fromkeys(LinkCheck.Status.values, 0)
    for result in results:
        previous = LinkCheck.objects.filter(kind=result.kind, object_id=result.object_id).first()
        broken = result.status == LinkCheck.Status.BROKEN
        first_broken_on = None
        if broken:
            still = previous is not None and previous.url == result.url and previous.first_broken_on
            first_broken_on = previous.first_broken_on if still else timezone.localdate(now)
        LinkCheck.objects.update_or_create(
            kind=result.kind,
            object_id=result.object_id,
            defaults={
                "municipality_id": result.municipality_id,
                "url": result.url[:500],
                "status": result.status,
                "http_status": result.http_status,
                "reason": result.reason[:200],
                "final_url": result.final_url[:500],
                "redirects": result.redirects,
                "first_broken_on": first_broken_on,
                "checked_at": now,
            },
        )
        counts[result.status] += 1
    return counts


@transaction.atomic
def forget_links_not_in(*, present: set[tuple[str, int]], municipality=None) -> int:
    """Delete the checks of entries that no longer have a link (or no longer exist)."""
    checks = (
        LinkCheck.objects.all()
        if municipality is None
        else LinkCheck.objects.filter(municipality=municipality)
    )
    stale = [
        pk
        for pk, kind, object_id in checks.values_list("pk", "kind", "object_id")
        if (kind, object_id) not in present
    ]
    LinkCheck.objects.filter(pk__in=stale).delete()
    return len(stale)


@transaction.atomic
def delete_old_insights(*, today: dt.date | None = None, retention_days: int | None = None) -> dict[str, int]:
    """Delete counted searches and page views older than the retention period (default
    INSIGHTS_RETENTION_DAYS, about 13 months). Returns how many rows of each were deleted."""
    days = retention_days if retention_days is not None else settings.INSIGHTS_RETENTION_DAYS
    cutoff = (today or timezone.localdate()) - dt.timedelta(days=days)
    searches, _ = SearchMiss.objects.filter(day__lt=cutoff).delete()
    views, _ = PageView.objects.filter(day__lt=cutoff).delete()
    return {"searches": searches, "page views": views}
