"""A one-page leaflet per need and language, for the library's and the language school's notice boards
(decision 0072): the need, its first activities with when, where and a short link, and a QR code of the
need's page. The same HTML is the printable page and, through WeasyPrint, the PDF, with the bundled
fonts so Arabic, Farsi and Tigrinya print as letters on a server that has no such font.
"""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from samvirke.guide.fonts import font_family, font_file_path

# As many activities as fit one A4 page in every guide language (checked by the tests); the rest are a
# scan away.
LEAFLET_ACTIVITIES = 6
STYLESHEETS = [Path(__file__).parent / "static" / "guide" / n for n in ("guide.css", "leaflet.css")]


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
