"""Weighted progress roll-up arithmetic (decision 0021)."""

from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from samvirke.policy.rollup import NO_ACTIONS, Progress, roll_up, weighted_progress


@dataclass
class Point:
    pk: int
    focus_area_id: int
    theme_id: int | None = None


class Points(list):
    def all(self):
        return self


@dataclass
class Act:
    pk: int
    progress: int
    weight: Decimal | None = None
    points: list = field(default_factory=list)

    @property
    def effective_weight(self):
        return self.weight if self.weight is not None else Decimal(1)

    @property
    def focus_points(self):
        return Points(self.points)


def test_no_actions_have_no_progress():
    assert weighted_progress([]) == NO_ACTIONS
    assert NO_ACTIONS.percent is None and NO_ACTIONS.rounded is None


def test_without_weights_progress_is_the_plain_mean():
    result = weighted_progress([Act(1, 0), Act(2, 50), Act(3, 100)])
    assert result == Progress(Decimal("50.0"), 3, Decimal(3))


def test_weights_count_proportionally():
    # (100 × 3 + 0 × 1) / 4 = 75
    assert weighted_progress([Act(1, 100, Decimal(3)), Act(2, 0)]).percent == Decimal("75.0")


def test_actions_without_a_weight_count_as_one():
    # (60 × 2 + 30 × 1 + 0 × 1) / 4 = 37.5
    result = weighted_progress([Act(1, 60, Decimal(2)), Act(2, 30), Act(3, 0, None)])
    assert result.percent == Decimal("37.5")
    assert result.rounded == 38  # half up
    assert result.weight == Decimal(4)


def test_fractional_weights_summing_to_one_match_decidims_weighted_sum():
    # Decidim sums progress × weight when the weights are shares; dividing by Σ weight = 1 changes nothing.
    actions = [Act(1, 80, Decimal("0.25")), Act(2, 40, Decimal("0.75"))]
    assert weighted_progress(actions).percent == Decimal("50.0")


def test_rounding_keeps_one_decimal():
    assert weighted_progress([Act(1, 100), Act(2, 0), Act(3, 0)]).percent == Decimal("33.3")


def test_progress_rolls_up_to_points_themes_areas_and_the_total():
    p11 = Point(11, focus_area_id=1, theme_id=7)
    p12 = Point(12, focus_area_id=1, theme_id=7)
    p21 = Point(21, focus_area_id=2)
    actions = [
        Act(1, 100, Decimal(2), [p11, p12]),  # serves two points of theme 7: counts once there
        Act(2, 40, None, [p12]),
        Act(3, 10, None, [p21]),
        Act(4, 0, None, []),  # serves no focus point: only in the total
    ]
    result = roll_up(actions)
    assert result.for_focus_point(11).percent == Decimal("100.0")
    assert result.for_focus_point(12).percent == Decimal("80.0")  # (200 + 40) / 3
    assert result.for_theme(7) == Progress(Decimal("80.0"), 2, Decimal(3))
    assert result.for_focus_area(1).percent == Decimal("80.0")
    assert result.for_focus_area(2).percent == Decimal("10.0")
    # (200 + 40 + 10 + 0) / 5 = 50
    assert result.total == Progress(Decimal("50.0"), 4, Decimal(5))
    assert result.for_theme(99) == NO_ACTIONS


@pytest.mark.parametrize(("progresses", "expected"), [([0, 0], "0.0"), ([100, 100], "100.0"), ([25], "25.0")])
def test_bounds(progresses, expected):
    assert weighted_progress([Act(i, p) for i, p in enumerate(progresses)]).percent == Decimal(expected)
