"""The guide's languages: codes from settings (through policy.gaps.guide_languages), names in their own script."""

from django.conf import settings
from django.utils.translation import get_language_info

from samvirke.policy.gaps import guide_languages

# Each language named in itself, for the language picker. A language added by settings without a
# name here takes the name given in settings.GUIDE_LANGUAGES as (code, name), or Django's.
NATIVE_NAMES = {
    "ar": "العربية",
    "uk": "Українська",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "fa": "دری / فارسی",
    "en": "English",
    "da": "Dansk",
    "sv": "Svenska",
}


def guide_language_codes() -> list[str]:
    return guide_languages()


def native_name(code: str) -> str:
    for item in getattr(settings, "GUIDE_LANGUAGES", None) or []:
        if isinstance(item, list | tuple) and item[0] == code and len(item) > 1:
            return str(item[1])
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


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
        for candidate in (tag, tag.split("-")[0], "fa" if tag.split("-")[0] == "prs" else ""):
            if candidate in codes:
                return candidate
    return fallback
