"""A small bar chart of an entry's views per day, as inline SVG (no script, no style attribute:
the strict CSP holds, as in samvirke.policy.charts). The numbers are also in the SVG's <title>
and in the CSV export, so the chart is not the only way to read them."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 120, 24
INK = "#0a4f8f"


def views_sparkline(daily: list[int], *, label: str) -> SafeString:
    """Bars for `daily` (oldest first), scaled to the busiest day."""
    days = max(1, len(daily))
    top = max(daily or [0]) or 1
    step = WIDTH / days
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{HEIGHT - max(1, round(HEIGHT * n / top)):d}" '
        f'width="{max(1.0, step - 1):.1f}" height="{max(1, round(HEIGHT * n / top)):d}" fill="{INK}"/>'
        for i, n in enumerate(daily)
        if n
    )
    title = escape(
        _("%(label)s: %(total)s views in %(days)s days, at most %(top)s a day")
        % {"label": label, "total": sum(daily), "days": days, "top": max(daily or [0])}
    )
    return mark_safe(
        f'<svg class="sparkline" role="img" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>{bars}</svg>'
    )
