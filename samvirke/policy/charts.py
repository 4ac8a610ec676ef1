"""Server-rendered, accessible SVG line charts for indicators (decision 0020, "Charts").

No chart library and no script: the SVG is built here and embedded in the page and in the PDF.
It is readable without colour: each series has its own marker shape and dash pattern, every
line ends in a text label, and a legend names them; `<title>`/`<desc>` describe the chart and
the page shows the same numbers in a table beside it. Only presentation attributes are used
(no `style`), so the strict CSP holds.
"""

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH, PLOT_HEIGHT = 640, 240
LEFT, RIGHT, TOP = 56, 234, 28
LABEL_CHARS = 26
INK = "#1b1b1b"
GRID = "#d0d0d0"
# Colours differ, but so do markers and dashes: the chart reads the same in black and white.
STYLES = {
    "own": {"stroke": "#0a4f8f", "dash": "", "marker": "circle", "width": 3},
    "comparator": {"stroke": "#8a4b00", "dash": "8 5", "marker": "square", "width": 2.5},
    "target": {"stroke": "#1d6b32", "dash": "2 4", "marker": "diamond", "width": 2},
}


@dataclass
class Series:
    key: str  # "own", "comparator" or "target"
    label: str
    points: list[tuple[dt.date, Decimal]]


@dataclass
class Chart:
    id: str
    title: str
    description: str
    unit: str
    series: list[Series]
    svg: SafeString = field(default=mark_safe(""))
    rows: list[dict] = field(default_factory=list)  # the data table: {"date", "values": [str per series]}


def fmt(value: Decimal | float | None, unit: str = "") -> str:
    """A number as people read it in the active language (12,5 in Danish), without trailing zeros."""
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral() else min(2, max(1, -value.normalize().as_tuple().exponent))
    text = number_format(value, decimal_pos=places, use_l10n=True)
    if not unit:
        return text
    return f"{text} %" if unit == "%" else f"{text} {unit}"


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high == low:
        high, low = high + 1, low - 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.001 or len(ticks) < 2:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
    if kind == "square":
        return (
            f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="#fff" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
    return (
        f'<path d="M{x:.1f} {y - 6:.1f} L{x + 6:.1f} {y:.1f} L{x:.1f} {y + 6:.1f} L{x - 6:.1f} {y:.1f} Z" '
        f'fill="{colour}" stroke="#fff" stroke-width="1"/>'
    )


def _spread(labels: list[list], gap: float = 16.0) -> None:
    """Move end labels apart vertically so none overlap ([y, text, key] lists, changed in place)."""
    labels.sort(key=lambda item: item[0])
    for index in range(1, len(labels)):
        if labels[index][0] - labels[index - 1][0] < gap:
            labels[index][0] = labels[index - 1][0] + gap


def render(chart: Chart) -> Chart:
    """Fill `chart.svg` and `chart.rows` from its series. An empty chart gets neither."""
    series = [s for s in chart.series if s.points]
    if not series:
        return chart
    dates = sorted({d for s in series for d, _v in s.points})
    values = [float(v) for s in series for _d, v in s.points]
    ticks = _nice_ticks(min(values), max(values))
    y_low, y_high = ticks[0], ticks[-1]
    first, last = dates[0], dates[-1]
    span = max((last - first).days, 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, PLOT_HEIGHT
    height = TOP + plot_h + 34 + 22 * len(series)

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - first).days / span

    def y(value) -> float:
        return TOP + plot_h * (1 - (float(value) - y_low) / (y_high - y_low))

    ident = escape(chart.id)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" class="chart" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="sans-serif" font-size="13">',
        f'<title id="{ident}-title">{escape(chart.title)}</title>',
        f'<desc id="{ident}-desc">{escape(chart.description)}</desc>',
    ]
    for tick in ticks:
        ty = y(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LEFT - 8}" y="{ty + 4:.1f}" text-anchor="end" fill="{INK}">'
            f"{escape(fmt(Decimal(str(tick))))}</text>"
        )
    parts.append(
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" stroke="{INK}"/>'
    )
    years = list(range(first.year + (0 if first == dt.date(first.year, 1, 1) else 1), last.year + 1))
    step = max(1, math.ceil(len(years) / 8))
    for year in years[::step]:
        tx = x(dt.date(year, 1, 1))
        parts.append(
            f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{TOP + plot_h}" y2="{TOP + plot_h + 5}" stroke="{INK}"/>'
        )
        parts.append(
            f'<text x="{tx:.1f}" y="{TOP + plot_h + 20}" text-anchor="middle" fill="{INK}">{year}</text>'
        )
    if chart.unit:
        parts.append(
            f'<text x="{LEFT - 8}" y="{TOP - 14}" text-anchor="end" fill="{INK}">{escape(chart.unit)}</text>'
        )
    end_labels = []
    for item in series:
        style = STYLES[item.key]
        coords = [(x(d), y(v)) for d, v in sorted(item.points)]
        if len(coords) > 1:
            dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in coords)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{style["stroke"]}" '
                f'stroke-width="{style["width"]}"{dash}/>'
            )
        parts.extend(_marker(style["marker"], px, py, style["stroke"]) for px, py in coords)
        _last_date, last_value = sorted(item.points)[-1]
        name = item.label if len(item.label) <= LABEL_CHARS - 8 else item.label[: LABEL_CHARS - 9] + "…"
        end_labels.append([coords[-1][1], f"{name}: {fmt(last_value, chart.unit)}", item.key])
    _spread(end_labels)
    for label_y, text, key in end_labels:
        parts.append(_marker(STYLES[key]["marker"], LEFT + plot_w + 14, label_y, STYLES[key]["stroke"]))
        parts.append(
            f'<text x="{LEFT + plot_w + 24}" y="{label_y + 4:.1f}" fill="{INK}" font-size="12">{escape(text)}</text>'
        )
    # The legend, one line per series: a sample of the line with its marker, and its full name.
    legend_x = LEFT
    for index, item in enumerate(series):
        legend_y = TOP + plot_h + 42 + 22 * index
        style = STYLES[item.key]
        dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
        parts.append(
            f'<line x1="{legend_x}" x2="{legend_x + 34}" y1="{legend_y}" y2="{legend_y}" '
            f'stroke="{style["stroke"]}" stroke-width="{style["width"]}"{dash}/>'
        )
        parts.append(_marker(style["marker"], legend_x + 17, legend_y, style["stroke"]))
        parts.append(f'<text x="{legend_x + 42}" y="{legend_y + 4}" fill="{INK}">{escape(item.label)}</text>')
    parts.append("</svg>")
    # Every text part above went through escape(); the markup is ours.
    chart.svg = mark_safe("".join(parts))
    chart.rows = _rows(chart, series)
    return chart


def _rows(chart: Chart, series: list[Series]) -> list[dict]:
    by_series = [dict(s.points) for s in series]
    return [
        {
            "date": date_format(day, "SHORT_DATE_FORMAT"),
            "values": [fmt(values.get(day)) for values in by_series],
        }
        for day in sorted({d for s in series for d, _v in s.points})
    ]


def indicator_chart(indicator, *, own_label: str, as_of: dt.date | None = None) -> Chart:
    """The chart of an Indicator: its own series, the comparator series and the planned line to the target."""
    own, comparator = [], []
    for measurement in indicator.measurements.all():
        if as_of is not None and measurement.date > as_of:
            continue
        (own if measurement.series == "own" else comparator).append((measurement.date, measurement.value))
    series = [Series("own", own_label, own)]
    if comparator:
        series.append(Series("comparator", indicator.comparator_name or _("Comparator"), comparator))
    planned = []
    if indicator.baseline_value is not None and indicator.baseline_date:
        planned.append((indicator.baseline_date, indicator.baseline_value))
    if indicator.target_value is not None and indicator.target_date:
        planned.append((indicator.target_date, indicator.target_value))
        series.append(Series("target", _("Plan to the target"), planned))
    unit = indicator.unit
    description = _(
        "%(own)s from %(first)s to %(last)s%(comparator)s%(target)s. The numbers are in the table beside the chart."
    ) % {
        "own": own_label,
        "first": date_format(own[0][0], "SHORT_DATE_FORMAT") if own else "–",
        "last": date_format(own[-1][0], "SHORT_DATE_FORMAT") if own else "–",
        "comparator": (_(", compared with %(name)s") % {"name": indicator.comparator_name})
        if comparator
        else "",
        "target": (
            _("; target %(value)s by %(date)s")
            % {
                "value": fmt(indicator.target_value, unit),
                "date": date_format(indicator.target_date, "SHORT_DATE_FORMAT"),
            }
        )
        if indicator.target_value is not None and indicator.target_date
        else "",
    }
    chart = Chart(
        id=f"indicator-{indicator.pk}",
        title=indicator.name,
        description=description,
        unit=unit,
        series=series,
    )
    return render(chart)
