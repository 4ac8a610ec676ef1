"""Sharing and printing (decision 0072): short links, QR codes, and a leaflet per need as a page and a PDF."""

import io

import segno
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from samvirke.guide import selectors
from samvirke.guide.activity import activity_cards
from samvirke.guide.languages import preferred_language
from samvirke.guide.leaflet import LEAFLET_ACTIVITIES, render_leaflet_pdf
from samvirke.guide.models import Need
from samvirke.guide.needs import need_label
from samvirke.guide.share import pk_from_code, qr_svg, short_url
from samvirke.guide.views.common import guide_place_and_language, page_context, render_in
from samvirke.guide.views.reader import activity_or_404


def short_link(request, code: str):
    """/g/<code>: the activity in the guide, in the first guide language the browser asks for."""
    pk = pk_from_code(code)
    initiative = selectors.get_guide_activity_by_pk(pk=pk) if pk is not None else None
    if initiative is None:
        raise Http404("No such short link")
    place = initiative.municipality
    lang = preferred_language(request.headers.get("Accept-Language", ""), fallback=place.language)
    response = redirect("guide:activity", municipality=place.slug, lang=lang, slug=initiative.slug)
    patch_vary_headers(response, ["Accept-Language"])
    return response


def activity_qr(request, municipality: str, lang: str, slug: str):
    """A QR code (SVG) of the activity's short link, for posters: it opens in each reader's own language."""
    place, lang = guide_place_and_language(municipality, lang)
    initiative = activity_or_404(place, slug)
    buffer = io.BytesIO()
    url = short_url(request, initiative)
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=4, light="#fff", title=url)
    return HttpResponse(buffer.getvalue(), content_type="image/svg+xml")


def _leaflet_context(request, place, lang: str, need: str) -> dict:
    if need not in Need.values:
        raise Http404("No such need")
    activities = selectors.list_guide_activities(municipality=place, need=need)
    texts = selectors.get_guide_texts(municipality=place, language=lang)
    shown = activities[:LEAFLET_ACTIVITIES]
    page = request.build_absolute_uri(
        reverse("guide:need", kwargs={"municipality": place.slug, "lang": lang, "need": need})
    )
    with translation.override(lang):
        label = need_label(need, municipality=place)
        cards = activity_cards(shown, lang=lang, municipality=place)
        qr = qr_svg(page, title=_("QR code of the guide's page for this need"))
    return {
        "municipality": place,
        "need": need,
        "need_label": label,
        "intro": texts.get(need),
        "rows": [{"card": c, "short": short_url(request, i)} for c, i in zip(cards, shown, strict=True)],
        "more": len(activities) - len(shown),
        "page_url": page,
        "qr": qr,
    }


def leaflet(request, municipality: str, lang: str, need: str):
    place, lang = guide_place_and_language(municipality, lang)
    return render_in(request, lang, "guide/leaflet.html", _leaflet_context(request, place, lang, need))


def leaflet_pdf(request, municipality: str, lang: str, need: str):
    """The leaflet through WeasyPrint with the bundled fonts, one A4 page."""
    place, lang = guide_place_and_language(municipality, lang)
    context = page_context(request, lang, _leaflet_context(request, place, lang, need))
    response = HttpResponse(render_leaflet_pdf(context=context, lang=lang), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{place.slug}-{need}-{lang}.pdf"'
    return response
