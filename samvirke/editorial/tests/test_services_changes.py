"""submit_entry_change: the one place that decides whether a change is applied or proposed (decision 0064)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from samvirke.core.exceptions import Conflict
from samvirke.editorial.models import ChangeProposal, EditorialSettings
from samvirke.editorial.services.changes import is_applied_directly, submit_entry_change


def _change(world, user, **options):
    return submit_entry_change(
        user=user,
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"summary": "Dansk over te."},
        **options,
    )


def test_an_editors_edit_is_applied_and_an_owners_is_proposed_unless_owners_publish(world):
    editor, owner = world.users["editor"], world.users["owner"]
    applied = _change(world, editor)
    assert applied.applied and applied.changed == {"summary": "Dansk over te."} and applied.proposal is None
    world.initiative.refresh_from_db()
    assert world.initiative.summary == "Dansk over te."

    proposed = submit_entry_change(
        user=owner,
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"summary": "Dansk over saft."},
        source=ChangeProposal.Source.OWNER,
    )
    assert not proposed.applied and proposed.proposal.submitted_by == owner
    world.initiative.refresh_from_db()
    assert world.initiative.summary == "Dansk over te."

    EditorialSettings.objects.create(municipality=world.holstebro, owner_edits="direct")
    assert is_applied_directly(owner, world.initiative)
    assert _change(world, owner, base_version=world.initiative.version).applied


def test_a_suggestion_is_proposed_and_anonymous_whoever_sends_it(world):
    for user in (AnonymousUser(), world.users["editor"]):
        outcome = _change(world, user, suggestion=True, comment="Kaffen er skiftet ud.")
        assert not outcome.applied
        assert outcome.proposal.status == ChangeProposal.Status.OPEN and outcome.proposal.submitted_by is None
    world.initiative.refresh_from_db()
    assert world.initiative.summary == "Dansk over kaffe."


def test_nobody_proposes_a_new_contact_person(world):
    with pytest.raises(ValidationError) as error:
        submit_entry_change(
            user=world.users["editor"],
            municipality=world.holstebro,
            kind="contact",
            values={"name": "Ny Person"},
            suggestion=True,
        )
    assert "entry_id" in error.value.message_dict
    assert not ChangeProposal.objects.exists()


def test_a_stale_edit_is_a_conflict_and_nothing_is_saved(world):
    stale = world.initiative.version
    _change(world, world.users["editor"])
    with pytest.raises(Conflict):
        submit_entry_change(
            user=world.users["editor"],
            municipality=world.holstebro,
            kind="initiative",
            entry=world.initiative,
            values={"summary": "Gammel udgave."},
            base_version=stale,
        )
    world.initiative.refresh_from_db()
    assert world.initiative.summary == "Dansk over te."
