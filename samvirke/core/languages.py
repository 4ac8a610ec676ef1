"""Languages and weekdays: which ISO 639 codes exist (pycountry), and what languages and weekdays are
called in the reader's language (CLDR through Babel). The one place names come from (decision 0060)."""

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# CLDR names Dari as Persian of Afghanistan; ISO 639-3 gives it a code of its own.
CLDR_KEYS = {"prs": "fa_AF"}
# iCalendar's day codes in CLDR's order (Monday = 0).
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


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


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def _reader(language: str | None) -> Locale:
    return _locale(language or get_language() or "en")


def _capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _language_name(code: str, reader: Locale) -> str:
    key = CLDR_KEYS.get(code, code)
    name = reader.languages.get(key) or _locale("en").languages.get(key)
    if name:
        return _capfirst(name)
    # Codes CLDR does not name (rare ISO 639-3 ones): pycountry's English name, else the code.
    language = (
        pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    )
    return language.name if language else code


def language_name(code: str, *, language: str | None = None) -> str:
    """What the language `code` is called in `language` (the active one by default), capitalised as a
    label: CLDR's name in the reader's locale, else CLDR's English name, else the code itself."""
    return _language_name(code, _reader(language))


def language_names(codes, *, language: str | None = None) -> str:
    """Several languages by name, in the order given ("Arabisk, Dansk, Tigrinya")."""
    return ", ".join(language_name(code, language=language) for code in codes or [])


def language_choices(codes, *, language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in the reader's language, for a picker."""
    return sorted(((code, language_name(code, language=language)) for code in codes), key=lambda c: c[1])


def all_language_choices(*, language: str | None = None) -> list[tuple[str, str]]:
    """Every language CLDR names in the reader's language and ISO 639 knows (codes of 2 or 3 letters)."""
    reader = _reader(language)
    codes = {key for key in reader.languages if key.isalpha() and key.islower() and is_language_code(key)}
    return language_choices(codes | set(CLDR_KEYS), language=language)


def weekday_name(day: str, *, language: str | None = None) -> str:
    """The name of an iCalendar day code ("TU") in the reader's language, capitalised ("Tirsdag")."""
    return _capfirst(_reader(language).days["format"]["wide"][WEEKDAYS.index(day)])


def long_date(value, *, language: str | None = None) -> str:
    """A date as the reader writes it ("3. december 2026", "٣ ديسمبر ٢٠٢٦"), CLDR's long format."""
    return format_date(value, format="long", locale=_reader(language))


def weekday_choices(*, language: str | None = None) -> list[tuple[str, str]]:
    return [(day, weekday_name(day, language=language)) for day in WEEKDAYS]


# The languages offered as tick boxes wherever people pick languages: those newcomers to Denmark
# and Sweden speak most, and the guide's. Any other ISO 639 code is still accepted (API, CSV).
OFFERED_LANGUAGES = [
    "da", "sv", "en", "de", "ar", "fa", "prs", "ps", "ku", "ckb", "kmr", "so", "ti", "am",
    "uk", "ru", "pl", "ro", "lt", "bs", "tr", "ur", "ta", "vi", "th", "fr", "es",
]  # fmt: skip


# --- the newcomers' guide ----------------------------------------------------------------------
DEFAULT_GUIDE_LANGUAGES = ["ar", "uk", "so", "ti", "fa", "en", "da", "sv"]
# Activities in a language count for the guide language its speakers read: Dari speakers read the
# guide's Dari/Farsi pages ("fa"), so an activity in Dari ("prs") serves them.
SERVES_GUIDE_LANGUAGE = {"prs": "fa"}


def guide_languages() -> list[str]:
    """The languages the newcomers' guide speaks: settings.GUIDE_LANGUAGES (codes or (code, name)) or the default."""
    configured = getattr(settings, "GUIDE_LANGUAGES", None) or DEFAULT_GUIDE_LANGUAGES
    return [item[0] if isinstance(item, list | tuple) else item for item in configured]


def languages_served_by(code: str) -> list[str]:
    """The spoken languages whose readers a guide language serves besides its own ("fa": ["prs"])."""
    return [spoken for spoken, guide in SERVES_GUIDE_LANGUAGE.items() if guide == code]


def guide_language_name(code: str, *, language: str | None = None) -> str:
    """The guide language's name with the languages counted for it ("Persisk / Dari"), in `language`
    (the active one by default)."""
    return " / ".join(language_name(name, language=language) for name in [code, *languages_served_by(code)])


def is_rtl(code: str) -> bool:
    return code.split("-")[0] in settings.LANGUAGES_BIDI
