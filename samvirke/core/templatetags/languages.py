"""Language and weekday names in templates, from the one source (samvirke.core.languages)."""

from django import template

from samvirke.core import languages

register = template.Library()


@register.filter
def language_name(code: str) -> str:
    """{{ "ti"|language_name }} → "Tigrinya" in the active language."""
    return languages.language_name(code)


@register.filter
def language_names(codes) -> str:
    """{{ initiative.language_codes|language_names }} → "Arabisk, Dansk, Tigrinya"."""
    return languages.language_names(codes)
