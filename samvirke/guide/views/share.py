"""Sharing and printing (decision 0072): short links, QR codes, and a leaflet per need as a page and a PDF."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers

from samvirke.guide import selectors
from samvirke.guide.languages import preferred_language
from samvirke.guide.leaflet import get_leaflet_context, render_leaflet_pdf
from samvirke.guide.share import pk_from_code, qr_svg_file, short_url
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
    return HttpResponse(qr_svg_file(short_url(request, initiative)), content_type="image/svg+xml")


def leaflet(request, municipality: str, lang: str, need: str):
    place, lang = guide_place_and_language(municipality, lang)
    return render_in(
        request,
        lang,
        "guide/leaflet.html",
        get_leaflet_context(municipality=place, lang=lang, need=need, absolute=request.build_absolute_uri),
    )


def leaflet_pdf(request, municipality: str, lang: str, need: str):
    """The leaflet through WeasyPrint with the bundled fonts, one A4 page."""
    place, lang = guide_place_and_language(municipality, lang)
    context = page_context(
        request,
        lang,
        get_leaflet_context(municipality=place, lang=lang, need=need, absolute=request.build_absolute_uri),
    )
    response = HttpResponse(render_leaflet_pdf(context=context, lang=lang), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{place.slug}-{need}-{lang}.pdf"'
    return response
