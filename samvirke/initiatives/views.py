"""Public handbook pages for initiatives: the faceted list (municipality or region) and the initiative page."""

from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, When
from django.shortcuts import render

from samvirke.core.extensions import entry_panels
from samvirke.core.selectors import get_municipality_or_404, get_region_or_404
from samvirke.directory.selectors import list_contacts_of
from samvirke.initiatives import facets, selectors
from samvirke.search.selectors import search_entries

PAGE_SIZE = 20


def _list(request, *, municipality=None, region=None):
    params = request.GET
    query = params.get("q", "").strip()[:200]
    filters = facets.active_filters(params)
    qs = selectors.list_initiatives(municipality=municipality, region=region)
    sort = params.get("sort") or ("relevance" if query else "title")
    hits = {}
    if query:
        results = search_entries(
            query=query, municipality=municipality, region=region, kinds=["initiative"], limit=500
        )
        hits = {hit.object_id: hit for hit in results.results}
        qs = qs.filter(pk__in=hits)
    qs = facets.apply_filters(qs, filters)
    facet_list = facets.facet_counts(qs, filters, region=region is not None)
    if sort == "relevance" and hits:
        order = Case(*[When(pk=pk, then=rank) for rank, pk in enumerate(hits)], output_field=IntegerField())
        qs = qs.order_by(order)
    elif sort == "newest":
        qs = qs.order_by("-created_at", "title")
    elif sort == "verified":
        qs = qs.order_by(F("last_verified_at").desc(nulls_last=True), "title")
    else:
        sort = "title" if sort == "relevance" and not query else sort
        qs = qs.order_by("title")
    page = Paginator(qs, PAGE_SIZE).get_page(params.get("page"))
    for initiative in page:
        initiative.hit = hits.get(initiative.pk)
    suggestions = []
    if not page.object_list and (filters or query):
        base = selectors.list_initiatives(municipality=municipality, region=region)
        for name, values in filters.items():
            for value in values:
                rest = {k: [v for v in vs if not (k == name and v == value)] for k, vs in filters.items()}
                rest = {k: vs for k, vs in rest.items() if vs}
                count = facets.apply_filters(base.filter(pk__in=hits) if query else base, rest).count()
                suggestions.append(
                    {
                        "name": name,
                        "label": facets.FILTERS[name][0],
                        "value": facets.value_label(name, value),
                        "count": count,
                        "url": facets.url_without(params, name, value),
                    }
                )
    return render(
        request,
        "initiatives/list.html",
        {
            "municipality": municipality,
            "region": region,
            "page": page,
            "query": query,
            "facets": facet_list,
            "filters": filters,
            "active": [
                {
                    "name": n,
                    "label": facets.FILTERS[n][0],
                    "value": v,
                    "shown": facets.value_label(n, v),
                    "url": facets.url_without(params, n, v),
                }
                for n, vs in filters.items()
                for v in vs
            ],
            "sort": sort,
            "sorts": [
                (key, label, facets.url_with(params, sort=key))
                for key, label in facets.SORTS.items()
                if key != "relevance" or query
            ],
            "suggestions": suggestions,
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
