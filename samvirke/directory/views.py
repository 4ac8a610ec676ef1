"""Public directory pages: organisations and the contact directory."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import render

from samvirke.core.extensions import entry_panels, entry_shown, searched
from samvirke.core.selectors import get_municipality_or_404
from samvirke.directory import selectors


def organisation_list(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    query = request.GET.get("q", "").strip()[:100]
    qs = selectors.list_organisations(municipality=place).annotate(initiative_count=Count("initiatives"))
    if query:
        qs = qs.filter(name__icontains=query)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    if query and page.number == 1:
        searched(request=request, municipality=place, query=query, found=page.paginator.count)
    return render(
        request, "directory/organisation_list.html", {"municipality": place, "page": page, "query": query}
    )


def organisation_detail(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    organisation = selectors.get_organisation_or_404(municipality=place, slug=slug)
    contacts = selectors.list_visible_contacts(municipality=place, user=request.user).filter(
        organisation=organisation
    )
    entry_shown(kind="organisation", entry=organisation, request=request)
    return render(
        request,
        "directory/organisation_detail.html",
        {
            "municipality": place,
            "organisation": organisation,
            "contacts": contacts,
            "panels": entry_panels(
                kind="organisation", entry=organisation, municipality=place, request=request
            ),
        },
    )


def contact_directory(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    query = request.GET.get("q", "").strip()[:100]
    qs = selectors.search_visible_contacts(municipality=place, user=request.user, query=query)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    panels = entry_panels(kind="contacts", entry=None, municipality=place, request=request)
    return render(
        request,
        "directory/contacts.html",
        {"municipality": place, "page": page, "query": query, "panels": panels},
    )
