"""What "save my guide" keeps for offline reading (decision 0070): one municipality's guide in one language.

The service worker (static/guide/sw.js) asks for this list, fetches every address in it into a new
cache and then drops the old one, so an update replaces a saved guide whole. The budget is shown
before saving; it is an upper bound of what the phone keeps, from measured page sizes, and the bench
measures the real bundle.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db.models import Max
from django.templatetags.static import static
from django.urls import reverse

from samvirke.core.models import Municipality
from samvirke.guide import selectors
from samvirke.guide.fonts import font_files
from samvirke.guide.models import ContentTranslation, GuideText, Need

# Upper bounds in bytes of what the phone keeps: sw.js stores pages and calendar files gzipped (about a
# quarter of their size; fonts as they are). From bench/offline_bundle.py's largest copies of each kind
# in every guide language (the demo, 73 and 103 synthetic activities), plus a margin for longer texts.
NEEDS_PAGE = 2_200
NEED_PAGE = 2_400  # the page around its cards
CARD = 400  # one activity on a need page (an activity answers one need or more)
ACTIVITY_PAGE = 2_200
PRINT_PAGE = 1_800
CALENDAR = 1_400
LEAFLET = 2_800
STATIC = 3_000  # the stylesheet and the script
# A municipality of 100 activities stays under this (the target).
TARGET_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Bundle:
    urls: list[str]
    budget: int  # bytes, an upper bound
    version: str  # changes when anything in the bundle may have changed
    pages: int  # HTML pages among the urls


def get_offline_bundle(*, municipality: Municipality, lang: str, activities: list | None = None) -> Bundle:
    """Every address of the guide in `lang`: needs list, need pages and leaflets, activities with their
    print views and calendar files, and the stylesheet, script and fonts the pages load.

    `activities` is `selectors.list_guide_activities(municipality=...)` when the caller has it already.
    """
    if activities is None:
        activities = selectors.list_guide_activities(municipality=municipality)
    kwargs = {"municipality": municipality.slug, "lang": lang}
    pages = [reverse("guide:needs", kwargs=kwargs)]
    calendars, cards, needs = [], 0, 0
    for need in Need.values:
        answering = [a for a in activities if need in a.guide_needs]
        if answering:
            needs, cards = needs + 1, cards + len(answering)
            pages.append(reverse("guide:need", kwargs={**kwargs, "need": need}))
            pages.append(reverse("guide:leaflet", kwargs={**kwargs, "need": need}))
    for activity in activities:
        one = {**kwargs, "slug": activity.slug}
        pages.append(reverse("guide:activity", kwargs=one))
        pages.append(reverse("guide:print", kwargs=one))
        if activity.schedules.all():
            calendars.append(reverse("guide:calendar", kwargs=one))
    fonts = font_files(lang)
    assets = [static("guide/guide.css"), static("guide/offline.js"), *(static(f) for f in fonts)]
    budget = (
        NEEDS_PAGE
        + needs * (NEED_PAGE + LEAFLET)
        + cards * CARD
        + len(activities) * (ACTIVITY_PAGE + PRINT_PAGE)
        + len(calendars) * CALENDAR
        + STATIC
        + sum(font.size for font in fonts.values())
    )
    urls = pages + calendars + assets
    return Bundle(
        urls=urls, budget=budget, version=_version(municipality, lang, activities, urls), pages=len(pages)
    )


def _version(municipality: Municipality, lang: str, activities: list, urls: list[str]) -> str:
    # Any edit of an activity, a guide text or a translation in this language changes one of these.
    changed = [
        max((a.updated_at for a in activities), default=None),
        GuideText.objects.filter(municipality=municipality).aggregate(at=Max("updated_at"))["at"],
        ContentTranslation.objects.filter(municipality=municipality, language=lang).aggregate(
            at=Max("updated_at")
        )["at"],
    ]
    payload = json.dumps([urls, [str(at) for at in changed]])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]
