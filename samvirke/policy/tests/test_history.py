"""The policy's change list: every part's history merged, newest first, paged."""

import pytest

from samvirke.accounts.tests.factories import UserFactory
from samvirke.policy.selectors import history
from samvirke.policy.services import parts as part_services
from samvirke.policy.services import structure as structure_services
from samvirke.policy.tests.factories import (
    ActionFactory,
    FocusPointFactory,
    GoalFactory,
    IndicatorFactory,
    MeasurementFactory,
    PolicyFactory,
)

pytestmark = pytest.mark.django_db


def test_changes_of_every_part_newest_first_with_who_and_which_fields():
    policy = PolicyFactory()
    editor = UserFactory(first_name="Karen", last_name="Berg")
    goal = GoalFactory(policy=policy, text="Flere i job")
    point = FocusPointFactory(focus_area__policy=policy, number="1.1")
    point.title = "Nyt navn"
    point._history_user = editor
    point.save()
    part_services.move_part(instance=goal, direction="up")  # nothing to move past: no change
    page = history.list_changes(policy=policy)
    first = page.changes[0]
    assert (first.who, first.kind, first.model, first.fields) == (
        "Karen Berg",
        "changed",
        "focus point",
        ["title"],
    )
    kinds = {(c.model, c.kind) for c in page.changes}
    assert {
        ("goal", "added"),
        ("focus point", "added"),
        ("focus area", "added"),
        ("policy", "added"),
    } <= kinds


def test_deleted_parts_and_reasons_are_listed():
    policy = PolicyFactory()
    goal = GoalFactory(policy=policy, text="Forældet mål")
    part_services.delete_part(instance=goal)
    point = FocusPointFactory(focus_area__policy=policy)
    structure_services.renumber_focus_points(policy=policy, scheme="continuous")
    changes = history.list_changes(policy=policy).changes
    assert any(c.kind == "deleted" and c.label == "Forældet mål" for c in changes)
    assert any(c.reason == "Renumbered." and c.model == "focus point" for c in changes)
    assert point.pk


def test_other_policies_changes_are_not_listed():
    policy = PolicyFactory()
    GoalFactory(text="Andet sted")
    assert all(c.label != "Andet sted" for c in history.list_changes(policy=policy).changes)


def test_measurements_and_actions_are_in_the_list():
    indicator = IndicatorFactory(name="Andel i job")
    MeasurementFactory(indicator=indicator)
    ActionFactory(programme__policy=indicator.criterion.policy, title="Velkomst")
    labels = [c.label for c in history.list_changes(policy=indicator.criterion.policy).changes]
    assert any(label.startswith("Andel i job") for label in labels)
    assert any("Velkomst" in label for label in labels)


@pytest.mark.parametrize("edits", [1, 12])
def test_a_page_costs_the_same_queries_however_long_the_history(edits, django_assert_num_queries):
    policy = PolicyFactory()
    goal = GoalFactory(policy=policy)
    for n in range(edits):
        goal.text = f"Mål {n}"
        goal.save()
    with django_assert_num_queries(13):  # one per history table, one for the compared versions
        page = history.list_changes(policy=policy, page=1, size=5)
    assert len(page.changes) == 5 if edits > 1 else 3


def test_pages_follow_each_other():
    policy = PolicyFactory()
    goal = GoalFactory(policy=policy)
    for n in range(7):
        goal.text = f"Mål {n}"
        goal.save()
    first = history.list_changes(policy=policy, page=1, size=5)
    second = history.list_changes(policy=policy, page=2, size=5)
    assert first.has_next and not first.has_previous
    assert second.has_previous and not second.has_next
    assert len(first.changes) + len(second.changes) == 9  # policy added, goal added, 7 changes
