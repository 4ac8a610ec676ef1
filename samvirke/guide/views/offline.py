"""The guide on the phone (decision 0070): the service worker, its list of addresses, the web app manifest,
and the page the save button leads to when there is no JavaScript."""

import json
from functools import cache
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from samvirke.guide import selectors
from samvirke.guide.languages import is_rtl
from samvirke.guide.needs import need_rows
from samvirke.guide.offline import get_offline_bundle
from samvirke.guide.views.common import guide_place_and_language, render_in

WORKER = Path(__file__).resolve().parent.parent / "static" / "guide" / "sw.js"
THEME = "#0b3f7a"


@cache
def _worker_source() -> bytes:
    return WORKER.read_bytes()


def service_worker(request, municipality: str, lang: str):
    """sw.js served from inside /<municipality>/guide/<lang>/, so its scope is that language's guide."""
    guide_place_and_language(municipality, lang)
    response = HttpResponse(_worker_source(), content_type="text/javascript; charset=utf-8")
    # Browsers check for a new worker at least daily; no-cache makes them ask us each time.
    response["Cache-Control"] = "no-cache"
    return response


def bundle(request, municipality: str, lang: str):
    """What the service worker saves: addresses, a version that changes with the content, the budget."""
    place, lang = guide_place_and_language(municipality, lang)
    found = get_offline_bundle(municipality=place, lang=lang)
    response = JsonResponse({"version": found.version, "budget": found.budget, "urls": found.urls})
    response["Cache-Control"] = "no-cache"
    return response


def manifest(request, municipality: str, lang: str):
    """The web app manifest of one municipality's guide in one language, so it installs on a home screen."""
    place, lang = guide_place_and_language(municipality, lang)
    home = reverse("guide:needs", kwargs={"municipality": place.slug, "lang": lang})
    with translation.override(lang):
        name = f"{_('Guide for newcomers')} · {place.name}"
        description = _("Find activities near you: choose what you need.")
    body = {
        "name": name,
        "short_name": place.name,
        "description": description,
        "id": home,
        "start_url": home,
        "scope": home,
        "display": "standalone",
        "lang": lang,
        "dir": "rtl" if is_rtl(lang) else "ltr",
        "background_color": "#ffffff",
        "theme_color": THEME,
        "icons": [
            {"src": static("guide/icon.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
            {"src": static("guide/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": static("guide/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
        ],
    }
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), content_type="application/manifest+json; charset=utf-8"
    )


def offline_page(request, municipality: str, lang: str):
    """Where the save button leads without JavaScript: what saving needs, its size, and the printed leaflets."""
    place, lang = guide_place_and_language(municipality, lang)
    activities = selectors.list_guide_activities(municipality=place)
    found = get_offline_bundle(municipality=place, lang=lang, activities=activities)
    with translation.override(lang):
        rows = [row for row in need_rows(activities=activities, municipality=place) if row["count"]]
    return render_in(
        request,
        lang,
        "guide/offline.html",
        {"municipality": place, "bundle": found, "budget_kb": -(-found.budget // 1024), "needs": rows},
    )
