import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.services.entries import EditConflict, update_entry
from samvirke.editorial.services.proposals import (
    MAX_OPEN_PER_ENTRY,
    accept_change_proposal,
    reject_change_proposal,
    submit_change_proposal,
)
from samvirke.editorial.tests.factories import ChangeProposalFactory
from samvirke.initiatives.models import Initiative


def propose(world, **values):
    return submit_change_proposal(
        municipality=world.holstebro, kind="initiative", entry=world.initiative, values=values
    )


def test_only_changed_values_are_kept_with_what_they_were(world):
    proposal = propose(world, title="Sprogcafé", summary="  Dansk og kaffe hver tirsdag. ", languages=["da"])
    assert proposal.proposed == {"summary": "Dansk og kaffe hver tirsdag.", "languages": ["da"]}
    assert proposal.original == {"summary": "Dansk over kaffe.", "languages": []}
    assert proposal.base_version == 1 and proposal.entry_label == "Sprogcafé" and proposal.is_open


def test_markup_is_stripped_from_everything_a_visitor_sends(world):
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"summary": '<b onmouseover="x()">Fed</b> <script>alert(1)</script>tekst'},
        comment="<img src=x onerror=alert(1)>Se <a href='javascript:x'>her</a>",
    )
    assert proposal.proposed["summary"] == "Fed tekst"
    assert proposal.comment == "Se her"


def test_a_proposal_that_changes_nothing_needs_a_comment(world):
    with pytest.raises(ValidationError) as error:
        propose(world, title="Sprogcafé")
    assert "__all__" in error.value.message_dict
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={},
        comment="Tiden er forkert.",
    )
    assert proposal.proposed == {}


def test_an_address_is_kept_only_with_consent(world):
    with pytest.raises(ValidationError) as error:
        submit_change_proposal(
            municipality=world.holstebro,
            kind="initiative",
            entry=world.initiative,
            values={"title": "Ny"},
            email="a@example.org",
        )
    assert "email_consent" in error.value.message_dict
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"title": "Ny"},
        email=" A@Example.org ",
        email_consent=True,
    )
    assert proposal.email == "a@example.org"


def test_comments_full_of_links_are_refused(world):
    with pytest.raises(ValidationError) as error:
        submit_change_proposal(
            municipality=world.holstebro,
            kind="initiative",
            entry=world.initiative,
            values={},
            comment="http://a.example http://b.example http://c.example www.d.example",
        )
    assert "comment" in error.value.message_dict


def test_a_flood_of_proposals_about_one_entry_is_stopped(world):
    ChangeProposalFactory.create_batch(MAX_OPEN_PER_ENTRY, initiative=world.initiative)
    with pytest.raises(ValidationError):
        propose(world, title="Endnu en")


def test_a_new_entry_needs_its_title(world):
    with pytest.raises(ValidationError) as error:
        submit_change_proposal(
            municipality=world.holstebro, kind="initiative", values={"summary": "Uden titel"}
        )
    assert "title" in error.value.message_dict


def test_accepting_some_fields_applies_only_those_and_records_the_proposal(world):
    proposal = propose(world, title="Sprogcaféen", summary="Nyt resumé.")
    entry = accept_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=["summary"], base_version=1
    )
    assert entry.summary == "Nyt resumé." and entry.title == "Sprogcafé"
    proposal.refresh_from_db()
    assert proposal.status == ChangeProposal.Status.PARTLY_ACCEPTED
    assert proposal.accepted_fields == ["summary"] and proposal.decided_by == world.users["editor"]
    assert entry.history.first().history_change_reason == f"proposal:{proposal.pk}"


def test_accepting_everything_marks_it_accepted(world):
    proposal = propose(world, title="Sprogcaféen")
    accept_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=["title"]
    )
    assert ChangeProposal.objects.get(pk=proposal.pk).status == ChangeProposal.Status.ACCEPTED


def test_a_proposal_is_decided_only_once(world):
    proposal = propose(world, title="Sprogcaféen")
    accept_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=["title"]
    )
    with pytest.raises(ValidationError):
        reject_change_proposal(proposal_id=proposal.pk, reviewer=world.users["editor"], reason="For sent")


def test_accepting_needs_a_field_and_only_proposed_ones(world):
    proposal = propose(world, title="Sprogcaféen")
    with pytest.raises(ValidationError):
        accept_change_proposal(proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=[])
    with pytest.raises(ValidationError):
        accept_change_proposal(
            proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=["price"]
        )


def test_accepting_an_entry_that_moved_on_is_a_conflict(world):
    proposal = propose(world, title="Sprogcaféen")
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"summary": "X"},
        base_version=1,
    )
    with pytest.raises(EditConflict):
        accept_change_proposal(
            proposal_id=proposal.pk,
            reviewer=world.users["editor"],
            fields_to_accept=["title"],
            base_version=1,
        )
    assert ChangeProposal.objects.get(pk=proposal.pk).is_open


def test_accepting_a_new_initiative_creates_it_with_its_organiser(world):
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        values={
            "title": "Strikkeklub",
            "summary": "Strik og snak.",
            "organisers": [world.organisation.pk],
            "languages": ["da"],
        },
    )
    entry = accept_change_proposal(
        proposal_id=proposal.pk,
        reviewer=world.users["editor"],
        fields_to_accept=["title", "organisers", "languages"],
    )
    assert entry.slug == "strikkeklub" and entry.summary == ""
    assert list(entry.organisers.all()) == [world.organisation] and entry.language_codes == ["da"]
    assert ChangeProposal.objects.get(pk=proposal.pk).initiative == entry


@pytest.mark.parametrize("role", ["practitioner", "owner", "other editor"])
def test_only_editors_of_the_municipality_decide(world, role):
    proposal = propose(world, title="Sprogcaféen")
    with pytest.raises(PermissionDenied):
        accept_change_proposal(
            proposal_id=proposal.pk, reviewer=world.users[role], fields_to_accept=["title"]
        )
    with pytest.raises(PermissionDenied):
        reject_change_proposal(proposal_id=proposal.pk, reviewer=world.users[role], reason="Nej tak")
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"


def test_rejecting_needs_a_reason(world):
    proposal = propose(world, title="Sprogcaféen")
    with pytest.raises(ValidationError) as error:
        reject_change_proposal(proposal_id=proposal.pk, reviewer=world.users["editor"], reason=" ")
    assert "reason" in error.value.message_dict
    reject_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["admin"], reason="Titlen er korrekt."
    )
    assert ChangeProposal.objects.get(pk=proposal.pk).status == ChangeProposal.Status.REJECTED


@pytest.mark.django_db(transaction=True)
def test_the_proposer_hears_the_outcome_and_the_address_is_then_deleted(world, run_tasks, mailoutbox):
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"title": "Sprogcaféen"},
        email="borger@example.org",
        email_consent=True,
    )
    reject_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["editor"], reason="Navnet er rigtigt."
    )
    assert (
        ChangeProposal.objects.get(pk=proposal.pk).email == "borger@example.org"
    )  # until the task has sent it
    assert run_tasks() == 1
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["borger@example.org"]
    assert "Navnet er rigtigt." in message.body and "Sprogcafé" in message.body
    proposal.refresh_from_db()
    assert proposal.email == "" and not proposal.email_consent
