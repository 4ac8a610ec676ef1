"""Progress of action programmes, rolled up from actions (decision 0021).

An action's progress is the percentage its status carries. A group of actions (a focus point, a
theme, a focus area, a programme, a whole policy) shows the weighted mean of its actions:

    progress = Σ (progress × weight) / Σ weight      (an action without a weight counts as 1)

Each action counts once in a group, however many of the group's focus points it serves. Pure
functions over already loaded actions, so the arithmetic is tested without a database.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Progress:
    percent: Decimal | None  # None: the group has no actions
    actions: int = 0
    weight: Decimal = Decimal(0)

    @property
    def rounded(self) -> int | None:
        """Whole percent for display and for <progress value>."""
        return None if self.percent is None else int(self.percent.quantize(Decimal(1), ROUND_HALF_UP))


NO_ACTIONS = Progress(None)


def weighted_progress(actions: Iterable) -> Progress:
    """The weighted mean progress of `actions` (objects with .progress and .effective_weight)."""
    total_weight = Decimal(0)
    weighted_sum = Decimal(0)
    count = 0
    for action in actions:
        weight = Decimal(action.effective_weight)
        total_weight += weight
        weighted_sum += Decimal(action.progress) * weight
        count += 1
    if count == 0 or total_weight == 0:
        return NO_ACTIONS
    return Progress((weighted_sum / total_weight).quantize(ONE_DECIMAL, ROUND_HALF_UP), count, total_weight)


@dataclass
class Rollup:
    total: Progress = NO_ACTIONS
    focus_points: dict[int, Progress] = field(default_factory=dict)
    themes: dict[int, Progress] = field(default_factory=dict)
    focus_areas: dict[int, Progress] = field(default_factory=dict)

    def for_focus_point(self, pk: int) -> Progress:
        return self.focus_points.get(pk, NO_ACTIONS)

    def for_theme(self, pk: int) -> Progress:
        return self.themes.get(pk, NO_ACTIONS)

    def for_focus_area(self, pk: int) -> Progress:
        return self.focus_areas.get(pk, NO_ACTIONS)


def roll_up(actions: Iterable) -> Rollup:
    """Progress per focus point, theme and focus area, and in total.

    Each action needs `.focus_points.all()` prefetched (objects with pk, theme_id, focus_area_id).
    Actions that serve no focus point count only in the total.
    """
    actions = list(actions)
    by_point: dict[int, dict] = defaultdict(dict)
    by_theme: dict[int, dict] = defaultdict(dict)
    by_area: dict[int, dict] = defaultdict(dict)
    for action in actions:
        # Keyed by the action's id, so an action serving two points of one theme counts once there.
        for point in action.focus_points.all():
            by_point[point.pk][action.pk] = action
            if point.theme_id:
                by_theme[point.theme_id][action.pk] = action
            by_area[point.focus_area_id][action.pk] = action
    return Rollup(
        total=weighted_progress(actions),
        focus_points={pk: weighted_progress(group.values()) for pk, group in by_point.items()},
        themes={pk: weighted_progress(group.values()) for pk, group in by_theme.items()},
        focus_areas={pk: weighted_progress(group.values()) for pk, group in by_area.items()},
    )
