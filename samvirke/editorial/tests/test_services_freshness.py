import datetime as dt

import pytest
from django.core import signing
from django.utils import timezone

from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.editorial.models import VerificationReminder
from samvirke.editorial.services.freshness import (
    LINK_MAX_AGE,
    ExpiredLink,
    InvalidLink,
    confirm_still_correct,
    make_verification_token,
    read_verification_token,
    send_verification_reminders,
    stale_entries,
)
from samvirke.editorial.tests.factories import EditorialSettingsFactory
from samvirke.initiatives.models import Initiative


@pytest.fixture
def stale(world):
    old = timezone.now() - dt.timedelta(days=400)
    Initiative.objects.filter(pk=world.initiative.pk).update(last_verified_at=old)
    world.organisation.contacts.update(last_verified_at=timezone.now())
    world.organisation.__class__.objects.filter(pk=world.organisation.pk).update(
        email="info@frivillig.example.org"
    )
    world.other_organisation.__class__.objects.filter(pk=world.other_organisation.pk).update(
        last_verified_at=timezone.now()
    )
    return world


def test_stale_entries_are_the_unverified_ones_of_the_organisation(stale):
    cutoff = timezone.now() - dt.timedelta(days=180)
    organisation = stale.organisation.__class__.objects.get(pk=stale.organisation.pk)
    assert {str(e) for e in stale_entries(organisation=organisation, cutoff=cutoff)} == {
        "Frivilligcenter",
        "Sprogcafé",
    }


def test_reminders_list_each_entry_with_signed_links(stale, mailoutbox):
    report = send_verification_reminders(
        municipalities=[stale.holstebro], base_url="https://samvirke.example"
    )
    assert report.sent == 1 and report.entries == 2 and report.up_to_date == 1
    message = mailoutbox[0]
    assert message.to == ["info@frivillig.example.org"]
    assert "Sprogcafé" in message.body and "Frivilligcenter" in message.body
    assert message.body.count("https://samvirke.example/holstebro/verify/") == 3  # one per entry, one for all
    assert "https://samvirke.example/holstebro/suggest/activity/sprogcafe/" in message.body
    assert VerificationReminder.objects.get().entry_count == 2


def test_an_organisation_is_not_reminded_twice_within_the_interval(stale, mailoutbox):
    send_verification_reminders(municipalities=[stale.holstebro])
    again = send_verification_reminders(municipalities=[stale.holstebro])
    assert again.sent == 0 and again.reminded_recently == 1
    assert send_verification_reminders(municipalities=[stale.holstebro], force=True).sent == 1
    assert len(mailoutbox) == 2


def test_the_period_comes_from_the_option_or_the_municipality(stale, mailoutbox):
    assert (
        send_verification_reminders(municipalities=[stale.holstebro], older_than_days=500).sent == 1
    )  # never verified org
    EditorialSettingsFactory(municipality=stale.holstebro, verification_period_days=730)
    VerificationReminder.objects.all().delete()
    Initiative.objects.update(last_verified_at=timezone.now() - dt.timedelta(days=400))
    stale.organisation.__class__.objects.update(last_verified_at=timezone.now())
    assert send_verification_reminders(municipalities=[stale.holstebro]).sent == 0


def test_without_any_address_the_organisation_is_reported(world, mailoutbox):
    silent = OrganisationFactory(municipality=world.holstebro, name="Tavs forening", email="")
    ContactPersonFactory(organisation=silent, email="")
    report = send_verification_reminders(municipalities=[world.holstebro])
    assert "Tavs forening" in report.no_address
    recipients = [m.to[0] for m in mailoutbox]
    assert (
        "anne@example.org" in recipients
    )  # the first contact person's address when the organisation has none


def test_a_valid_link_confirms_the_entries_it_names(world):
    token = make_verification_token(entries=[world.initiative, world.contact])
    entries = confirm_still_correct(token=token, municipality=world.holstebro)
    assert {str(e) for e in entries} == {"Sprogcafé", "Anne Pedersen"}
    world.initiative.refresh_from_db()
    assert world.initiative.last_verified_at is not None and world.initiative.version == 1
    assert world.initiative.history.first().history_change_reason == "verified-link"


def test_an_expired_link_is_refused(world, monkeypatch):
    token = make_verification_token(entries=[world.initiative])
    later = timezone.now().timestamp() + LINK_MAX_AGE.total_seconds() + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    with pytest.raises(ExpiredLink):
        confirm_still_correct(token=token, municipality=world.holstebro)
    world.initiative.refresh_from_db()
    assert world.initiative.last_verified_at is None


@pytest.mark.parametrize(
    "mangle",
    [lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"), lambda t: "x" + t, lambda t: "garbage"],
)
def test_a_tampered_link_is_refused(world, mangle):
    token = make_verification_token(entries=[world.initiative])
    with pytest.raises(InvalidLink):
        read_verification_token(token=mangle(token), municipality=world.holstebro)


def test_a_link_only_works_in_its_own_municipality(world):
    token = make_verification_token(entries=[world.initiative])
    assert read_verification_token(token=token, municipality=world.silkeborg) == []


def test_a_token_signed_for_something_else_is_refused(world):
    forged = signing.dumps([["i", world.initiative.uuid.hex]], salt="another.purpose")
    with pytest.raises(InvalidLink):
        read_verification_token(token=forged, municipality=world.holstebro)
