import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.editorial.services.entries import EditConflict, update_entry
from samvirke.editorial.services.history import revert_to_version
from samvirke.initiatives.models import Initiative, Schedule
from samvirke.initiatives.tests.factories import ScheduleFactory
from samvirke.policy.models import Goal
from samvirke.policy.tests.factories import PolicyFactory


def edit(world, base_version=None, **values):
    return update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values=values,
        base_version=base_version,
    )[0]


def test_reverting_restores_fields_and_relations_as_a_new_version(world):
    edit(world, languages=["da"])
    first = world.initiative.history.first()
    edit(world, title="Ny titel", languages=["ar", "uk"])
    entry = revert_to_version(
        user=world.users["editor"],
        model_label="initiatives.initiative",
        history_id=first.history_id,
        base_version=3,
    )
    entry.refresh_from_db()
    assert entry.title == "Sprogcafé" and entry.language_codes == ["da"]
    assert entry.version == 4
    assert entry.history.first().history_change_reason == f"revert:{first.history_id}"


def test_reverting_a_stale_page_is_a_conflict(world):
    original = world.initiative.history.first()
    edit(world, title="Ny titel")
    with pytest.raises(EditConflict):
        revert_to_version(
            user=world.users["editor"],
            model_label="initiatives.initiative",
            history_id=original.history_id,
            base_version=1,
        )


def test_reverting_to_the_current_state_says_so(world):
    original = world.initiative.history.first()
    with pytest.raises(ValidationError):
        revert_to_version(
            user=world.users["editor"], model_label="initiatives.initiative", history_id=original.history_id
        )


def test_a_deleted_initiative_is_restored_from_its_history(world):
    row = world.initiative.history.first()
    pk, uuid = world.initiative.pk, world.initiative.uuid
    world.initiative.delete()
    restored = revert_to_version(
        user=world.users["editor"], model_label="initiatives.initiative", history_id=row.history_id
    )
    assert restored.pk == pk and restored.uuid == uuid
    assert Initiative.objects.get(pk=pk).title == "Sprogcafé"


def test_a_schedule_is_reverted_and_the_initiative_version_moves(world):
    schedule = ScheduleFactory(initiative=world.initiative, byday="TU")
    row = schedule.history.first()
    schedule.byday = "FR"
    schedule.save()
    revert_to_version(
        user=world.users["editor"], model_label="initiatives.schedule", history_id=row.history_id
    )
    assert Schedule.objects.get(pk=schedule.pk).byday == "TU"
    assert Initiative.objects.get(pk=world.initiative.pk).version == 2


def test_policy_texts_are_reverted_by_editors_only(world):
    goal = Goal.objects.create(policy=PolicyFactory(municipality=world.holstebro), text="Flere i job.")
    row = goal.history.first()
    goal.text = "Flere i uddannelse."
    goal.save()
    with pytest.raises(PermissionDenied):
        revert_to_version(
            user=world.users["other editor"], model_label="policy.goal", history_id=row.history_id
        )
    revert_to_version(user=world.users["editor"], model_label="policy.goal", history_id=row.history_id)
    assert Goal.objects.get(pk=goal.pk).text == "Flere i job."


@pytest.mark.parametrize("role", ["owner", "practitioner", "other editor"])
def test_owners_and_others_may_not_revert(world, role):
    row = world.initiative.history.first()
    edit(world, title="Ny titel")
    with pytest.raises(PermissionDenied):
        revert_to_version(
            user=world.users[role], model_label="initiatives.initiative", history_id=row.history_id
        )


def test_unknown_models_and_rows_are_refused(world):
    with pytest.raises(PermissionDenied):
        revert_to_version(user=world.users["editor"], model_label="accounts.user", history_id=1)
    with pytest.raises(PermissionDenied):
        revert_to_version(user=world.users["editor"], model_label="initiatives.initiative", history_id=999999)
