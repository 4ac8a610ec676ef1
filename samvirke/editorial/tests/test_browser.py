"""The editorial workflow in a real browser, as a new user would use it, with axe-core (WCAG 2.1 AA)
on every page type it adds and no Content-Security-Policy violation (the `page` fixture)."""

import re
import urllib.request

import pytest

from samvirke.accounts.models import User
from samvirke.directory.models import ContactPerson
from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.models import ChangeProposal, Edition
from samvirke.editorial.services.entries import update_entry
from samvirke.editorial.services.freshness import make_verification_token
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import Policy


@pytest.fixture
def demo(demo):
    """The demo with its editions' PDFs built, as the worker would have built them."""
    for edition in Edition.objects.all():
        build_edition_pdf(edition_id=edition.pk)
    return demo


def log_in(page, username: str) -> None:
    page.open("/accounts/login/?next=/holstebro/editorial/")
    page.fill("#id_login", username)
    page.fill("#id_password", "samvirke-demo")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/holstebro/editorial/")


def check(page, path: str, failures: dict, status: int = 200) -> None:
    response = page.open(path)
    assert response.status == status, (path, response.status)
    if violations := page.axe_violations():
        failures[path] = violations


@pytest.mark.browser
def test_a_new_user_corrects_an_activity_and_an_editor_publishes_it(page, demo, live_server):
    # 1. Without logging in: suggest a correction from the activity's page.
    page.open("/holstebro/initiatives/sprogcafeen/")
    page.get_by_role("link", name="Foreslå en rettelse").click()
    page.wait_for_url("**/holstebro/suggest/activity/sprogcafeen/")
    assert page.get_by_label("Titel").input_value() == "Sprogcaféen"  # the form shows the current values
    page.get_by_label("Resumé").fill("Sprogcafé med frivillige – tirsdag aften og lørdag formiddag.")
    page.get_by_label("Pris").fill("Gratis kaffe")
    page.get_by_label("Kommentar").fill("Lørdagene mangler i teksten.")
    page.wait_for_timeout(3200)  # a person takes a few seconds; faster posts are refused as robots
    page.get_by_role("button", name="Send forslag").click()
    page.wait_for_url("**/holstebro/suggest/thanks/")
    proposal = ChangeProposal.objects.get(comment="Lørdagene mangler i teksten.")
    assert set(proposal.proposed) == {"summary", "price"}

    # 2. The Holstebro editor logs in, sees the diff and accepts part of it.
    log_in(page, "editor-holstebro")
    page.get_by_role("link", name="Forslag", exact=True).first.click()
    page.get_by_role("link", name=f"#{proposal.pk}").click()
    assert "Sprogcafé med frivillige" in page.locator("table.diff").inner_text()
    page.get_by_label("Pris").uncheck()  # accept the summary, not the price
    page.get_by_role("button", name="Acceptér de afkrydsede felter").click()
    page.wait_for_url(f"**/holstebro/editorial/proposals/{proposal.pk}/")
    assert ChangeProposal.objects.get(pk=proposal.pk).status == "partly_accepted"

    # 3. The page shows the new value; the history shows who, when and from which proposal.
    page.open("/holstebro/initiatives/sprogcafeen/")
    assert "Sprogcafé med frivillige – tirsdag aften og lørdag formiddag." in page.content()
    page.get_by_role("link", name="Historik").click()
    history = page.locator("main").inner_text()
    assert f"Fra forslag #{proposal.pk}" in history and "Sprogcafé med frivillige" in history

    # 4. Publish an edition: its "what changed" lists the correction; download the PDF.
    page.open("/holstebro/editions/")
    page.get_by_label("Note til denne udgave (valgfri)").fill("Efterårsudgaven")
    page.get_by_role("button", name="Udgiv udgaven").click()
    page.wait_for_url("**/holstebro/editions/2/")
    changes = page.locator("#changes-heading + *").locator("xpath=..").inner_text()
    assert "Sprogcaféen" in changes and "Sprogcafé med frivillige" in changes
    edition = Edition.objects.get(municipality__slug="holstebro", number=2)
    build_edition_pdf(edition_id=edition.pk)  # what the background worker does
    page.reload()
    link = page.get_by_role("link", name=re.compile("Hent PDF"))
    with urllib.request.urlopen(live_server.url + link.get_attribute("href")) as response:
        assert response.headers["Content-Type"] == "application/pdf" and response.read(5) == b"%PDF-"


@pytest.mark.browser
def test_every_editorial_page_type_passes_axe(page, demo):
    holstebro_initiative = Initiative.objects.get(municipality__slug="holstebro", slug="sprogcafeen")
    contact = ContactPerson.objects.filter(municipality__slug="holstebro", visibility="public").first()
    proposal = ChangeProposal.objects.filter(municipality__slug="holstebro").first()
    token = make_verification_token(entries=[holstebro_initiative])
    failures: dict = {}
    for path in [
        "/holstebro/",
        "/holstebro/initiatives/sprogcafeen/",
        "/holstebro/suggest/activity/sprogcafeen/",
        "/holstebro/suggest/organisation/frivilligcenter-holstebro/",
        "/holstebro/suggest/contact/",
        f"/holstebro/suggest/contact/{contact.uuid}/",
        "/holstebro/suggest/new-activity/",
        "/holstebro/suggest/new-organisation/",
        "/holstebro/suggest/thanks/",
        "/holstebro/editions/",
        "/holstebro/editions/1/",
        f"/holstebro/verify/{token}/",
    ]:
        check(page, path, failures)
    check(page, "/holstebro/verify/not-a-token/", failures, status=400)
    # A form sent too fast comes back with its errors (and the values kept).
    page.open("/holstebro/suggest/new-activity/")
    page.get_by_role("button", name="Send forslag").click()
    if violations := page.axe_violations():
        failures["suggest with errors"] = violations

    log_in(page, "editor-holstebro")
    policy = Policy.objects.filter(municipality__slug="holstebro").first()
    for path in [
        "/holstebro/editorial/",
        "/holstebro/editorial/proposals/",
        "/holstebro/editorial/proposals/?status=decided",
        f"/holstebro/editorial/proposals/{proposal.pk}/",
        "/holstebro/editorial/freshness/",
        "/holstebro/editorial/settings/",
        "/holstebro/editorial/edit/activity/sprogcafeen/",
        "/holstebro/editorial/edit/organisation/frivilligcenter-holstebro/",
        f"/holstebro/editorial/edit/contact/{contact.uuid}/",
        f"/holstebro/editorial/history/initiative/{holstebro_initiative.pk}/",
        f"/holstebro/editorial/history/policy/{policy.pk}/",
        "/holstebro/editorial/contacts/",
        f"/holstebro/editorial/contacts/{contact.uuid}/",
        "/holstebro/editions/",
    ]:
        check(page, path, failures)

    # The conflict page: someone else saves while this editor has the form open.
    page.open("/holstebro/editorial/edit/activity/sprogcafeen/")
    update_entry(
        user=User.objects.get(username="admin"),
        kind="initiative",
        entry_id=holstebro_initiative.pk,
        values={"summary": "Gemt imens."},
        base_version=None,
    )
    page.get_by_label("Titel").fill("Sprogcaféen i Holstebro")
    page.get_by_role("button", name="Gem", exact=True).click()
    assert "Gemt imens." in page.locator(".conflict").inner_text()
    assert page.get_by_label("Titel").input_value() == "Sprogcaféen i Holstebro"  # nothing typed is lost
    if violations := page.axe_violations():
        failures["conflict page"] = violations

    # An edition whose PDF is still being built shows its progress.
    page.open("/holstebro/editions/")
    page.get_by_role("button", name="Udgiv udgaven").click()
    page.wait_for_url("**/holstebro/editions/2/")
    assert page.locator("progress").count() == 1
    if violations := page.axe_violations():
        failures["edition being built"] = violations
    assert failures == {}
