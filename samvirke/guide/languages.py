"""The guide's languages: codes from settings (through policy.gaps.guide_languages), names in their own script (CLDR)."""

from django.conf import settings

from samvirke.core.languages import language_name
from samvirke.policy.gaps import SERVES_GUIDE_LANGUAGE, guide_languages


def guide_language_codes() -> list[str]:
    return guide_languages()


def native_name(code: str) -> str:
    for item in getattr(settings, "GUIDE_LANGUAGES", None) or []:
        if isinstance(item, list | tuple) and item[0] == code and len(item) > 1:
            return str(item[1])
    # Each language named in itself (CLDR), for the picker; Dari/Farsi names both of its readers.
    served = [spoken for spoken, guide in SERVES_GUIDE_LANGUAGE.items() if guide == code]
    return " / ".join(language_name(name, language=code) for name in [*served, code])


def is_rtl(code: str) -> bool:
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def guide_languages_info() -> list[dict]:
    return [
        {"code": code, "name": native_name(code), "dir": "rtl" if is_rtl(code) else "ltr"}
        for code in guide_language_codes()
    ]


def preferred_language(accept_language: str, *, fallback: str) -> str:
    """The first guide language in an Accept-Language header (quality-ordered), else `fallback`."""
    codes = set(guide_language_codes())
    ranked = []
    for position, part in enumerate(accept_language.split(",")):
        piece = part.strip().split(";")
        tag = piece[0].strip().lower()
        quality = 1.0
        for parameter in piece[1:]:
            if parameter.strip().startswith("q="):
                try:
                    quality = float(parameter.strip()[2:])
                except ValueError:
                    quality = 0.0
        if tag:
            ranked.append((-quality, position, tag))
    for _quality, _position, tag in sorted(ranked):
        for candidate in (tag, tag.split("-")[0], SERVES_GUIDE_LANGUAGE.get(tag.split("-")[0], "")):
            if candidate in codes:
                return candidate
    return fallback
