"""Reads: the policy outline, statuses a programme offers, and results per criterion."""

import datetime as dt
from decimal import Decimal

import pytest
from django.http import Http404

from samvirke.policy.selectors import programmes as programme_selectors
from samvirke.policy.selectors import results as result_selectors
from samvirke.policy.selectors import structure as structure_selectors
from samvirke.policy.status import Status
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    FocusAreaFactory,
    FocusPointFactory,
    IndicatorFactory,
    MeasurementFactory,
    ProgrammeFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_the_outline_puts_themed_points_under_their_theme_and_the_rest_after(world):
    loose = FocusPointFactory(focus_area=world.area, number="1.9")
    policy = structure_selectors.get_policy_or_404(municipality=world.place, slug=world.policy.slug)
    progress = programme_selectors.get_policy_progress(policy=world.policy)
    (area,) = structure_selectors.get_policy_outline(policy=policy, progress=progress)
    assert [(g.theme, [p.number for p in g.points]) for g in area.groups] == [
        (world.theme, ["1.2"]),
        (None, ["1.9"]),
    ]
    assert area.progress.percent == Decimal("30.0")
    assert area.groups[0].progress.percent == Decimal("30.0")
    assert area.groups[1].points[0].progress.percent is None
    assert loose.pk


def test_a_programme_offers_its_own_statuses_or_else_the_municipalitys(world):
    assert list(programme_selectors.list_statuses(programme=world.programme)) == [world.status]
    own = ActionStatusFactory(municipality=world.place, programme=world.programme)
    assert list(programme_selectors.list_statuses(programme=world.programme)) == [own]
    other = ProgrammeFactory()
    assert list(programme_selectors.list_statuses(programme=other)) == []


def test_criterion_results_show_the_worst_indicator(world):
    good = IndicatorFactory(
        criterion=world.criterion,
        target_value=Decimal(10),
        target_date=dt.date(2030, 1, 1),
        baseline_value=Decimal(1),
        baseline_date=dt.date(2010, 1, 1),
    )
    MeasurementFactory(indicator=good, date=dt.date(2020, 1, 1), value=Decimal(11))
    (result,) = result_selectors.list_criterion_results(
        criteria=[world.criterion], municipality=world.place, as_of=dt.date(2020, 6, 1)
    )
    statuses = [r.assessment.status for r in result.indicators]
    assert Status.ACHIEVED in statuses and result.status == min(
        statuses, key=[Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.ACHIEVED].index
    )
    assert all(r.chart is None for r in result.indicators)


def test_policy_progress_counts_every_programme_of_the_policy(world):
    second = ProgrammeFactory(policy=world.policy)
    ActionFactory(programme=second, status=ActionStatusFactory(municipality=world.place, progress=90))
    ActionFactory(programme=ProgrammeFactory(), status=ActionStatusFactory(progress=0))  # another policy
    assert programme_selectors.get_policy_progress(policy=world.policy).total.percent == Decimal("60.0")


def test_a_focus_point_of_another_policy_is_not_found(world):
    with pytest.raises(Http404):
        structure_selectors.get_focus_point_or_404(policy=world.policy, pk=FocusPointFactory().pk)
    theme = ThemeFactory(focus_area=FocusAreaFactory(policy=world.policy))
    assert theme.pk
