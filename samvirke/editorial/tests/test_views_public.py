import time

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from samvirke.directory.tests.factories import ContactPersonFactory
from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.forms import STARTED_SALT
from samvirke.editorial.models import ChangeProposal, Edition
from samvirke.editorial.services.editions import publish_edition
from samvirke.editorial.services.freshness import make_verification_token

URL = "/holstebro/suggest/activity/sprogcafe/"


def form(started, **changes):
    data = {
        "title": "Sprogcafé",
        "summary": "Dansk over kaffe.",
        "status": "running",
        "is_free": "on",
        "started": started,
    }
    data.update(changes)
    return data


def test_the_form_shows_the_current_values_without_login(client, world):
    page = client.get(URL).content.decode()
    assert 'value="Sprogcafé"' in page and "Dansk over kaffe." in page
    assert 'name="started"' in page and 'name="nickname"' in page
    assert "csrfmiddlewaretoken" in page


def test_a_correction_becomes_an_open_proposal(client, world, started):
    response = client.post(
        URL,
        form(
            started,
            summary="Dansk og kaffe hver tirsdag.",
            comment="Ny tekst",
            proposer_email="b@example.org",
            proposer_consent="on",
        ),
    )
    assert response.status_code == 302 and response["Location"] == "/holstebro/suggest/thanks/"
    proposal = ChangeProposal.objects.get()
    assert proposal.proposed == {"summary": "Dansk og kaffe hver tirsdag."}
    assert proposal.email == "b@example.org" and proposal.initiative == world.initiative


def test_errors_are_shown_per_field_and_nothing_typed_is_lost(client, world, started):
    response = client.post(
        URL,
        form(
            started,
            title="",
            summary="Min nye tekst",
            comment="Min kommentar",
            proposer_email="ikke-en-adresse",
        ),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="errorlist') >= 2
    assert "Min nye tekst" in page and "Min kommentar" in page and "ikke-en-adresse" in page
    assert not ChangeProposal.objects.exists()


def test_an_address_without_consent_is_refused_on_its_field(client, world, started):
    response = client.post(URL, form(started, summary="Ny", proposer_email="b@example.org"))
    assert response.status_code == 200 and not ChangeProposal.objects.exists()
    assert response.context["form"].errors["proposer_consent"]


def test_the_honeypot_pretends_success_and_stores_nothing(client, world, started):
    response = client.post(URL, form(started, summary="Spam", nickname="bot"))
    assert response.status_code == 302 and not ChangeProposal.objects.exists()


def test_a_form_sent_too_fast_is_refused_and_kept(client, world):
    just_now = signing.dumps(time.time(), salt=STARTED_SALT)
    response = client.post(URL, form(just_now, summary="Hurtig tekst"))
    assert response.status_code == 200 and not ChangeProposal.objects.exists()
    assert "Hurtig tekst" in response.content.decode()


def day_old_token():
    real = time.time
    signing.time.time = lambda: real() - 2 * 24 * 3600
    try:
        return signing.dumps(real() - 2 * 24 * 3600, salt=STARTED_SALT)
    finally:
        signing.time.time = real


@pytest.mark.parametrize("token", ["", "tampered:token", "day-old"])
def test_a_missing_forged_or_day_old_start_is_refused_with_a_fresh_one(client, world, token):
    token = day_old_token() if token == "day-old" else token
    response = client.post(URL, form(token, summary="Ny tekst"))
    assert response.status_code == 200 and not ChangeProposal.objects.exists()
    fresh = response.context["form"].data["started"]
    assert fresh != token and signing.loads(fresh, salt=STARTED_SALT) > time.time() - 60


def test_the_form_needs_its_csrf_token(world, started):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, form(started, summary="Ny")).status_code == 403


def test_posts_are_rate_limited_per_address(client, world, started):
    for _ in range(10):
        client.post(URL, form(started, summary="Ny"))
    response = client.post(URL, form(started, summary="Ny"))
    assert response.status_code == 429


def test_new_activities_and_organisations_can_be_suggested(client, world, started):
    response = client.post(
        "/holstebro/suggest/new-activity/",
        {
            "title": "Strikkeklub",
            "status": "running",
            "is_free": "on",
            "organisers": world.organisation.pk,
            "languages": "da, ar",
            "started": started,
        },
    )
    assert response.status_code == 302
    proposal = ChangeProposal.objects.get()
    assert proposal.is_new and proposal.proposed["organisers"] == [world.organisation.pk]
    assert proposal.proposed["languages"] == ["ar", "da"]
    client.post(
        "/holstebro/suggest/new-organisation/",
        {"name": "Ny forening", "kind": "association", "started": started},
    )
    assert ChangeProposal.objects.filter(entry_kind="organisation", is_new=True).exists()


def test_unknown_language_codes_are_named(client, world, started):
    response = client.post(
        "/holstebro/suggest/new-activity/",
        {"title": "X", "status": "running", "languages": "da, qqq", "started": started},
    )
    assert response.status_code == 200 and "qqq" in response.content.decode()


def test_only_visible_contacts_can_be_corrected_by_the_public(client, world, started):
    hidden = ContactPersonFactory(organisation=world.organisation, visibility="hidden", consent_date=None)
    assert client.get(f"/holstebro/suggest/contact/{hidden.uuid}/").status_code == 404
    assert client.get(f"/holstebro/suggest/contact/{world.contact.uuid}/").status_code == 200
    chooser = client.get("/holstebro/suggest/contact/").content.decode()
    assert "Anne Pedersen" in chooser and hidden.name not in chooser
    client.post(
        f"/holstebro/suggest/contact/{world.contact.uuid}/",
        {"name": "Anne Pedersen", "email": "anne@example.org", "phone": "12345678", "started": started},
    )
    assert ChangeProposal.objects.get().proposed == {"phone": "12345678"}


def test_organisations_are_corrected_too(client, world, started):
    client.post(
        "/holstebro/suggest/organisation/frivilligcenter/",
        {"name": "Frivilligcentret", "kind": "association", "started": started},
    )
    assert ChangeProposal.objects.get().proposed == {"name": "Frivilligcentret"}


def test_panels_invite_corrections_on_entry_pages_and_new_entries_on_the_home(client, world):
    assert URL in client.get("/holstebro/initiatives/sprogcafe/").content.decode()
    assert (
        "/holstebro/suggest/organisation/frivilligcenter/"
        in client.get("/holstebro/organisations/frivilligcenter/").content.decode()
    )
    assert "/holstebro/suggest/contact/" in client.get("/holstebro/contacts/").content.decode()
    home = client.get("/holstebro/").content.decode()
    assert "/holstebro/suggest/new-activity/" in home and "/holstebro/suggest/new-organisation/" in home


def test_edition_pages_list_changes_and_serve_the_pdf(client, world):
    publish_edition(municipality=world.holstebro)
    world.initiative.title = "Sprogcaféen"
    world.initiative.save()
    edition = publish_edition(municipality=world.holstebro, note="Sommer")
    page = client.get("/holstebro/editions/2/")
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]  # still building: never cached
    assert "Sprogcaféen" in page.content.decode() and "Sommer" in page.content.decode()
    assert client.get("/holstebro/editions/2/handbook.pdf").status_code == 404
    assert client.get("/holstebro/editions/2/status.json").json()["status"] == "pending"
    build_edition_pdf(edition_id=edition.pk)
    pdf = client.get("/holstebro/editions/2/handbook.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
    assert (
        client.get("/holstebro/editions/2/status.json").json()["pdf"] == "/holstebro/editions/2/handbook.pdf"
    )
    listing = client.get("/holstebro/editions/").content.decode()
    assert "/holstebro/editions/1/" in listing and "/holstebro/editions/2/handbook.pdf" in listing
    assert "/holstebro/editions/2/handbook.pdf" in client.get("/holstebro/").content.decode()
    assert client.get("/holstebro/editions/3/").status_code == 404


def test_the_publish_form_is_for_editors_only(client, world):
    assert 'action="/holstebro/editorial/publish/"' not in client.get("/holstebro/editions/").content.decode()
    client.force_login(world.users["editor"])
    assert 'action="/holstebro/editorial/publish/"' in client.get("/holstebro/editions/").content.decode()


def test_a_valid_verification_link_asks_then_confirms(client, world):
    token = make_verification_token(entries=[world.initiative])
    url = f"/holstebro/verify/{token}/"
    page = client.get(url)
    assert page.status_code == 200 and "Sprogcafé" in page.content.decode()
    world.initiative.refresh_from_db()
    assert (
        world.initiative.last_verified_at is None
    )  # opening the link (e.g. by a mail scanner) changes nothing
    assert client.post(url).status_code == 200
    world.initiative.refresh_from_db()
    assert timezone.now() - world.initiative.last_verified_at < timezone.timedelta(minutes=1)


def test_expired_and_tampered_links_say_what_happened(client, world, monkeypatch):
    token = make_verification_token(entries=[world.initiative])
    assert client.get(f"/holstebro/verify/{token[:-3]}xyz/").status_code == 400
    assert client.post(f"/holstebro/verify/{token[:-3]}xyz/").status_code == 400
    later = time.time() + 61 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.post(f"/holstebro/verify/{token}/").status_code == 410
    world.initiative.refresh_from_db()
    assert world.initiative.last_verified_at is None


def test_pages_for_unknown_things_are_404(client, world):
    for path in [
        "/nowhere/suggest/new-activity/",
        "/holstebro/suggest/activity/nothing/",
        "/holstebro/editions/1/handbook.pdf",
    ]:
        assert client.get(path).status_code == 404, path
    assert not Edition.objects.exists()


def test_a_suggested_activity_carries_its_time_and_place_and_links_to_the_entry_once_accepted(
    client, world, started
):
    from samvirke.directory.tests.factories import LocationFactory
    from samvirke.initiatives.models import Initiative

    hall = LocationFactory(municipality=world.holstebro, name="Biblioteket")
    page = client.get("/holstebro/suggest/new-activity/").content.decode()
    assert 'name="times-0-byday"' in page and "Biblioteket" in page
    response = client.post(
        "/holstebro/suggest/new-activity/",
        {
            "title": "Lektiehjælp",
            "status": "running",
            "is_free": "on",
            "locations": [hall.pk],
            "started": started,
            "times-TOTAL_FORMS": "1",
            "times-INITIAL_FORMS": "0",
            "times-MIN_NUM_FORMS": "0",
            "times-MAX_NUM_FORMS": "30",
            "times-0-freq": "WEEKLY",
            "times-0-interval": "1",
            "times-0-byday": ["TH"],
            "times-0-opens_at": "15:00",
            "times-0-closes_at": "17:00",
        },
    )
    assert response.status_code == 302
    proposal = ChangeProposal.objects.get()
    assert proposal.proposed["locations"] == [hall.pk]
    assert [item["byday"] for item in proposal.proposed["schedules"]] == ["TH"]
    client.force_login(world.users["editor"])
    detail = f"/holstebro/editorial/proposals/{proposal.pk}/"
    accepted = client.post(detail, {"fields_to_accept": list(proposal.proposed)})
    assert accepted.status_code == 302
    created = Initiative.objects.get(title="Lektiehjælp")
    assert [s.byday for s in created.schedules.all()] == ["TH"]
    assert f'href="{created.get_absolute_url()}"' in client.get(detail).content.decode()
