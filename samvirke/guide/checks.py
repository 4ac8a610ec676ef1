"""A guide language without its interface catalogue would show Danish words on its pages (decision 0032)."""

from pathlib import Path

from django.core.checks import Warning, register

from samvirke.core.languages import guide_languages

LOCALE = Path(__file__).parent / "locale"


@register()
def guide_catalogues(app_configs=None, **kwargs):
    return [
        Warning(
            f"The guide language {code!r} has no interface catalogue.",
            hint=f"cd samvirke/guide && ../../manage.py makemessages -l {code}, translate it, then `make messages`.",
            id="guide.W001",
        )
        for code in guide_languages()
        if not (LOCALE / code / "LC_MESSAGES" / "django.po").exists()
    ]
