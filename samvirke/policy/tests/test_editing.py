"""The table of editable kinds: each finds only rows of its own policy, programme or report."""

import pytest

from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    GoalFactory,
    MeasurementFactory,
    MilestoneFactory,
    NarrativeSectionFactory,
)
from samvirke.policy.views.parts import POLICY_KINDS, PROGRAMME_KINDS, REPORT_KINDS, Scope

pytestmark = pytest.mark.django_db


def test_each_kind_finds_only_its_own_scopes_rows(world):
    scope = Scope(place=world.place, policy=world.policy, programme=world.programme, report=world.report)
    # One of each kind elsewhere, which must never be found from here.
    GoalFactory(), MeasurementFactory(), ActionFactory(), MilestoneFactory(), NarrativeSectionFactory()
    ActionStatusFactory(municipality=world.place, programme=ActionFactory().programme)
    expected = {
        "policy": [world.policy],
        "goal": [world.goal],
        "challenge": [world.challenge],
        "focus-area": [world.area],
        "theme": [world.theme],
        "focus-point": [world.point],
        "criterion": [world.criterion],
        "indicator": [world.indicator],
        "measurement": [world.measurement],
        "programme": [world.programme],
        "action": [world.action],
        "milestone": [world.milestone],
        "status": [world.status],
        "report": [world.report],
        "section": [world.section],
    }
    for kinds in (POLICY_KINDS, PROGRAMME_KINDS, REPORT_KINDS):
        for slug, kind in kinds.items():
            assert list(kind.queryset(scope)) == expected[slug], slug


def test_new_parts_start_in_their_scope(world):
    scope = Scope(place=world.place, policy=world.policy, programme=world.programme, report=world.report)
    assert POLICY_KINDS["goal"].new(scope).policy == world.policy
    assert PROGRAMME_KINDS["action"].new(scope).programme == world.programme
    status = PROGRAMME_KINDS["status"].new(scope)
    assert (status.municipality, status.programme) == (world.place, world.programme)
    assert REPORT_KINDS["section"].new(scope).report == world.report
