"""Small template helpers for the policy pages: status badges, progress bars and numbers."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samvirke.policy import charts
from samvirke.policy.status import Status

register = template.Library()

# A symbol as well as a colour, so the status reads without colour (it is hidden from screen readers,
# which read the label).
SYMBOLS = {
    Status.ACHIEVED: "✓",
    Status.ON_TRACK: "●",
    Status.AT_RISK: "▲",
    Status.OFF_TRACK: "✕",
    Status.UNKNOWN: "?",
}


@register.inclusion_tag("policy/partials/status.html")
def status_badge(status: str):
    return {"status": status, "label": Status(status).label, "symbol": SYMBOLS.get(status, "?")}


@register.inclusion_tag("policy/partials/progress.html")
def progress_bar(progress, label=""):
    return {"progress": progress, "label": label or _("Progress")}


@register.filter
def number(value, unit=""):
    """A number as the visitor's language writes it, with its unit (12,5 %)."""
    return charts.fmt(value, unit or "")


@register.simple_tag(takes_context=True)
def edit_url(context, action: str, kind: str, pk=None) -> str:
    """The generic editor's address for a part, in the page's scope (`edit_scope` in the context):
    {"prefix": "part" | "programme_part" | "report_part", "args": [municipality slug, policy/programme slug or report id]}."""
    scope = context["edit_scope"]
    args = [*scope["args"], kind, *([pk] if pk is not None else [])]
    return reverse(f"policy:{scope['prefix']}_{action}", args=args)
