"""Public handbook pages for initiatives: the faceted list (municipality or region) and the initiative page."""

from django.shortcuts import render

from samvirke.core.extensions import entry_panels, entry_shown, searched
from samvirke.core.selectors import get_municipality_or_404, get_region_or_404
from samvirke.directory.selectors import list_contacts_of
from samvirke.initiatives import facets, selectors
from samvirke.initiatives.listing import list_initiative_page


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
