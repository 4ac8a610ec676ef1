"""The status of an indicator, computed from its measurements, never typed (decision 0020).

`assess()` is a pure function of the indicator's settings and its measurements, so the rule can be
tested case by case without a database. Each outcome carries the name of the case that decided
it; the decision record lists the same names.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

OWN = "own"
COMPARATOR = "comparator"
HIGHER = "higher"
TARGET = "target"
# Behind the planned line by at most this share of the planned change is "at risk", not "off track".
TOLERANCE = Decimal("0.10")


class Status(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OFF_TRACK = "off_track", _("Off track")
    ACHIEVED = "achieved", _("Achieved")
    UNKNOWN = "unknown", _("Not enough data")


# Worst first: a success criterion shows the worst status of its indicators.
SEVERITY = [Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.ACHIEVED]


@dataclass(frozen=True)
class Point:
    series: str
    date: dt.date
    value: Decimal


@dataclass(frozen=True)
class Assessment:
    status: str
    case: str
    reason: str
    date: dt.date | None = None  # the date of the measurement that was judged
    value: Decimal | None = None
    expected: Decimal | None = None  # the planned value on that date (target indicators)
    comparator: Decimal | None = None  # the comparator on that date (comparator indicators)
    projected: Decimal | None = None  # where the trend leads by the deadline

    @property
    def label(self) -> str:
        return Status(self.status).label


def _better(a: Decimal, b: Decimal, direction: str) -> bool:
    """a is at least as good as b."""
    return a >= b if direction == HIGHER else a <= b


def _strictly_better(a: Decimal, b: Decimal, direction: str) -> bool:
    return a > b if direction == HIGHER else a < b


def _days(a: dt.date, b: dt.date) -> Decimal:
    return Decimal((b - a).days)


def assess(
    *,
    direction: str,
    comparison: str,
    baseline_value: Decimal | None,
    baseline_date: dt.date | None,
    target_value: Decimal | None,
    target_date: dt.date | None,
    points: Iterable[Point],
    as_of: dt.date,
) -> Assessment:
    """The status of one indicator on `as_of`, judged from the measurements dated on or before it."""
    points = sorted((p for p in points if p.date <= as_of), key=lambda p: p.date)
    own = [p for p in points if p.series == OWN]
    if comparison == COMPARATOR:
        comparator = {p.date: p.value for p in points if p.series == COMPARATOR}
        return _against_comparator(direction, own, comparator, target_date, as_of)
    return _against_target(direction, own, baseline_value, baseline_date, target_value, target_date, as_of)


def _against_target(direction, own, baseline_value, baseline_date, target_value, target_date, as_of):
    if not own:
        return Assessment(Status.UNKNOWN, "no-measurement", _("No measurement yet."))
    latest = own[-1]
    if target_value is None or target_date is None:
        return Assessment(
            Status.UNKNOWN, "no-target", _("The indicator has no target."), latest.date, latest.value
        )
    if _better(latest.value, target_value, direction):
        return Assessment(
            Status.ACHIEVED, "target-reached", _("The latest measurement reaches the target."), *_at(latest)
        )
    if latest.date >= target_date or as_of > target_date:
        return Assessment(
            Status.OFF_TRACK,
            "deadline-passed",
            _("The deadline has passed and the target was not reached."),
            *_at(latest),
        )
    # The planned line runs from the baseline (or, without one, the first measurement) to the target.
    if baseline_value is not None and baseline_date is not None and baseline_date < latest.date:
        start_date, start_value = baseline_date, baseline_value
        earlier = [p for p in own[:-1] if p.date > baseline_date]
    elif len(own) > 1:
        start_date, start_value = own[0].date, own[0].value
        earlier = own[1:-1]
    else:
        return Assessment(
            Status.UNKNOWN,
            "no-starting-point",
            _("One measurement and no baseline: there is no trajectory to judge yet."),
            *_at(latest),
        )
    span = _days(start_date, target_date)
    planned_change = target_value - start_value
    expected = start_value + planned_change * _days(start_date, latest.date) / span
    # The trend is the change since the previous measurement (or the starting point), carried on.
    previous_date, previous_value = (
        (earlier[-1].date, earlier[-1].value) if earlier else (start_date, start_value)
    )
    slope = (latest.value - previous_value) / _days(previous_date, latest.date)
    projected = latest.value + slope * _days(latest.date, target_date)
    details = (latest.date, latest.value, _q(expected), None, _q(projected))
    if _better(latest.value, expected, direction):
        return Assessment(
            Status.ON_TRACK, "ahead-of-plan", _("At or ahead of the straight line to the target."), *details
        )
    behind = abs(expected - latest.value)
    if behind <= abs(planned_change) * TOLERANCE:
        return Assessment(
            Status.AT_RISK,
            "slightly-behind-plan",
            _("Slightly behind the straight line to the target (by at most a tenth of the planned change)."),
            *details,
        )
    if _better(projected, target_value, direction):
        return Assessment(
            Status.AT_RISK,
            "behind-plan-trend-reaches-target",
            _("Behind the line, but the latest trend would reach the target by the deadline."),
            *details,
        )
    return Assessment(
        Status.OFF_TRACK,
        "behind-plan-trend-misses-target",
        _("Behind the line, and the latest trend does not reach the target by the deadline."),
        *details,
    )


def _against_comparator(direction, own, comparator, deadline, as_of):
    common = [p for p in own if p.date in comparator]
    if not common:
        return Assessment(
            Status.UNKNOWN,
            "no-common-date",
            _("No date has both a measurement and a comparator value to compare with."),
        )
    latest = common[-1]
    versus = comparator[latest.date]
    details = (latest.date, latest.value, None, versus)
    if _strictly_better(latest.value, versus, direction):
        if deadline is not None and latest.date >= deadline:
            return Assessment(
                Status.ACHIEVED,
                "better-than-comparator-at-deadline",
                _("Better than the comparator at the same date, at or after the deadline."),
                *details,
            )
        return Assessment(
            Status.ON_TRACK,
            "better-than-comparator",
            _("Better than the comparator at the same date; the deadline is still ahead."),
            *details,
        )
    if deadline is not None and (latest.date >= deadline or as_of > deadline):
        return Assessment(
            Status.OFF_TRACK,
            "not-better-after-deadline",
            _("Not better than the comparator, and the deadline has passed."),
            *details,
        )
    gap = abs(latest.value - versus)
    if len(common) > 1:
        before = common[-2]
        previous_gap = abs(before.value - comparator[before.date])
        if gap < previous_gap:
            # Closing in: carry the narrowing on to the deadline (without one, closing in is enough).
            per_day = (previous_gap - gap) / _days(before.date, latest.date)
            closes = deadline is None or gap - per_day * _days(latest.date, deadline) <= 0
            if closes:
                return Assessment(
                    Status.AT_RISK,
                    "not-better-but-closing-in",
                    _("Not yet better than the comparator, but the gap is closing fast enough."),
                    *details,
                )
    return Assessment(
        Status.OFF_TRACK,
        "not-better-and-not-closing-in",
        _("Not better than the comparator, and the gap is not closing fast enough."),
        *details,
    )


def _at(point: Point) -> tuple:
    return (point.date, point.value)


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def worst(statuses: Iterable[str]) -> str:
    """The status a group shows: the worst known status of its members, or unknown."""
    known = [status for status in statuses if status in SEVERITY]
    return min(known, key=SEVERITY.index) if known else Status.UNKNOWN


def assess_indicator(indicator, *, as_of: dt.date) -> Assessment:
    """The status of an Indicator, from its (prefetched) measurements."""
    return assess(
        direction=indicator.direction,
        comparison=indicator.comparison,
        baseline_value=indicator.baseline_value,
        baseline_date=indicator.baseline_date,
        target_value=indicator.target_value,
        target_date=indicator.target_date or indicator.criterion.deadline,
        points=[Point(m.series, m.date, m.value) for m in indicator.measurements.all()],
        as_of=as_of,
    )
