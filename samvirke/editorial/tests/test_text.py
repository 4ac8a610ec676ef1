import pytest

from samvirke.editorial.text import clean_text, count_links


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<script>alert(1)</script>Hej", "Hej"),
        ('<img src=x onerror="alert(1)">Billede', "Billede"),
        ("<b>fed</b> & <i>kursiv</i>", "fed & kursiv"),
        ("a < b og c > d", "a < b og c > d"),
        ("  mellemrum  ", "mellemrum"),
        ("nul\x00tegn\u202eomvendt", "nultegnomvendt"),
        ("linje 1\r\nlinje 2\n\n\n\nlinje 3", "linje 1\nlinje 2\n\nlinje 3"),
        ("", ""),
    ],
)
def test_clean_text_leaves_plain_text(raw, clean):
    assert clean_text(raw) == clean


def test_single_line_text_loses_its_line_breaks():
    assert clean_text("en\nto\ttre", multiline=False) == "en to tre"


def test_links_are_counted():
    assert count_links("se https://a.example og www.b.example, ikke a.example") == 2


def test_edition_counts_take_their_own_plural_forms():
    from django.utils import translation

    from samvirke.editorial.text import describe_counts

    with translation.override("da"):
        assert describe_counts({"new": 1, "changed": 2, "ended": 0, "removed": 1}) == (
            "1 ny, 2 ændrede, 0 afsluttede, 1 fjernet"
        )
    with translation.override("sv"):
        assert describe_counts({"new": 2, "changed": 1}) == "2 nya, 1 ändrad, 0 avslutade, 0 borttagna"
