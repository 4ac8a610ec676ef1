"""Showing guide text honestly: a fallback, a machine draft or an outdated translation carries a label."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.translation import gettext as _

from samvirke.core.languages import is_rtl

register = template.Library()


def _note(value) -> str:
    if value.is_fallback:
        # Two sentences, not a glued language name: each is translated whole.
        return (
            _("Not translated yet: shown in Swedish")
            if value.language == "sv"
            else _("Not translated yet: shown in Danish")
        )
    if value.is_machine:
        return _("Machine translation, not checked by a person")
    if value.is_outdated:
        return _("This translation may be out of date")
    return ""


@register.simple_tag
def gtext(value, multiline=False, note=True):
    """The text in a span (or div) with its own `lang` and `dir`, and a visible label when needed."""
    if value is None or not value.text:
        return ""
    body = linebreaksbr(value.text) if multiline else value.text
    direction = "rtl" if is_rtl(value.language) else "ltr"
    label = _note(value) if note else ""
    element = "div" if multiline else "span"
    html = format_html('<{0} lang="{1}" dir="{2}">{3}</{0}>', element, value.language, direction, body)
    if label:
        html += format_html(' <small class="note">{}</small>', label)
    return html


@register.simple_tag
def gnote(value):
    """Only the label of a text (when its text is shown somewhere without one)."""
    label = _note(value) if value is not None and value.text else ""
    return format_html('<small class="note">{}</small>', label) if label else ""


@register.filter
def is_labelled(value) -> bool:
    return bool(value and value.text and (value.is_fallback or value.is_machine or value.is_outdated))
