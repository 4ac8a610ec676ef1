"""Writes: ordering, moving, renumbering, linking (with history), measurements and actions."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.models import FocusPoint, Goal, Measurement, Policy
from samvirke.policy.services import parts as part_services
from samvirke.policy.services import programmes as programme_services
from samvirke.policy.services import results as result_services
from samvirke.policy.services import structure as structure_services
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    AnswerFactory,
    FocusAreaFactory,
    FocusPointFactory,
    GoalFactory,
    IndicatorFactory,
    PolicyFactory,
    ProgrammeFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_a_new_part_goes_to_the_end_of_its_siblings():
    policy = PolicyFactory()
    GoalFactory(policy=policy, order=0)
    GoalFactory(policy=policy, order=4)
    goal = part_services.save_policy_part(instance=Goal(policy=policy, text="Nyt mål"))
    assert goal.order == 5


def test_moving_a_focus_point_to_another_theme_puts_it_last_there():
    area = FocusAreaFactory()
    first, second = ThemeFactory(focus_area=area), ThemeFactory(focus_area=area)
    FocusPointFactory(focus_area=area, theme=second, order=0)
    point = FocusPointFactory(focus_area=area, theme=first, order=0)
    point.theme = second
    part_services.save_policy_part(instance=point)
    point.refresh_from_db()
    assert (point.theme, point.order) == (second, 1)


def test_a_focus_point_cannot_move_to_a_theme_of_another_area():
    point = FocusPointFactory()
    point.theme = ThemeFactory()
    with pytest.raises(ValidationError) as error:
        structure_services.save_focus_point(point=point)
    assert "theme" in error.value.message_dict


def test_a_theme_moved_to_another_area_takes_its_focus_points_along():
    policy = PolicyFactory()
    old, new = FocusAreaFactory(policy=policy), FocusAreaFactory(policy=policy)
    theme = ThemeFactory(focus_area=old)
    point = FocusPointFactory(focus_area=old, theme=theme)
    theme.focus_area = new
    part_services.save_policy_part(instance=theme)
    point.refresh_from_db()
    assert point.focus_area == new
    assert point.history.first().history_change_reason == "Moved with its theme to another focus area."


def test_linking_initiatives_is_recorded_in_the_history():
    point = FocusPointFactory()
    place = point.focus_area.policy.municipality
    cafe = InitiativeFactory(municipality=place, title="Sprogcafé")
    club = InitiativeFactory(municipality=place, title="Jobklub")
    structure_services.save_focus_point(point=point, initiatives=[cafe])
    structure_services.save_focus_point(point=point, initiatives=[club])
    assert list(point.initiatives.all()) == [club]
    reasons = [row.history_change_reason for row in point.history.order_by("history_date", "history_id")]
    assert reasons[-2:] == ["Linked: Sprogcafé", "Linked: Jobklub; Unlinked: Sprogcafé"]


def test_initiatives_of_another_municipality_cannot_be_linked():
    point = FocusPointFactory()
    with pytest.raises(ValidationError) as error:
        structure_services.save_focus_point(point=point, initiatives=[InitiativeFactory(title="Fremmed")])
    assert "Fremmed" in error.value.message_dict["initiatives"][0]


def test_move_up_and_down_swaps_neighbours_and_stops_at_the_ends():
    policy = PolicyFactory()
    a, b, c = (GoalFactory(policy=policy, order=n * 10) for n in range(3))
    part_services.move_part(instance=c, direction="up")
    assert list(Goal.objects.filter(policy=policy).order_by("order").values_list("pk", flat=True)) == [
        a.pk,
        c.pk,
        b.pk,
    ]
    part_services.move_part(instance=a, direction="up")  # already first
    assert list(Goal.objects.filter(policy=policy).order_by("order").values_list("order", flat=True)) == [
        0,
        1,
        2,
    ]
    with pytest.raises(ValidationError):
        part_services.move_part(instance=a, direction="sideways")


def test_focus_points_move_among_the_points_of_their_own_theme_only():
    area = FocusAreaFactory()
    theme = ThemeFactory(focus_area=area)
    loose = FocusPointFactory(focus_area=area, order=0)
    first = FocusPointFactory(focus_area=area, theme=theme, order=0)
    second = FocusPointFactory(focus_area=area, theme=theme, order=1)
    part_services.move_part(instance=second, direction="up")
    first.refresh_from_db(), second.refresh_from_db(), loose.refresh_from_db()
    assert (second.order, first.order, loose.order) == (0, 1, 0)


def test_renumbering_by_area_and_theme():
    policy = PolicyFactory()
    area1 = FocusAreaFactory(policy=policy, number="9", order=0)
    area2 = FocusAreaFactory(policy=policy, number="7", order=1)
    theme = ThemeFactory(focus_area=area1, order=0)
    a = FocusPointFactory(focus_area=area1, theme=theme, number="x", order=0)
    b = FocusPointFactory(focus_area=area1, theme=theme, number="y", order=1)
    c = FocusPointFactory(focus_area=area1, number="z", order=0)  # no theme: after the themed points
    d = FocusPointFactory(focus_area=area2, number="w", order=0)
    changed = structure_services.renumber_focus_points(policy=policy, scheme="hierarchical")
    numbers = dict(FocusPoint.objects.values_list("pk", "number"))
    assert [numbers[p.pk] for p in (a, b, c, d)] == ["1.1.1", "1.1.2", "1.2", "2.1"]
    assert changed == 6  # two areas and four points
    assert structure_services.renumber_focus_points(policy=policy, scheme="hierarchical") == 0


def test_renumbering_straight_through_the_policy():
    policy = PolicyFactory()
    area1, area2 = FocusAreaFactory(policy=policy, order=0), FocusAreaFactory(policy=policy, order=1)
    points = [
        FocusPointFactory(focus_area=area1, order=0),
        FocusPointFactory(focus_area=area1, order=1),
        FocusPointFactory(focus_area=area2, order=0),
    ]
    structure_services.renumber_focus_points(policy=policy, scheme="continuous")
    assert [FocusPoint.objects.get(pk=p.pk).number for p in points] == ["1", "2", "3"]
    assert FocusPoint.objects.get(pk=points[0].pk).history.first().history_change_reason == "Renumbered."
    with pytest.raises(ValidationError):
        structure_services.renumber_focus_points(policy=policy, scheme="roman")


def test_deleting_a_focus_area_with_stakeholder_answers_is_refused():
    answer = AnswerFactory()
    with pytest.raises(ValidationError, match="depend on it"):
        part_services.delete_part(instance=answer.focus_area)
    # The whole policy still goes, answers included.
    answer.focus_area.policy.delete()
    assert not Policy.objects.exists()


def test_a_status_in_use_cannot_be_deleted():
    action = ActionFactory()
    status = ActionStatusFactory(municipality=action.programme.municipality)
    action.status = status
    action.save()
    with pytest.raises(ValidationError, match="depend on it"):
        part_services.delete_part(instance=status)


def test_recording_a_measurement_twice_for_a_date_corrects_it():
    indicator = IndicatorFactory()
    _m, created = result_services.record_measurement(
        indicator_id=indicator.pk, series="own", date=dt.date(2017, 1, 1), value=Decimal(20), source="A"
    )
    measurement, created_again = result_services.record_measurement(
        indicator_id=indicator.pk, series="own", date=dt.date(2017, 1, 1), value=Decimal(21), source="B"
    )
    assert (created, created_again) == (True, False)
    assert Measurement.objects.get().value == Decimal(21)
    assert measurement.history.count() == 2


def test_reserved_addresses_are_refused():
    with pytest.raises(ValidationError) as error:
        structure_services.create_policy(
            municipality=PolicyFactory().municipality, policy=Policy(title="x", slug="new")
        )
    assert "slug" in error.value.message_dict


def test_an_action_takes_only_its_programmes_statuses():
    programme = ProgrammeFactory()
    other_programme = ProgrammeFactory(policy__municipality=programme.municipality)
    ActionStatusFactory(municipality=programme.municipality, programme=programme)
    foreign = ActionStatusFactory(municipality=programme.municipality, programme=other_programme)
    action = ActionFactory.build(programme=programme, status=foreign)
    with pytest.raises(ValidationError) as error:
        programme_services.save_action(action=action)
    assert "status" in error.value.message_dict


def test_a_programmes_own_statuses_replace_the_municipalitys():
    programme = ProgrammeFactory()
    shared = ActionStatusFactory(municipality=programme.municipality)
    action = ActionFactory.build(programme=programme, status=shared)
    programme_services.save_action(action=action)  # the municipality's list applies
    own = ActionStatusFactory(municipality=programme.municipality, programme=programme)
    action.status = shared
    with pytest.raises(ValidationError):
        programme_services.save_action(action=action)
    action.status = own
    programme_services.save_action(action=action)


def test_action_links_stay_within_the_municipality_and_policy_and_are_recorded():
    action = ActionFactory()
    place = action.programme.municipality
    point = FocusPointFactory(focus_area__policy=action.programme.policy, number="4")
    cafe = InitiativeFactory(municipality=place, title="Sprogcafé")
    programme_services.save_action(action=action, initiatives=[cafe], focus_points=[point])
    assert action.history.first().history_change_reason == "Linked: Sprogcafé; Linked: 4"
    with pytest.raises(ValidationError) as error:
        programme_services.save_action(
            action=action, initiatives=[InitiativeFactory()], focus_points=[FocusPointFactory(number="9")]
        )
    assert set(error.value.message_dict) == {"initiatives", "focus_points"}


def test_status_for_every_programme_of_the_municipality():
    programme = ProgrammeFactory()
    status = ActionStatusFactory.build(municipality=None, key="done", name="Done", progress=100)
    programme_services.save_status(programme=programme, status=status, for_municipality=True)
    assert (status.municipality, status.programme) == (programme.municipality, None)
