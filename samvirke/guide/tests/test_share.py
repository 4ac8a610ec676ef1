"""Short links, QR codes and leaflets (decision 0072); the PDF leaflets carry the bundled fonts."""

import io

import pytest
from django.urls import reverse
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from samvirke.guide.leaflet import LEAFLET_ACTIVITIES
from samvirke.guide.share import ALPHABET, pk_from_code, short_code
from samvirke.guide.tests.factories import InitiativeFactory, ScheduleFactory, translation_of

pytestmark = pytest.mark.django_db


def test_short_codes_round_trip_and_refuse_what_is_not_a_code():
    for pk in [1, 30, 31, 961, 123_456_789]:
        assert pk_from_code(short_code(pk)) == pk
        assert set(short_code(pk)) <= set(ALPHABET)
    assert pk_from_code("0OIl") is None and pk_from_code("") is None


@pytest.mark.parametrize(("accept", "lang"), [("ti,en;q=0.5", "ti"), ("ar-SY", "ar"), ("pl", "da")])
def test_a_short_link_opens_the_activity_in_the_readers_language(client, world, accept, lang):
    answer = client.get(reverse("guide:short", args=[short_code(world.cafe.pk)]), HTTP_ACCEPT_LANGUAGE=accept)
    assert answer.status_code == 302
    assert answer["Location"] == f"/holstebro/guide/{lang}/a/sprogcafeen/"
    assert "Accept-Language" in answer["Vary"]


def test_a_short_link_to_nothing_the_guide_shows_is_not_found(client, world):
    ended = InitiativeFactory(municipality=world.holstebro, status="ended")
    assert client.get(reverse("guide:short", args=[short_code(ended.pk)])).status_code == 404
    assert client.get(reverse("guide:short", args=[short_code(99_999_999)])).status_code == 404
    assert client.get("/g/0000").status_code == 404


def test_the_printable_page_shows_the_qr_code_and_the_short_link(client, world):
    html = client.get("/holstebro/guide/ar/a/sprogcafeen/print/").content.decode()
    assert 'src="/holstebro/guide/ar/a/sprogcafeen/qr.svg"' in html
    assert f"http://testserver/g/{short_code(world.cafe.pk)}" in html
    svg = client.get("/holstebro/guide/ar/a/sprogcafeen/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg.content.lstrip().startswith(b"<?xml") or svg.content.lstrip().startswith(b"<svg")


def test_the_leaflet_lists_the_needs_activities_with_short_links_and_a_qr_code(client, world):
    html = client.get("/holstebro/guide/ar/need/learn-language/leaflet/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Sprogcaféen" in html and f"/g/{short_code(world.cafe.pk)}" in html
    assert '<svg viewBox="0 0' in html  # the QR code, inline
    assert client.get("/holstebro/guide/ar/need/nonsense/leaflet/").status_code == 404


def _embedded_fonts(pdf: bytes) -> dict[str, int]:
    """Each embedded font's name and how many glyphs its embedded program has (a subset of what is shown:
    a font that could not draw the text would hold only .notdef)."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)[
                "/FontDescriptor"
            ].get_object()
            program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") or descriptor["/FontFile"]
            glyphs = TTFont(io.BytesIO(program.get_object().get_data())).getGlyphOrder()
            fonts[str(font["/BaseFont"])] = len(glyphs)
    return fonts


@pytest.mark.parametrize(
    ("lang", "text", "font"),
    [
        ("ti", "ቋንቋ ካፈ", "NotoSansEthiopic"),
        ("ar", "مقهى اللغة", "NotoSansArabic"),
        ("fa", "کافه زبان", "NotoSansArabic"),
    ],
)
def test_the_pdf_leaflet_is_one_page_with_the_bundled_font_for_the_script(client, world, lang, text, font):
    translation_of(world.cafe, "title", lang, text)
    # More activities than a leaflet shows, with long texts and two times each: still one page.
    for i in range(LEAFLET_ACTIVITIES):
        more = InitiativeFactory(
            municipality=world.holstebro,
            title=f"Dansk for voksne og unge, hold {i}",
            summary="Undervisning i dansk på alle niveauer, med hjælp til lektier og udtale. " * 2,
        )
        ScheduleFactory(initiative=more, byday="MO,WE", interval=1)
        ScheduleFactory(initiative=more, byday="SA", interval=1)
    answer = client.get(f"/holstebro/guide/{lang}/need/learn-language/leaflet.pdf")
    assert answer["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(answer.content))
    assert len(reader.pages) == 1
    fonts = _embedded_fonts(answer.content)
    # The bundled font drew at least as many distinct glyphs as the translated title has letters (the
    # page's interface words in the same script add more); WeasyPrint names it after its CSS family.
    letters = len(set(text.replace(" ", "")))
    assert any(font in name.replace("-", "") and glyphs > letters for name, glyphs in fonts.items()), fonts
