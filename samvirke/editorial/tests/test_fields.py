from django.utils import translation

from samvirke.directory.tests.factories import LocationFactory
from samvirke.editorial import fields
from samvirke.initiatives.tests.factories import ScheduleFactory, TargetGroupFactory


def test_a_snapshot_holds_columns_ids_and_relations_as_json(world):
    TargetGroupFactory(slug="women")
    world.initiative.target_groups.add(TargetGroupFactory(slug="women"))
    world.initiative.languages.create(code="ar")
    schedule = ScheduleFactory(
        initiative=world.initiative, byday="TU", location=LocationFactory(municipality=world.holstebro)
    )
    values = fields.snapshot(world.initiative)
    assert values["title"] == "Sprogcafé" and values["start_date"] is None and values["is_free"] is True
    assert values["target_groups"] == ["women"] and values["languages"] == ["ar"]
    assert values["organisers"] == [world.organisation.pk]
    assert values["schedules"] == [fields.schedule_json(schedule)]
    assert values["schedules"][0]["opens_at"] == "17:00"


def test_only_real_changes_count():
    current = {"title": "Sprogcafé", "languages": ["ar", "da"], "summary": "Tekst"}
    submitted = {"title": "Sprogcafé ", "languages": ["da", "ar"], "summary": "Ny tekst"}
    assert fields.changed_values("initiative", current=current, submitted=submitted) == {
        "summary": "Ny tekst"
    }


def test_values_are_shown_in_words(world):
    displayer = fields.Displayer()
    with translation.override("en"):
        assert displayer.value("initiative", "status", "ended") == "Ended"
        assert displayer.value("initiative", "is_free", False) == "No"
        assert displayer.value("initiative", "organisers", [world.organisation.pk]) == "Frivilligcenter"
        assert displayer.value("initiative", "languages", ["da", "prs"]) == "Danish, Dari"
        assert displayer.value("initiative", "start_date", "2026-03-01") == "03/01/2026"
        assert (
            displayer.value(
                "initiative",
                "schedules",
                [{"freq": "WEEKLY", "byday": "TU", "opens_at": "17:00", "closes_at": "19:00"}],
            )
            == "Tuesdays 17:00–19:00"
        )
        assert displayer.value("initiative", "section", 999) == "(removed, #999)"
        assert fields.label("initiative", "schedules") == "when"


def test_audiences_see_the_fields_meant_for_them():
    public = {spec.name for spec in fields.specs_for("initiative", fields.PUBLIC)}
    editor = {spec.name for spec in fields.specs_for("initiative", fields.EDITOR)}
    assert "schedules" not in public and "organisers" not in public
    assert {"schedules", "organisers", "locations"} <= editor
    assert "visibility" not in {spec.name for spec in fields.specs_for("contact", fields.PUBLIC)}
    assert fields.defaults("organisation")["kind"] == "other"
    assert fields.defaults("initiative")["status"] == "running"


def test_times_in_a_diff_are_local_like_the_history_around_them(settings):
    settings.TIME_ZONE = "Europe/Copenhagen"
    model = fields.model_for("initiative")
    with translation.override("da"):
        shown = fields.Displayer().model_value(model, "last_verified_at", "2026-06-01T10:00:00+00:00")
    assert "12:00" in shown and "10:00" not in shown  # summer time in Copenhagen, not UTC
