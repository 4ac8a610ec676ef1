"""Reads for initiatives: querysets with their joins chosen, so templates never lazy-load."""

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from samvirke.core.models import Municipality, Region
from samvirke.directory.models import ContactPerson
from samvirke.initiatives.models import HandbookSection, Initiative, InitiativeOrganiser, Schedule


def list_card_prefetches() -> list:
    """What an initiative's card shows beyond its own row: groups, languages, times and places,
    organisers (as `organiser_links`). The list, the page and the handbook PDF all start here."""
    return [
        "target_groups",
        "languages",
        Prefetch("schedules", queryset=Schedule.objects.select_related("location")),
        Prefetch(
            "initiativeorganiser_set",
            queryset=InitiativeOrganiser.objects.select_related("organisation"),
            to_attr="organiser_links",
        ),
    ]


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
        .prefetch_related(*list_card_prefetches())
        .order_by("title")
    )


def get_initiative_or_404(*, municipality: Municipality, slug: str) -> Initiative:
    """An initiative with everything its page shows, or 404."""
    initiative = (
        Initiative.objects.for_municipality(municipality)
        .select_related("municipality", "section")
        .prefetch_related(
            *list_card_prefetches(),
            "locations",
            Prefetch("contact_persons", queryset=ContactPerson.objects.select_related("organisation")),
            "focus_points__focus_area__policy",
        )
        .filter(slug=slug)
        .first()
    )
    if initiative is None:
        raise Http404("No such initiative")
    return initiative


def list_newest(*, municipality: Municipality, limit: int = 5) -> QuerySet[Initiative]:
    return (
        Initiative.objects.for_municipality(municipality)
        .exclude(status="ended")
        .order_by("-created_at", "title")[:limit]
    )


def list_recently_updated(*, municipality: Municipality, limit: int = 5) -> QuerySet[Initiative]:
    return Initiative.objects.for_municipality(municipality).order_by("-updated_at", "title")[:limit]


def list_sections(*, municipality: Municipality):
    return (
        HandbookSection.objects.for_municipality(municipality)
        # Every activity of the section, ended ones too: the number the card's link then lists.
        .annotate(initiative_count=Count("initiatives"))
        .order_by("order", "title")
    )
