"""Slugs for addresses made from names people write in Danish and Swedish.

Django's slugify drops what Unicode cannot decompose into ASCII, so "Ærø Sprogcafé" lost its æ and
ø ("r-sprogcafe"). Those two are written out as Danes do (ae, oe) first; å, ä, ö and é decompose.
"""

from collections.abc import Callable

from django.utils.text import slugify

WRITTEN_OUT = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe"})


def make_slug(text: str, *, max_length: int = 180, fallback: str = "entry") -> str:
    return slugify(str(text).translate(WRITTEN_OUT))[:max_length].strip("-") or fallback


def unique_slug(
    text: str, *, taken: Callable[[str], bool], max_length: int = 180, fallback: str = "entry"
) -> str:
    """`make_slug(text)`, numbered ("-2", "-3" …) until `taken(slug)` says it is free."""
    base = make_slug(text, max_length=max_length, fallback=fallback)
    slug, number = base, 2
    while taken(slug):
        slug, number = f"{base}-{number}", number + 1
    return slug
