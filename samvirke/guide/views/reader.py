"""The newcomers' guide for readers: pick a language, needs, activities, one activity, print, calendar, search."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from samvirke.core.extensions import entry_shown
from samvirke.core.selectors import get_municipality_or_404
from samvirke.guide import selectors
from samvirke.guide.activity import LocalisedInitiative, activity_cards, activity_details
from samvirke.guide.languages import preferred_language
from samvirke.guide.models import Need
from samvirke.guide.needs import need_label, need_rows
from samvirke.guide.offline import get_offline_bundle
from samvirke.guide.share import short_url
from samvirke.guide.views.common import guide_place_and_language, render_in
from samvirke.initiatives.calendar import build_calendar
from samvirke.insights.models import SearchMiss
from samvirke.insights.privacy import asker_of
from samvirke.insights.services import record_search

MAX_QUERY = 200


def home(request, municipality: str):
    """The language picker; the browser's Accept-Language chooses the one offered first."""
    place = get_municipality_or_404(slug=municipality)
    chosen = preferred_language(request.headers.get("Accept-Language", ""), fallback=place.language)
    response = render_in(request, chosen, "guide/home.html", {"municipality": place, "chosen": chosen})
    patch_vary_headers(response, ["Accept-Language"])
    return response


def needs(request, municipality: str, lang: str):
    place, lang = guide_place_and_language(municipality, lang)
    activities = selectors.list_guide_activities(municipality=place)
    with translation.override(lang):
        rows = need_rows(activities=activities, municipality=place)
    texts = selectors.get_guide_texts(municipality=place, language=lang)
    budget = get_offline_bundle(municipality=place, lang=lang, activities=activities).budget
    return render_in(
        request,
        lang,
        "guide/needs.html",
        {"municipality": place, "needs": rows, "texts": texts, "budget_kb": -(-budget // 1024)},
    )


def need(request, municipality: str, lang: str, need: str):
    place, lang = guide_place_and_language(municipality, lang)
    if need not in Need.values:
        return redirect("guide:needs", municipality=place.slug, lang=lang)
    activities = selectors.list_guide_activities(municipality=place, need=need)
    texts = selectors.get_guide_texts(municipality=place, language=lang)
    with translation.override(lang):
        label = need_label(need, municipality=place)
        cards = activity_cards(activities, lang=lang, municipality=place)
    return render_in(
        request,
        lang,
        "guide/need.html",
        {"municipality": place, "need": need, "need_label": label, "intro": texts.get(need), "cards": cards},
    )


def activity_or_404(place, slug):
    initiative = selectors.get_guide_activity(municipality=place, slug=slug)
    if initiative is None:
        raise Http404("No such activity in the guide")
    return initiative


def activity(request, municipality: str, lang: str, slug: str, printable: bool = False):
    place, lang = guide_place_and_language(municipality, lang)
    initiative = activity_or_404(place, slug)
    with translation.override(lang):
        details = activity_details(initiative, lang=lang, municipality=place)
    if not printable:
        entry_shown(kind="initiative", entry=initiative, request=request)
    template = "guide/print.html" if printable else "guide/activity.html"
    context = {"municipality": place, "a": details, "initiative": initiative}
    if printable:
        context["short_url"] = short_url(request, initiative)
    return render_in(request, lang, template, context)


def activity_print(request, municipality: str, lang: str, slug: str):
    return activity(request, municipality, lang, slug, printable=True)


def activity_calendar(request, municipality: str, lang: str, slug: str):
    """The activity's schedules as iCalendar (RRULE, the municipality's zone), titled in the reader's language."""
    place, lang = guide_place_and_language(municipality, lang)
    initiative = activity_or_404(place, slug)
    localised = selectors.get_localised(initiative, ["title", "summary", "description"], lang)
    url = reverse("guide:activity", kwargs={"municipality": place.slug, "lang": lang, "slug": slug})
    body = build_calendar(
        initiatives=[LocalisedInitiative(initiative, localised, url=url)],
        municipality=place,
        base_url=request.build_absolute_uri("/").rstrip("/"),
        name=localised["title"].text,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{initiative.slug}.ics"'
    return response


def search(request, municipality: str, lang: str):
    place, lang = guide_place_and_language(municipality, lang)
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY]
    results = selectors.search_guide(municipality=place, query=query, language=lang) if query else []
    if query:
        record_search(
            municipality=place,
            language=lang,
            query=query,
            found=len(results),
            source=SearchMiss.Source.GUIDE,
            **asker_of(request),
        )
    with translation.override(lang):
        cards = activity_cards(results, lang=lang, municipality=place)
    return render_in(
        request, lang, "guide/search.html", {"municipality": place, "query": query, "cards": cards}
    )
