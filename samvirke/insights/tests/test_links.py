import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.editorial.services.freshness import send_verification_reminders
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.insights import links
from samvirke.insights.models import EntryKind, LinkCheck
from samvirke.insights.runs import run_link_check
from samvirke.insights.tests.conftest import Answers

FAST = {"timeout": 0.5, "workers": 4, "pause": 0}


def _check(url: str) -> links.LinkResult:
    [result] = links.check_links([links.Link(EntryKind.ORGANISATION, 1, 1, url)], **FAST)
    return result


def test_each_answer_of_the_test_server_is_classified(link_server, settings):
    results = {
        path: _check(link_server + path) for path in ["/ok", "/moved", "/gone", "/error", "/slow", "/no-head"]
    }
    assert (results["/ok"].status, results["/ok"].http_status) == (LinkCheck.Status.OK, 200)
    moved = results["/moved"]
    assert moved.status == LinkCheck.Status.REDIRECTED
    assert moved.final_url == link_server + "/ok"
    assert moved.redirects == [{"status": 301, "to": link_server + "/ok"}]
    assert (results["/gone"].status, results["/gone"].reason) == (LinkCheck.Status.BROKEN, "HTTP 404")
    assert (results["/error"].status, results["/error"].reason) == (LinkCheck.Status.BROKEN, "HTTP 500")
    assert (results["/slow"].status, results["/slow"].reason) == (LinkCheck.Status.BROKEN, "timeout")
    assert results["/no-head"].status == LinkCheck.Status.OK  # HEAD refused, GET answered


def test_a_tls_error_is_reported_as_such(link_server):
    # The test server speaks plain HTTP: a TLS handshake with it fails.
    result = _check(link_server.replace("http://", "https://") + "/ok")
    assert (result.status, result.reason) == (LinkCheck.Status.BROKEN, "TLS error")


def test_requests_say_who_is_asking(link_server):
    _check(link_server + "/ok")
    [(method, path, agent)] = Answers.seen
    assert (method, path) == ("HEAD", "/ok")
    assert agent.startswith("SamvirkeLinkChecker/")


def test_unreachable_and_private_addresses_are_broken_not_a_crash(settings):
    settings.INSIGHTS_LINK_CHECK_PRIVATE_HOSTS = False
    private = _check("http://127.0.0.1:9/")
    assert (private.status, private.reason) == (LinkCheck.Status.BROKEN, "private address, not checked")
    assert _check("ftp://example.org/file").reason == "not a web address"
    unknown = _check("http://no-such-host.invalid/")
    assert (unknown.status, unknown.reason) == (LinkCheck.Status.BROKEN, "no connection")


@pytest.mark.django_db
def test_the_command_records_broken_links_with_the_day_first_seen(link_server, settings):
    settings.INSIGHTS_LINK_CHECK_TIMEOUT = 0.5
    settings.INSIGHTS_LINK_CHECK_PAUSE = 0
    organisation = OrganisationFactory(website=link_server + "/gone")
    working = InitiativeFactory(municipality=organisation.municipality, link=link_server + "/moved")
    call_command("check_links", "--no-progress")
    broken = LinkCheck.objects.get(kind=EntryKind.ORGANISATION, object_id=organisation.pk)
    assert (broken.status, broken.reason, broken.http_status) == (LinkCheck.Status.BROKEN, "HTTP 404", 404)
    first_seen = broken.first_broken_on
    assert first_seen is not None
    redirected = LinkCheck.objects.get(kind=EntryKind.INITIATIVE, object_id=working.pk)
    assert (redirected.status, redirected.first_broken_on) == (LinkCheck.Status.REDIRECTED, None)
    # Checked again: still broken since the same day; a removed link is forgotten.
    LinkCheck.objects.filter(pk=broken.pk).update(
        first_broken_on=first_seen.replace(year=first_seen.year - 1)
    )
    working.link = ""
    working.save()
    run_link_check(timeout=0.5, pause=0)
    assert LinkCheck.objects.get(pk=broken.pk).first_broken_on.year == first_seen.year - 1
    assert not LinkCheck.objects.filter(kind=EntryKind.INITIATIVE).exists()


@pytest.mark.django_db
def test_the_owners_next_reminder_lists_the_broken_link(link_server, settings):
    settings.INSIGHTS_LINK_CHECK_PAUSE = 0
    organisation = OrganisationFactory(website=link_server + "/error", email="owner@example.org")
    ContactPersonFactory(organisation=organisation)
    run_link_check(timeout=0.5, pause=0)
    report = send_verification_reminders(municipalities=[organisation.municipality])
    assert report.sent == 1
    body = mail.outbox[-1].body
    assert link_server + "/error" in body
    assert "HTTP 500" in body


@pytest.mark.django_db
def test_broken_links_alone_are_reason_enough_for_a_reminder(link_server):
    organisation = OrganisationFactory(
        website=link_server + "/gone", email="owner@example.org", last_verified_at=timezone.now()
    )
    run_link_check(timeout=0.5, pause=0)
    assert send_verification_reminders(municipalities=[organisation.municipality]).sent == 1
    assert link_server + "/gone" in mail.outbox[-1].body
