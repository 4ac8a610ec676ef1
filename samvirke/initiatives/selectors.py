"""Reads for initiatives: querysets with their joins chosen, so templates never lazy-load."""

from django.db.models import Prefetch, QuerySet

from samvirke.core.models import Municipality, Region
from samvirke.initiatives.models import Initiative, InitiativeOrganiser


def list_initiatives(
    *, municipality: Municipality | None = None, region: Region | None = None
) -> QuerySet[Initiative]:
    """Initiatives of one municipality or of every member of a region, with what a list shows."""
    qs = Initiative.objects.all()
    if municipality is not None:
        qs = qs.for_municipality(municipality)
    if region is not None:
        qs = qs.for_region(region)
    return (
        qs.select_related("municipality", "section")
        .prefetch_related(
            "target_groups",
            "languages",
            "schedules",
            Prefetch(
                "initiativeorganiser_set",
                queryset=InitiativeOrganiser.objects.select_related("organisation"),
                to_attr="organiser_links",
            ),
        )
        .order_by("title")
    )
