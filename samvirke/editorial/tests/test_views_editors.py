import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samvirke.editorial.models import ChangeProposal, Edition, EditorialSettings
from samvirke.editorial.services.entries import update_entry
from samvirke.editorial.services.proposals import submit_change_proposal
from samvirke.editorial.tests.factories import ChangeProposalFactory
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture
def editor(client, world):
    client.force_login(world.users["editor"])
    return client


def proposal_for(world, **values):
    return submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values=values,
        comment="Se her",
    )


def test_the_queue_lists_open_proposals_oldest_first(editor, world):
    first = proposal_for(world, title="A")
    second = proposal_for(world, summary="B")
    page = editor.get("/holstebro/editorial/proposals/").content.decode()
    assert page.index(f"/holstebro/editorial/proposals/{first.pk}/") < page.index(
        f"/holstebro/editorial/proposals/{second.pk}/"
    )


def test_the_review_page_shows_a_field_by_field_diff(editor, world):
    proposal = proposal_for(world, title="Sprogcaféen", summary="Nyt resumé")
    page = editor.get(f"/holstebro/editorial/proposals/{proposal.pk}/").content.decode()
    assert "<del>Sprogcafé</del>" in page and "<ins>Sprogcaféen</ins>" in page
    assert "<del>Dansk over kaffe.</del>" in page and "<ins>Nyt resumé</ins>" in page
    assert "Se her" in page


def test_accepting_part_of_a_proposal_updates_the_page_and_history(editor, world, client):
    proposal = proposal_for(world, title="Sprogcaféen", summary="Nyt resumé")
    response = editor.post(
        f"/holstebro/editorial/proposals/{proposal.pk}/",
        {"action": "accept", "fields_to_accept": ["summary"], "version": 1, "note": "Tak!"},
    )
    assert (
        response.status_code == 302
        and response["Location"] == f"/holstebro/editorial/proposals/{proposal.pk}/"
    )
    decided = editor.get(response["Location"]).content.decode()
    assert "Partly accepted" in decided or "Delvist" in decided
    page = client.get("/holstebro/initiatives/sprogcafe/").content.decode()
    assert "Nyt resumé" in page and "Sprogcaféen" not in page
    history = editor.get(f"/holstebro/editorial/history/initiative/{world.initiative.pk}/").content.decode()
    assert f"/holstebro/editorial/proposals/{proposal.pk}/" in history and "<ins>Nyt resumé</ins>" in history
    assert ChangeProposal.objects.get(pk=proposal.pk).decision_reason == "Tak!"


def test_a_review_of_a_stale_entry_is_shown_again_with_the_new_values(editor, world):
    proposal = proposal_for(world, title="Sprogcaféen")
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcafe 2"},
        base_version=1,
    )
    response = editor.post(
        f"/holstebro/editorial/proposals/{proposal.pk}/",
        {"action": "accept", "fields_to_accept": ["title"], "version": 1},
    )
    assert response.status_code == 409
    assert "<del>Sprogcafe 2</del>" in response.content.decode()
    assert ChangeProposal.objects.get(pk=proposal.pk).is_open


def test_rejecting_needs_a_reason_on_the_page(editor, world):
    proposal = proposal_for(world, title="Sprogcaféen")
    response = editor.post(
        f"/holstebro/editorial/proposals/{proposal.pk}/", {"action": "reject", "reason": ""}
    )
    assert response.status_code == 200 and response.context["reject_form"].errors
    response = editor.post(
        f"/holstebro/editorial/proposals/{proposal.pk}/", {"action": "reject", "reason": "Titlen er rigtig."}
    )
    assert response.status_code == 302
    assert ChangeProposal.objects.get(pk=proposal.pk).status == "rejected"


def test_a_new_activity_proposal_is_created_on_acceptance(editor, world):
    proposal = submit_change_proposal(
        municipality=world.holstebro, kind="initiative", values={"title": "Strikkeklub", "summary": "Strik"}
    )
    editor.post(
        f"/holstebro/editorial/proposals/{proposal.pk}/",
        {"action": "accept", "fields_to_accept": ["title", "summary"]},
    )
    assert Initiative.objects.get(slug="strikkeklub").summary == "Strik"


def count_queries(client, path) -> int:
    client.get(path)  # warm the caches (the municipality's language) so only the page's own queries count
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_queue_query_count_does_not_grow(editor, world):
    ChangeProposalFactory(initiative=InitiativeFactory(municipality=world.holstebro), proposed={"title": "T"})
    few = count_queries(editor, "/holstebro/editorial/proposals/")
    for n in range(8):
        ChangeProposalFactory(
            initiative=InitiativeFactory(municipality=world.holstebro), proposed={"title": f"T{n}"}
        )
    assert count_queries(editor, "/holstebro/editorial/proposals/") == few <= 9


def test_the_freshness_dashboard_query_count_does_not_grow(editor, world):
    few = count_queries(editor, "/holstebro/editorial/freshness/")
    for _ in range(8):
        InitiativeFactory(municipality=world.holstebro)
        world.organisation.__class__.objects.create(municipality=world.holstebro, name="X", slug=f"x-{_}")
    assert count_queries(editor, "/holstebro/editorial/freshness/") == few <= 14


def test_the_dashboard_shows_shares_and_proposal_times(editor, world):
    from django.utils import timezone

    world.organisation.__class__.objects.filter(pk=world.organisation.pk).update(
        last_verified_at=timezone.now()
    )
    proposal_for(world, title="Sprogcaféen")
    response = editor.get("/holstebro/editorial/freshness/")
    page = response.content.decode()
    assert "Frivilligcenter" in page and "Boldklubben" in page
    assert "33 %" in page  # the organisation, its contact person and its activity: one of three verified
    assert response.context["data"]["open_proposals"] == 1


def test_publishing_from_the_button_shows_the_new_edition(editor, world):
    response = editor.post("/holstebro/editorial/publish/", {"note": "Efterår"})
    edition = Edition.objects.get()
    assert response.status_code == 302 and response["Location"] == "/holstebro/editions/1/"
    assert edition.note == "Efterår" and edition.published_by == world.users["editor"]


def test_settings_choose_how_owners_edit(editor, world):
    response = editor.post(
        "/holstebro/editorial/settings/",
        {"owner_edits": "direct", "verification_period_days": 90, "reminder_interval_days": 14},
    )
    assert response.status_code == 302
    assert EditorialSettings.objects.get(municipality=world.holstebro).owner_edits == "direct"
    response = editor.post(
        "/holstebro/editorial/settings/",
        {"owner_edits": "direct", "verification_period_days": 5, "reminder_interval_days": 14},
    )
    assert response.status_code == 200 and response.context["form"].errors["verification_period_days"]


def test_the_area_shows_editors_their_tools_and_owners_their_entries(client, world):
    client.force_login(world.users["editor"])
    page = client.get("/holstebro/editorial/").content.decode()
    assert "/holstebro/editorial/proposals/" in page and "/holstebro/editorial/freshness/" in page
    client.force_login(world.users["owner"])
    page = client.get("/holstebro/editorial/").content.decode()
    assert (
        "/holstebro/editorial/edit/activity/sprogcafe/" in page
        and "/holstebro/editorial/proposals/" not in page
    )
    assert f"/holstebro/editorial/edit/contact/{world.contact.uuid}/" in page


def test_the_editors_link_is_shown_only_to_people_who_edit(client, world):
    assert 'href="/holstebro/editorial/"' not in client.get("/holstebro/").content.decode()
    client.force_login(world.users["practitioner"])
    assert 'href="/holstebro/editorial/"' not in client.get("/holstebro/").content.decode()
    for role in ("owner", "editor"):
        client.force_login(world.users[role])
        assert 'href="/holstebro/editorial/"' in client.get("/holstebro/").content.decode(), role


def test_editors_see_edit_and_history_links_on_entry_pages(client, world):
    client.force_login(world.users["editor"])
    page = client.get("/holstebro/initiatives/sprogcafe/").content.decode()
    assert "/holstebro/editorial/edit/activity/sprogcafe/" in page
    assert f"/holstebro/editorial/history/initiative/{world.initiative.pk}/" in page
    client.force_login(world.users["other owner"])
    assert (
        "/holstebro/editorial/edit/activity/sprogcafe/"
        not in client.get("/holstebro/initiatives/sprogcafe/").content.decode()
    )
