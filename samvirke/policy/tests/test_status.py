"""The indicator status rule, case by case, as decision 0020 names the cases."""

import datetime as dt
from decimal import Decimal

import pytest

from samvirke.policy.status import Point, Status, assess, assess_indicator, worst
from samvirke.policy.tests.factories import IndicatorFactory, MeasurementFactory

D = dt.date
JUDGED = D(2022, 1, 15)
BASELINE = (10, D(2020, 1, 1))
TARGET = (30, D(2024, 1, 1))
COMPARATOR_JUDGED = D(2019, 1, 15)
DEADLINE = D(2018, 12, 31)


def own(*pairs):
    return [Point("own", d, Decimal(str(v))) for d, v in pairs]


def comparator(*pairs):
    return [Point("comparator", d, Decimal(str(v))) for d, v in pairs]


def target_rule(
    points,
    *,
    as_of=JUDGED,
    direction="higher",
    baseline=BASELINE,
    target=TARGET,
):
    return assess(
        direction=direction,
        comparison="target",
        baseline_value=None if baseline is None else Decimal(str(baseline[0])),
        baseline_date=None if baseline is None else baseline[1],
        target_value=None if target is None else Decimal(str(target[0])),
        target_date=None if target is None else target[1],
        points=points,
        as_of=as_of,
    )


def comparator_rule(points, *, as_of=COMPARATOR_JUDGED, direction="higher", deadline=DEADLINE):
    return assess(
        direction=direction,
        comparison="comparator",
        baseline_value=None,
        baseline_date=None,
        target_value=None,
        target_date=deadline,
        points=points,
        as_of=as_of,
    )


# -- "reach the target" indicators -------------------------------------------------------------


def test_no_measurement_is_unknown():
    result = target_rule([])
    assert (result.status, result.case) == (Status.UNKNOWN, "no-measurement")


def test_no_target_is_unknown_but_shows_the_latest_value():
    result = target_rule(own((D(2021, 1, 1), 12)), target=None)
    assert (result.status, result.case, result.value) == (Status.UNKNOWN, "no-target", Decimal(12))


def test_target_reached_is_achieved_even_before_the_deadline():
    result = target_rule(own((D(2021, 1, 1), 20), (D(2022, 1, 1), 31)))
    assert (result.status, result.case) == (Status.ACHIEVED, "target-reached")


def test_deadline_passed_without_reaching_the_target_is_off_track():
    result = target_rule(own((D(2023, 1, 1), 25), (D(2024, 1, 1), 29)), as_of=D(2024, 6, 1))
    assert (result.status, result.case) == (Status.OFF_TRACK, "deadline-passed")


def test_deadline_passed_counts_even_when_the_last_figure_is_older():
    result = target_rule(own((D(2023, 6, 1), 29.5)), as_of=D(2024, 2, 1))
    assert result.case == "deadline-passed"


def test_one_measurement_and_no_baseline_has_no_starting_point():
    result = target_rule(own((D(2022, 1, 1), 18)), baseline=None)
    assert (result.status, result.case) == (Status.UNKNOWN, "no-starting-point")


def test_ahead_of_plan_is_on_track():
    # The straight line from 10 (2020) to 30 (2024) is at about 20 on 2022-01-01.
    result = target_rule(own((D(2022, 1, 1), 21)))
    assert (result.status, result.case) == (Status.ON_TRACK, "ahead-of-plan")
    assert result.expected == Decimal("20.01")


def test_slightly_behind_plan_is_at_risk():
    # 1.5 behind the line; a tenth of the planned change (20) is 2.
    result = target_rule(own((D(2022, 1, 1), 18.5)))
    assert (result.status, result.case) == (Status.AT_RISK, "slightly-behind-plan")


def test_behind_plan_but_the_trend_reaches_the_target_is_at_risk():
    result = target_rule(own((D(2021, 7, 1), 12), (D(2022, 1, 1), 17)))
    assert (result.status, result.case) == (Status.AT_RISK, "behind-plan-trend-reaches-target")
    assert result.projected >= 30


def test_behind_plan_and_the_trend_misses_the_target_is_off_track():
    result = target_rule(own((D(2021, 7, 1), 16), (D(2022, 1, 1), 17)))
    assert (result.status, result.case) == (Status.OFF_TRACK, "behind-plan-trend-misses-target")
    assert result.projected < 30


def test_lower_is_better_turns_every_comparison_around():
    lower = {"direction": "lower", "baseline": (30, D(2020, 1, 1)), "target": (10, D(2024, 1, 1))}
    assert target_rule(own((D(2022, 1, 1), 19)), **lower).case == "ahead-of-plan"
    assert target_rule(own((D(2022, 1, 1), 9)), **lower).case == "target-reached"
    assert (
        target_rule(own((D(2021, 7, 1), 24), (D(2022, 1, 1), 23)), **lower).case
        == "behind-plan-trend-misses-target"
    )


def test_without_a_baseline_the_first_measurement_starts_the_line():
    result = target_rule(own((D(2020, 1, 1), 10), (D(2022, 1, 1), 21)), baseline=None)
    assert result.case == "ahead-of-plan"


def test_measurements_after_the_day_judged_are_ignored():
    points = own((D(2022, 1, 1), 21), (D(2023, 1, 1), 31))
    assert target_rule(points, as_of=D(2022, 6, 1)).case == "ahead-of-plan"
    assert target_rule(points, as_of=D(2023, 6, 1)).case == "target-reached"


# -- "better than the comparator" indicators ------------------------------------------------------


def test_no_date_with_both_series_is_unknown():
    # The comparator at another date is no comparison: it must be the same date.
    result = comparator_rule(own((D(2018, 6, 30), 25)) + comparator((D(2018, 7, 1), 20)))
    assert (result.status, result.case) == (Status.UNKNOWN, "no-common-date")


def test_better_than_comparator_at_the_deadline_is_achieved():
    result = comparator_rule(own((D(2018, 12, 31), 31.6)) + comparator((D(2018, 12, 31), 27.4)))
    assert (result.status, result.case) == (Status.ACHIEVED, "better-than-comparator-at-deadline")
    assert result.comparator == Decimal("27.4")


def test_better_than_comparator_before_the_deadline_is_on_track():
    points = own((D(2017, 12, 31), 24.8)) + comparator((D(2017, 12, 31), 22.9))
    result = comparator_rule(points, as_of=D(2018, 1, 15))
    assert (result.status, result.case) == (Status.ON_TRACK, "better-than-comparator")


def test_equal_to_the_comparator_is_not_better():
    points = own((D(2018, 12, 31), 25)) + comparator((D(2018, 12, 31), 25))
    assert comparator_rule(points).case == "not-better-after-deadline"


def test_not_better_after_the_deadline_is_off_track():
    points = own((D(2018, 12, 31), 20)) + comparator((D(2018, 12, 31), 22))
    result = comparator_rule(points)
    assert (result.status, result.case) == (Status.OFF_TRACK, "not-better-after-deadline")


def test_not_better_but_closing_in_fast_enough_is_at_risk():
    points = own((D(2017, 6, 30), 18), (D(2017, 12, 31), 21)) + comparator(
        (D(2017, 6, 30), 22), (D(2017, 12, 31), 22.5)
    )
    result = comparator_rule(points, as_of=D(2018, 1, 15))
    assert (result.status, result.case) == (Status.AT_RISK, "not-better-but-closing-in")


def test_not_better_and_the_gap_not_closing_is_off_track():
    points = own((D(2017, 6, 30), 20), (D(2017, 12, 31), 20.5)) + comparator(
        (D(2017, 6, 30), 22), (D(2017, 12, 31), 23)
    )
    result = comparator_rule(points, as_of=D(2018, 1, 15))
    assert (result.status, result.case) == (Status.OFF_TRACK, "not-better-and-not-closing-in")


def test_comparator_judges_the_latest_date_both_series_have():
    # The own figure of 2019 has no comparator yet: the judgement rests on 2018, where both exist.
    points = own((D(2018, 12, 31), 31.6), (D(2019, 6, 30), 20)) + comparator((D(2018, 12, 31), 27.4))
    result = comparator_rule(points, as_of=D(2019, 7, 1))
    assert result.date == D(2018, 12, 31)
    assert result.status == Status.ACHIEVED


# -- groups and the model ----------------------------------------------------------------------


def test_a_group_shows_its_worst_known_status():
    assert worst([Status.ACHIEVED, Status.AT_RISK, Status.ON_TRACK]) == Status.AT_RISK
    assert worst([Status.UNKNOWN, Status.ON_TRACK]) == Status.ON_TRACK
    assert worst([Status.UNKNOWN]) == Status.UNKNOWN
    assert worst([]) == Status.UNKNOWN


@pytest.mark.django_db
def test_assess_indicator_reads_its_measurements_and_the_criterion_deadline():
    indicator = IndicatorFactory(
        comparison="comparator",
        target_value=None,
        target_date=None,
        baseline_value=None,
        baseline_date=None,
        criterion__deadline=D(2018, 12, 31),
    )
    MeasurementFactory(indicator=indicator, series="own", date=D(2018, 12, 31), value=Decimal("31.6"))
    MeasurementFactory(indicator=indicator, series="comparator", date=D(2018, 12, 31), value=Decimal("27.4"))
    assert assess_indicator(indicator, as_of=D(2020, 1, 1)).case == "better-than-comparator-at-deadline"
