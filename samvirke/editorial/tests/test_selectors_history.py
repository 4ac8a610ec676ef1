from django.utils import translation

from samvirke.editorial.selectors.history import (
    describe_reason,
    get_last_change,
    get_version_values,
    list_history,
)
from samvirke.editorial.services.entries import update_entry, verify_entry
from samvirke.initiatives.tests.factories import ScheduleFactory


def test_events_say_what_changed_newest_first(world):
    editor = world.users["editor"]
    update_entry(
        user=editor,
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcaféen", "languages": ["da"]},
        base_version=1,
    )
    ScheduleFactory(initiative=world.initiative)
    verify_entry(user=editor, kind="initiative", entry_id=world.initiative.pk)
    with translation.override("en"):
        events = list_history(obj=world.initiative)
    kinds = [(e.type, e.what.split(":")[0]) for e in events]
    assert kinds == [("~", "Initiative"), ("+", "Time"), ("~", "Initiative"), ("+", "Initiative")]
    edit = events[2]
    assert edit.who == "Eva Editor" and edit.reason["text"] == "Edited"
    changes = {c["label"]: (c["old"], c["new"]) for c in edit.changes}
    assert changes["title"] == ("Sprogcafé", "Sprogcaféen")
    assert changes["languages offered"] == ("", "Danish")
    assert events[0].reason["text"] == "Confirmed as still correct"
    assert not events[0].revertible and events[2].revertible and events[3].revertible


def test_reasons_link_to_their_proposal():
    assert describe_reason("proposal:12")["proposal_id"] == 12
    assert describe_reason("API update")["text"] == "API update"
    assert describe_reason(None)["text"] == ""


def test_an_earlier_version_is_read_back(world):
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Ny", "languages": ["ar"]},
        base_version=1,
    )
    world.initiative.refresh_from_db()
    assert get_version_values(entry=world.initiative, version=1, names=["title", "languages"]) == {
        "title": "Sprogcafé",
        "languages": [],
    }
    assert get_version_values(entry=world.initiative, version=9, names=["title"]) is None
    assert get_last_change(entry=world.initiative)["who"] == "Eva Editor"
