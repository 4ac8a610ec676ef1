"""iCalendar downloads for a municipality's activities, filterable like the activity list."""

from django.http import HttpResponse

from samvirke.core.selectors import get_municipality_or_404
from samvirke.initiatives import facets
from samvirke.initiatives.selectors import get_initiative_or_404, list_initiatives
from samvirke.interop.calendar import build_calendar


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def municipality_calendar(request, municipality: str):
    """All current activities (?group=, ?lang=, ?org= … as on the list page)."""
    place = get_municipality_or_404(slug=municipality)
    qs = facets.apply_filters(list_initiatives(municipality=place), facets.active_filters(request.GET))
    qs = qs.exclude(status="ended").prefetch_related("locations", "schedules__location")
    body = build_calendar(
        initiatives=qs, municipality=place, base_url=request.build_absolute_uri("/")[:-1], name=place.name
    )
    return _ics(body, f"{place.slug}.ics")


def initiative_calendar(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    initiative = get_initiative_or_404(municipality=place, slug=slug)
    body = build_calendar(
        initiatives=[initiative],
        municipality=place,
        base_url=request.build_absolute_uri("/")[:-1],
        name=initiative.title,
    )
    return _ics(body, f"{initiative.slug}.ics")
