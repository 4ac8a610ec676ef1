"""The guide's language picker and the reader's preferred language; codes and names live in core.languages."""

from django.conf import settings

from samvirke.core.languages import (
    SERVES_GUIDE_LANGUAGE,
    guide_languages,
    is_rtl,
    language_name,
    languages_served_by,
)


def native_name(code: str) -> str:
    """The guide language named in itself, for the picker; its other readers' language first
    ("دری / فارسی"). A name configured in settings.GUIDE_LANGUAGES wins."""
    for item in getattr(settings, "GUIDE_LANGUAGES", None) or []:
        if isinstance(item, list | tuple) and item[0] == code and len(item) > 1:
            return str(item[1])
    return " / ".join(language_name(name, language=code) for name in [*languages_served_by(code), code])


def guide_languages_info() -> list[dict]:
    return [
        {"code": code, "name": native_name(code), "dir": "rtl" if is_rtl(code) else "ltr"}
        for code in guide_languages()
    ]


def preferred_language(accept_language: str, *, fallback: str) -> str:
    """The first guide language in an Accept-Language header (quality-ordered), else `fallback`."""
    codes = set(guide_languages())
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
