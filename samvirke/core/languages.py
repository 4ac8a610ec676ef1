"""ISO 639 language codes: which exist, and what they are called."""

from functools import cache

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@cache
def _known_codes() -> frozenset[str]:
    codes = set()
    for language in pycountry.languages:
        codes.add(language.alpha_3)
        if hasattr(language, "alpha_2"):
            codes.add(language.alpha_2)
    return frozenset(codes)


def is_language_code(code: str) -> bool:
    return code in _known_codes()


def validate_language_code(value: str) -> None:
    """Accept an ISO 639-1 (two letters) or ISO 639-3 (three letters) code, in lower case."""
    if not is_language_code(value):
        raise ValidationError(
            _("“%(code)s” is not an ISO 639-1 or ISO 639-3 language code (for example “da”, “ar”, “prs”)."),
            code="unknown_language",
            params={"code": value},
        )


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself when unknown."""
    language = (
        pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    )
    return language.name if language else code
