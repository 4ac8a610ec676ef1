"""The freshness dashboard: how much of the handbook was verified lately, and how fast proposals
are decided."""

import datetime as dt
import statistics

from django.utils import timezone

from samvirke.directory.models import ContactPerson, Organisation
from samvirke.editorial.models import ChangeProposal
from samvirke.initiatives.models import Initiative, InitiativeOrganiser

# Months shown on the dashboard, and the days they stand for.
WINDOWS = [(3, 91), (6, 182), (12, 365)]


def _shares(dates: list, cutoffs: dict) -> dict:
    total = len(dates)
    return {
        months: round(100 * sum(1 for d in dates if d is not None and d >= cutoff) / total) if total else None
        for months, cutoff in cutoffs.items()
    }


def get_freshness(*, municipality, now: dt.datetime | None = None) -> dict:
    """Shares of entries verified within 3, 6 and 12 months, per organisation (its own record, its
    contact persons and the activities it organises) and overall; open proposals and the median
    days from proposal to decision over the last year. A fixed number of queries."""
    now = now or timezone.now()
    cutoffs = {months: now - dt.timedelta(days=days) for months, days in WINDOWS}
    organisations = list(
        Organisation.objects.for_municipality(municipality)
        .order_by("name")
        .values_list("pk", "name", "slug", "last_verified_at")
    )
    contacts = list(
        ContactPerson.objects.for_municipality(municipality).values_list(
            "organisation_id", "last_verified_at"
        )
    )
    initiatives = dict(
        Initiative.objects.for_municipality(municipality)
        .exclude(status="ended")
        .values_list("pk", "last_verified_at")
    )
    links = InitiativeOrganiser.objects.filter(initiative_id__in=list(initiatives)).values_list(
        "organisation_id", "initiative_id"
    )
    per_org: dict[int, list] = {pk: [verified] for pk, _name, _slug, verified in organisations}
    for organisation_id, verified in contacts:
        per_org.setdefault(organisation_id, []).append(verified)
    for organisation_id, initiative_id in links:
        per_org.setdefault(organisation_id, []).append(initiatives[initiative_id])
    rows = [
        {
            "name": name,
            "slug": slug,
            "entries": len(per_org[pk]),
            "never": sum(1 for d in per_org[pk] if d is None),
            "shares": _shares(per_org[pk], cutoffs),
        }
        for pk, name, slug, _verified in organisations
    ]
    rows.sort(key=lambda r: (r["shares"][6] if r["shares"][6] is not None else 101, r["name"].lower()))
    everything = [v for *_rest, v in organisations] + [v for _o, v in contacts] + list(initiatives.values())
    decided = ChangeProposal.objects.filter(
        municipality=municipality, decided_at__isnull=False, decided_at__gte=now - dt.timedelta(days=365)
    ).values_list("created_at", "decided_at")
    waits = [(decided_at - created_at).total_seconds() / 86400 for created_at, decided_at in decided]
    open_qs = ChangeProposal.objects.filter(municipality=municipality, status=ChangeProposal.Status.OPEN)
    oldest = open_qs.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "windows": [months for months, _days in WINDOWS],
        "overall": {
            "entries": len(everything),
            "never": sum(1 for d in everything if d is None),
            "shares": _shares(everything, cutoffs),
        },
        "organisations": rows,
        "open_proposals": open_qs.count(),
        "oldest_open_days": max(0, (now - oldest).days) if oldest else None,
        "decided_last_year": len(waits),
        "median_days_to_decision": round(statistics.median(waits), 1) if waits else None,
    }
