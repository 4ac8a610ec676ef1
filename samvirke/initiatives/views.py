"""Public handbook pages for initiatives: the faceted list (municipality or region) and the initiative page."""

from django.http import HttpResponse
from django.shortcuts import render

from samvirke.core.extensions import entry_panels, entry_shown, home_panels, searched
from samvirke.core.selectors import get_municipality_or_404, get_region_or_404
from samvirke.directory.selectors import list_contacts_of
from samvirke.initiatives import facets, selectors
from samvirke.initiatives.calendar import build_calendar
from samvirke.initiatives.listing import list_initiative_page
from samvirke.initiatives.selectors import get_initiative_or_404, list_initiatives


def _list(request, *, municipality=None, region=None):
    params = request.GET
    result = list_initiative_page(params=params, municipality=municipality, region=region)
    # A search is counted once (its first page), and only when no facet narrowed it (decision 0075).
    if result.query and result.page.number == 1 and not result.filters:
        found = result.page.paginator.count + (result.organisation_count or 0)
        searched(request=request, municipality=municipality, query=result.query, found=found)
    return render(
        request,
        "initiatives/list.html",
        {
            "municipality": municipality,
            "region": region,
            "page": result.page,
            "query": result.query,
            "facets": result.facets,
            "filters": result.filters,
            "active": [
                {
                    "name": n,
                    "label": facets.FILTERS[n][0],
                    "value": v,
                    "shown": facets.value_label(n, v),
                    "url": facets.url_without(params, n, v),
                }
                for n, vs in result.filters.items()
                for v in vs
            ],
            "sort": result.sort,
            "sorts": [
                (key, label, facets.url_with(params, sort=key))
                for key, label in facets.SORTS.items()
                if key != "relevance" or result.query
            ],
            "suggestions": result.suggestions,
            "organisations": result.organisations,
            "organisation_count": result.organisation_count,
            "corrected": result.corrected,
            "page_url": facets.url_with(params, page=None),
        },
    )


def initiative_list(request, municipality: str):
    return _list(request, municipality=get_municipality_or_404(slug=municipality))


def region_list(request, region: str):
    return _list(request, region=get_region_or_404(slug=region))


def municipality_home(request, municipality: str):
    """A municipality's handbook home: search, sections, newest and recently updated initiatives,
    and the panels other apps register (core.extensions.add_home_panel)."""
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "initiatives/municipality_home.html",
        {
            "municipality": place,
            "sections": selectors.list_sections(municipality=place),
            "newest": selectors.list_newest(municipality=place),
            "updated": selectors.list_recently_updated(municipality=place),
            "panels": home_panels(municipality=place, request=request),
        },
    )


def region_home(request, region: str):
    """A region's home is its shared inventory: the activity list across its municipalities."""
    return region_list(request, region=region)


def initiative_detail(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    initiative = selectors.get_initiative_or_404(municipality=place, slug=slug)
    contacts = list_contacts_of(initiative=initiative, user=request.user)
    entry_shown(kind="initiative", entry=initiative, request=request)
    return render(
        request,
        "initiatives/detail.html",
        {
            "municipality": place,
            "initiative": initiative,
            "contacts": contacts,
            "panels": entry_panels(kind="initiative", entry=initiative, municipality=place, request=request),
        },
    )


# --- iCalendar downloads, filterable like the activity list ---------------------------------------


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
