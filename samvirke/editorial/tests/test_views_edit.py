import pytest

from samvirke.editorial import forms
from samvirke.editorial.models import ChangeProposal, EditorialSettings
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import ScheduleFactory

URL = "/holstebro/editorial/edit/activity/sprogcafe/"


def initiative_form(version=1, **changes):
    data = {
        "version": version,
        "title": "Sprogcafé",
        "summary": "Dansk over kaffe.",
        "status": "running",
        "is_free": "on",
        "times-TOTAL_FORMS": "1",
        "times-INITIAL_FORMS": "0",
        "times-MIN_NUM_FORMS": "0",
        "times-MAX_NUM_FORMS": "30",
        "times-0-freq": "WEEKLY",
        "times-0-interval": "1",
    }
    data.update(changes)
    return data


def test_the_edit_form_shows_current_values_and_times(client, world):
    ScheduleFactory(initiative=world.initiative, byday="TU")
    client.force_login(world.users["editor"])
    page = client.get(URL).content.decode()
    assert 'value="Sprogcafé"' in page and 'value="TU"' in page and 'name="version" value="1"' in page


def test_an_editor_saves_and_adds_a_time(client, world):
    client.force_login(world.users["editor"])
    response = client.post(
        URL,
        initiative_form(
            title="Sprogcaféen",
            languages=["da", "ar"],
            **{"times-0-byday": ["WE"], "times-0-opens_at": "10:00", "times-0-closes_at": "12:00"},
        ),
    )
    assert response.status_code == 302 and response["Location"] == URL
    initiative = Initiative.objects.get(pk=world.initiative.pk)
    assert initiative.title == "Sprogcaféen" and initiative.version == 2
    assert initiative.language_codes == ["ar", "da"]
    assert [s.byday for s in initiative.schedules.all()] == ["WE"]


def test_a_wrong_time_is_explained_and_the_form_keeps_everything(client, world):
    client.force_login(world.users["editor"])
    response = client.post(
        URL,
        initiative_form(
            title="Min titel",
            **{"times-0-byday": ["TU"], "times-0-opens_at": "12:00", "times-0-closes_at": "10:00"},
        ),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Min titel" in page and 'value="12:00"' in page
    assert response.context["formset"].errors[0]["closes_at"]  # the time itself says what is wrong
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"


def test_the_second_of_two_editors_gets_the_conflict_page_and_keeps_both_changes(client, world):
    client.force_login(world.users["editor"])
    assert (
        client.post(URL, initiative_form(summary="Kaffe og dansk hver tirsdag.")).status_code == 302
    )  # the first editor
    response = client.post(URL, initiative_form(version=1, title="Sprogcaféen"))  # the second, from version 1
    assert response.status_code == 409
    page = response.content.decode()
    assert "Kaffe og dansk hver tirsdag." in page and "Sprogcaféen" in page
    form = response.context["form"]
    assert form.initial["title"] == "Sprogcaféen"  # yours
    assert form.initial["summary"] == "Kaffe og dansk hver tirsdag."  # theirs, kept
    assert form.initial["version"] == 2
    assert (
        Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"
    )  # nothing saved from the second
    assert (
        client.post(
            URL, initiative_form(version=2, title="Sprogcaféen", summary="Kaffe og dansk hver tirsdag.")
        ).status_code
        == 302
    )
    saved = Initiative.objects.get(pk=world.initiative.pk)
    assert (saved.title, saved.summary, saved.version) == ("Sprogcaféen", "Kaffe og dansk hver tirsdag.", 3)


def test_an_owner_in_review_mode_sends_a_proposal(client, world):
    client.force_login(world.users["owner"])
    page = client.get(URL).content.decode()
    assert "organisers" not in page  # owners do not move activities between organisations
    response = client.post(URL, initiative_form(title="Sprogcaféen"))
    assert response.status_code == 302 and response["Location"] == "/holstebro/editorial/"
    proposal = ChangeProposal.objects.get()
    assert proposal.source == "owner" and proposal.submitted_by == world.users["owner"]
    assert proposal.proposed == {"title": "Sprogcaféen"}
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"
    assert "Sprogcafé" in client.get("/holstebro/editorial/").content.decode()


def test_an_owner_in_direct_mode_publishes_at_once(client, world):
    EditorialSettings.objects.create(municipality=world.holstebro, owner_edits="direct")
    client.force_login(world.users["owner"])
    assert client.post(URL, initiative_form(title="Sprogcaféen")).status_code == 302
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcaféen"
    assert not ChangeProposal.objects.exists()


def test_organisations_and_contacts_are_edited_too(client, world):
    client.force_login(world.users["editor"])
    response = client.post(
        "/holstebro/editorial/edit/organisation/frivilligcenter/",
        {"version": 1, "name": "Frivilligcentret", "kind": "association", "phone": "11 22 33 44"},
    )
    assert response.status_code == 302
    world.organisation.refresh_from_db()
    assert world.organisation.name == "Frivilligcentret"
    response = client.post(
        f"/holstebro/editorial/edit/contact/{world.contact.uuid}/",
        {
            "version": 1,
            "name": "Anne Pedersen",
            "email": "anne@example.org",
            "role": "Leder",
            "visibility": "hidden",
        },
    )
    assert response.status_code == 302
    world.contact.refresh_from_db()
    assert world.contact.role == "Leder" and world.contact.visibility == "hidden"


def test_the_still_correct_button_sets_the_date(client, world):
    client.force_login(world.users["owner"])
    response = client.post(f"/holstebro/editorial/verify/initiative/{world.initiative.pk}/")
    assert response.status_code == 302
    assert Initiative.objects.get(pk=world.initiative.pk).last_verified_at is not None


@pytest.mark.parametrize("role", ["practitioner", "other owner", "other editor"])
def test_others_get_the_same_404_as_for_a_missing_entry(client, world, role):
    client.force_login(world.users[role])
    assert client.get(URL).status_code == 404
    assert client.post(URL, initiative_form(title="X")).status_code == 404
    assert client.get("/holstebro/editorial/edit/activity/no-such/").status_code == 404
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"


NEW_ACTIVITY = "/holstebro/editorial/new/activity/"


def test_an_editor_adds_an_activity_with_its_time_and_place_directly(client, world):
    from samvirke.directory.tests.factories import LocationFactory

    hall = LocationFactory(municipality=world.holstebro, name="Kulturhuset")
    client.force_login(world.users["editor"])
    page = client.get(NEW_ACTIVITY).content.decode()
    assert 'value="TU"' in page and "Tirsdag" in page and "Arabisk" in page  # days and languages by name
    form = initiative_form(
        title="Lektiecafé",
        languages=["ar", "prs"],
        locations=[hall.pk],
        organisers=[world.organisation.pk],
        **{
            "times-0-byday": ["MO", "WE"],
            "times-0-opens_at": "16:00",
            "times-0-closes_at": "18:00",
            "times-0-location": hall.pk,
        },
    )
    form.pop("version")
    response = client.post(NEW_ACTIVITY, form)
    created = Initiative.objects.get(title="Lektiecafé")
    assert response.status_code == 302
    assert response["Location"] == f"/holstebro/editorial/edit/activity/{created.slug}/"
    assert created.language_codes == ["ar", "prs"]
    assert [(s.byday, s.location_id) for s in created.schedules.all()] == [("MO,WE", hall.pk)]
    assert list(created.locations.all()) == [hall]
    assert created.history.earliest().history_change_reason == "created"
    assert created.history.earliest().history_user == world.users["editor"]
    assert not ChangeProposal.objects.exists()  # not a "public form" proposal
    assert client.get(created.get_absolute_url()).status_code == 200


def test_an_editor_adds_an_organisation_and_nobody_else_may(client, world):
    client.force_login(world.users["editor"])
    response = client.post(
        "/holstebro/editorial/new/organisation/", {"name": "Ny forening", "kind": "association"}
    )
    assert response.status_code == 302 and response["Location"].startswith(
        "/holstebro/editorial/edit/organisation/"
    )
    for role in ("owner", "other editor", "practitioner"):
        client.force_login(world.users[role])
        assert client.get(NEW_ACTIVITY).status_code == 404


def test_a_monthly_rule_the_boxes_cannot_show_survives_an_unchanged_save(client, world):
    ScheduleFactory(initiative=world.initiative, freq="MONTHLY", byday="1SA,-1SU")
    client.force_login(world.users["editor"])
    form = client.get(URL).context["formset"].forms[0]
    assert form.initial["byday"] == ["SA", "SU"] and form.initial["rule"] == "1SA,-1SU"
    kept = forms.ScheduleForm(
        {"freq": "MONTHLY", "interval": "1", "byday": ["SA", "SU"], "rule": "1SA,-1SU"},
        municipality=world.holstebro,
    )
    assert kept.is_valid() and kept.value()["byday"] == "1SA,-1SU"
    first = forms.ScheduleForm(
        {"freq": "MONTHLY", "interval": "1", "byday": ["SA"], "ordinal": "1", "rule": "1SA,-1SU"},
        municipality=world.holstebro,
    )
    assert first.is_valid() and first.value()["byday"] == "1SA"
