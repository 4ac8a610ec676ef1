import pytest
from django.utils import timezone, translation

from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.editorial.selectors.changes import label_changes, list_changes_between, summarise
from samvirke.editorial.services.entries import update_entry
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory


@pytest.fixture
def since(world):
    ScheduleFactory(initiative=world.initiative, byday="TU")
    ended = InitiativeFactory(municipality=world.holstebro, title="Cykelkursus", slug="cykel")
    removed = OrganisationFactory(municipality=world.holstebro, name="Gammel forening")
    hidden = ContactPersonFactory(
        organisation=world.organisation, name="Skjult Person", visibility="hidden", consent_date=None
    )
    moment = timezone.now()
    world.ended, world.removed, world.hidden = ended, removed, hidden
    return moment


def by_label(changes):
    return {item["label"]: item for item in changes}


def test_new_changed_ended_and_removed_entries_are_listed(world, since):
    editor = world.users["editor"]
    update_entry(
        user=editor,
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcaféen", "languages": ["da"]},
        base_version=1,
    )
    update_entry(
        user=editor, kind="initiative", entry_id=world.ended.pk, values={"status": "ended"}, base_version=1
    )
    InitiativeFactory(municipality=world.holstebro, title="Strikkeklub")
    world.removed.delete()
    changes = by_label(list_changes_between(municipality=world.holstebro, since=since, until=timezone.now()))
    assert changes["Strikkeklub"]["change"] == "new"
    assert changes["Cykelkursus"]["change"] == "ended"
    assert changes["Gammel forening"]["change"] == "removed" and changes["Gammel forening"]["url"] == ""
    changed = changes["Sprogcaféen"]
    assert changed["change"] == "changed" and changed["url"] == "/holstebro/initiatives/sprogcafe/"
    fields = {f["name"]: f for f in changed["fields"]}
    assert fields["title"]["old"] == "Sprogcafé" and fields["title"]["new"] == "Sprogcaféen"
    assert fields["languages"]["new"] == "Dansk"  # named in the language of the page (CLDR)
    assert summarise(list(changes.values())) == {"new": 1, "changed": 1, "ended": 1, "removed": 1}


def test_schedule_changes_show_on_their_initiative(world, since):
    ScheduleFactory(initiative=world.initiative, byday="FR")
    change = by_label(list_changes_between(municipality=world.holstebro, since=since, until=timezone.now()))[
        "Sprogcafé"
    ]
    assert change["fields"][0]["name"] == "schedules"
    assert "Fredage" in change["fields"][0]["new"] and "Fredage" not in change["fields"][0]["old"]


def test_hidden_contacts_never_appear_and_public_ones_do(world, since):
    world.hidden.role = "Koordinator"
    world.hidden.save()
    ContactPersonFactory(organisation=world.organisation, name="Ny Kontakt")
    changes = by_label(list_changes_between(municipality=world.holstebro, since=since, until=timezone.now()))
    assert "Skjult Person" not in changes
    assert changes["Ny Kontakt"]["change"] == "new"


def test_only_verifying_or_other_municipalities_is_not_a_change(world, since):
    world.initiative.last_verified_at = timezone.now()
    world.initiative.save()
    InitiativeFactory(municipality=world.silkeborg, title="Andetsteds")
    assert list_changes_between(municipality=world.holstebro, since=since, until=timezone.now()) == []


def test_the_first_edition_lists_nothing(world):
    assert list_changes_between(municipality=world.holstebro, since=None, until=timezone.now()) == []


def test_labels_are_added_in_the_readers_language(world, since):
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"summary": "Ny"},
        base_version=1,
    )
    changes = list_changes_between(municipality=world.holstebro, since=since, until=timezone.now())
    with translation.override("en"):
        groups = label_changes(changes)
    assert groups[0]["kind"] == "initiative" and groups[0]["title"] == "Activities"
    assert groups[0]["items"][0]["fields"][0]["label"] == "summary"
