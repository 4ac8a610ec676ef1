import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.directory.tests.factories import LocationFactory
from samvirke.editorial.models import EditorialSettings, RelationSnapshot
from samvirke.editorial.services.entries import EditConflict, create_entry, update_entry, verify_entry
from samvirke.editorial.tests.factories import EditorialSettingsFactory
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import ScheduleFactory, TargetGroupFactory


def test_an_editor_saves_fields_and_relations_with_a_new_version_and_history(world):
    women = TargetGroupFactory(slug="women")
    entry, changed = update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={
            "title": "Sprogcaféen",
            "summary": world.initiative.summary,
            "languages": ["ar", "DA"],
            "target_groups": ["women"],
        },
        base_version=1,
    )
    assert set(changed) == {"title", "languages", "target_groups"}
    entry.refresh_from_db()
    assert entry.title == "Sprogcaféen" and entry.version == 2
    assert entry.language_codes == ["ar", "da"]
    assert list(entry.target_groups.all()) == [women]
    assert entry.last_verified_at is not None
    latest = entry.history.first()
    assert latest.history_change_reason == "edit" and latest.history_user == world.users["editor"]
    snapshot = RelationSnapshot.objects.get(history_id=latest.history_id)
    assert snapshot.data["languages"] == ["ar", "da"]


def test_the_second_of_two_editors_gets_a_conflict_and_nothing_is_saved(world):
    editor = world.users["editor"]
    update_entry(
        user=editor,
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Først"},
        base_version=1,
    )
    with pytest.raises(EditConflict) as conflict:
        update_entry(
            user=editor,
            kind="initiative",
            entry_id=world.initiative.pk,
            values={"title": "Sidst"},
            base_version=1,
        )
    assert conflict.value.entry.version == 2
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Først"


def test_invalid_values_are_refused_per_field_and_nothing_is_written(world):
    with pytest.raises(ValidationError) as error:
        update_entry(
            user=world.users["editor"],
            kind="initiative",
            entry_id=world.initiative.pk,
            values={"is_free": False, "price": "", "languages": ["xx-not"]},
            base_version=1,
        )
    assert set(error.value.message_dict) == {"price"}
    with pytest.raises(ValidationError) as error:
        update_entry(
            user=world.users["editor"],
            kind="initiative",
            entry_id=world.initiative.pk,
            values={"languages": ["zz"]},
            base_version=1,
        )
    assert "languages" in error.value.message_dict
    world.initiative.refresh_from_db()
    assert world.initiative.version == 1 and world.initiative.is_free


def test_schedules_are_updated_added_and_removed_with_their_own_history(world):
    kept = ScheduleFactory(initiative=world.initiative, byday="TU")
    dropped = ScheduleFactory(initiative=world.initiative, byday="FR")
    place = LocationFactory(municipality=world.holstebro)
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={
            "schedules": [
                {
                    "uuid": str(kept.uuid),
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": "WE",
                    "opens_at": "10:00",
                    "closes_at": "12:00",
                },
                {
                    "freq": "MONTHLY",
                    "byday": "1SA",
                    "opens_at": "09:00",
                    "closes_at": "11:00",
                    "location": place.pk,
                },
            ]
        },
        base_version=1,
    )
    schedules = list(world.initiative.schedules.order_by("pk"))
    assert [s.byday for s in schedules] == ["WE", "1SA"]
    assert schedules[0].pk == kept.pk and schedules[1].location == place
    assert not world.initiative.schedules.filter(pk=dropped.pk).exists()
    assert kept.history.first().history_change_reason == "edit"


def test_an_invalid_schedule_is_named_and_nothing_changes(world):
    with pytest.raises(ValidationError) as error:
        update_entry(
            user=world.users["editor"],
            kind="initiative",
            entry_id=world.initiative.pk,
            values={
                "title": "Ny titel",
                "schedules": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "12:00", "closes_at": "10:00"}],
            },
            base_version=1,
        )
    assert "Tid 1" in " ".join(error.value.message_dict["schedules"])  # "Time 1", in the active language
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"


def test_places_and_organisers_must_belong_to_the_municipality(world):
    elsewhere = LocationFactory(municipality=world.silkeborg)
    with pytest.raises(ValidationError) as error:
        update_entry(
            user=world.users["editor"],
            kind="initiative",
            entry_id=world.initiative.pk,
            values={"locations": [elsewhere.pk]},
            base_version=1,
        )
    assert "locations" in error.value.message_dict


@pytest.mark.parametrize("role", ["practitioner", "other owner", "other editor"])
def test_people_who_may_not_edit_are_refused(world, role):
    with pytest.raises(PermissionDenied):
        update_entry(
            user=world.users[role],
            kind="initiative",
            entry_id=world.initiative.pk,
            values={"title": "X"},
            base_version=1,
        )


def test_owners_edit_directly_only_when_the_municipality_allows_it(world):
    owner = world.users["owner"]
    with pytest.raises(PermissionDenied):
        update_entry(
            user=owner,
            kind="organisation",
            entry_id=world.organisation.pk,
            values={"phone": "1234"},
            base_version=1,
        )
    EditorialSettingsFactory(municipality=world.holstebro, owner_edits=EditorialSettings.OwnerEdits.DIRECT)
    entry, _changed = update_entry(
        user=owner,
        kind="organisation",
        entry_id=world.organisation.pk,
        values={"phone": "1234"},
        base_version=1,
    )
    assert entry.phone == "1234"


def test_saving_without_changes_confirms_the_entry_without_a_new_version(world):
    entry, changed = update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcafé"},
        base_version=1,
    )
    assert changed == {} and entry.version == 1 and entry.last_verified_at is not None


def test_verify_entry_sets_the_date_for_owners_and_keeps_the_version(world):
    entry = verify_entry(user=world.users["owner"], kind="contact", entry_id=world.contact.pk)
    assert entry.last_verified_at is not None and entry.version == 1
    assert entry.history.first().history_change_reason == "verified"
    with pytest.raises(PermissionDenied):
        verify_entry(user=world.users["other owner"], kind="contact", entry_id=world.contact.pk)


def test_create_entry_gives_a_unique_address(world):
    first = create_entry(
        kind="initiative",
        municipality=world.holstebro,
        values={"title": "Sprogcafé"},
        user=None,
        reason="proposal:1",
    )
    assert first.slug == "sprogcafe-2" and first.version == 1
    assert RelationSnapshot.objects.filter(object_id=first.pk).exists()
    with pytest.raises(ValidationError):
        create_entry(
            kind="organisation", municipality=world.holstebro, values={"name": "  "}, user=None, reason="x"
        )


def test_dates_travel_as_iso_strings(world):
    entry, _changed = update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"start_date": "2026-03-01", "end_date": None},
        base_version=1,
    )
    assert entry.start_date == dt.date(2026, 3, 1)


def test_an_unchanged_time_is_not_saved_again(world):
    from samvirke.editorial import fields

    kept = ScheduleFactory(initiative=world.initiative, byday="TU")
    moved = ScheduleFactory(initiative=world.initiative, byday="TH")
    rows = kept.history.count()
    values = [fields.schedule_json(kept), {**fields.schedule_json(moved), "byday": "FR"}]
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"schedules": values},
        base_version=world.initiative.version,
    )
    assert kept.history.count() == rows  # no empty "Time … changed" for the one left alone
    assert moved.history.count() == 2 and moved.history.latest().byday == "FR"
