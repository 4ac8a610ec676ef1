"""A one-page leaflet per need and language, for the library's and the language school's notice boards
(decision 0072): the need, its first activities with when, where and a short link, and a QR code of the
need's page. The same HTML is the printable page and, through WeasyPrint, the PDF, with the bundled
fonts so Arabic, Farsi and Tigrinya print as letters on a server that has no such font.
"""

from collections.abc import Callable
from pathlib import Path

from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.guide import selectors
from samvirke.guide.activity import activity_cards
from samvirke.guide.fonts import font_family, font_file_path
from samvirke.guide.models import Need
from samvirke.guide.needs import need_label
from samvirke.guide.share import qr_svg, short_code

# As many activities as fit one A4 page in every guide language (checked by the tests); the rest are a
# scan away.
LEAFLET_ACTIVITIES = 6
STYLESHEETS = [Path(__file__).parent / "static" / "guide" / n for n in ("guide.css", "leaflet.css")]


def get_leaflet_context(
    *, municipality: Municipality, lang: str, need: str, absolute: Callable[[str], str]
) -> dict:
    """What the leaflet shows; `absolute` turns a path into the address printed on paper. Raises Http404
    for a need that does not exist."""
    if need not in Need.values:
        raise Http404("No such need")
    activities = selectors.list_guide_activities(municipality=municipality, need=need)
    shown = activities[:LEAFLET_ACTIVITIES]
    page = absolute(
        reverse("guide:need", kwargs={"municipality": municipality.slug, "lang": lang, "need": need})
    )
    with translation.override(lang):
        cards = activity_cards(shown, lang=lang, municipality=municipality)
        label = need_label(need, municipality=municipality)
        qr = qr_svg(page, title=_("QR code of the guide's page for this need"))
    return {
        "municipality": municipality,
        "need": need,
        "need_label": label,
        "intro": selectors.get_guide_texts(municipality=municipality, language=lang).get(need),
        "rows": [
            {"card": card, "short": absolute(reverse("guide:short", kwargs={"code": short_code(i.pk)}))}
            for card, i in zip(cards, shown, strict=True)
        ],
        "more": len(activities) - len(shown),
        "page_url": page,
        "qr": qr,
    }


def _font_face(lang: str) -> str:
    # Named first in the PDF's font list, so the bundled font (not some other font on the server that
    # happens to cover the script) is the one embedded.
    path = font_file_path(lang)
    if path is None:
        return ""
    family = font_family(lang)
    return (
        f'@font-face{{font-family:"{family}";src:url("{path.as_uri()}") format("woff2")}}'
        f'html{{font-family:"{family}","DejaVu Sans",sans-serif}}'
    )


def render_leaflet_pdf(*, context: dict, lang: str) -> bytes:
    """The leaflet as PDF bytes (one A4 page)."""
    # WeasyPrint is heavy to import (Pango, fontTools); only the PDF needs it.
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    with translation.override(lang):
        html = render_to_string("guide/leaflet.html", {**context, "pdf": True})
    fonts = FontConfiguration()  # @font-face rules load only through one
    stylesheets = [CSS(filename=str(path), font_config=fonts) for path in STYLESHEETS]
    if face := _font_face(lang):
        stylesheets.append(CSS(string=face, font_config=fonts))
    return HTML(string=html, base_url=str(STYLESHEETS[0].parent)).write_pdf(
        stylesheets=stylesheets, font_config=fonts, pdf_version="1.4"
    )
