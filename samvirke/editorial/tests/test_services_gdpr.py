import pytest
from django.core.exceptions import PermissionDenied

from samvirke.directory.models import ContactPerson
from samvirke.editorial.models import ChangeProposal, Erasure, VerificationReminder
from samvirke.editorial.services.gdpr import erase_contact
from samvirke.editorial.services.proposals import submit_change_proposal
from samvirke.editorial.tests.factories import EditionFactory


def test_erasing_removes_the_person_their_history_and_proposals_and_leaves_a_tombstone(world):
    contact = world.contact
    contact.role = "Leder"
    contact.save()
    submit_change_proposal(
        municipality=world.holstebro, kind="contact", entry=contact, values={"phone": "12345678"}
    )
    VerificationReminder.objects.create(
        municipality=world.holstebro,
        organisation=world.organisation,
        recipient="ANNE@example.org",
        entry_count=2,
    )
    edition = EditionFactory(
        municipality=world.holstebro,
        changes=[
            {
                "kind": "contact",
                "id": contact.pk,
                "label": "Anne Pedersen",
                "change": "new",
                "url": "",
                "fields": [{"name": "role", "old": "", "new": "Leder"}],
            }
        ],
    )
    erasure = erase_contact(user=world.users["editor"], contact_id=contact.pk, reason="Efter anmodning")
    assert not ContactPerson.objects.filter(pk=contact.pk).exists()
    rows = list(ContactPerson.history.filter(id=contact.pk))
    assert len(rows) == 1
    tombstone = rows[0]
    assert tombstone.history_type == "-" and tombstone.history_change_reason == "erased"
    assert tombstone.email == "" and "Anne" not in tombstone.name
    assert not ChangeProposal.objects.filter(entry_kind="contact").exists()
    assert not VerificationReminder.objects.exists()
    edition.refresh_from_db()
    assert "Anne" not in str(edition.changes)
    assert (
        erasure == Erasure.objects.get()
        and erasure.contact_uuid == contact.uuid
        and erasure.erased_by == world.users["editor"]
    )


@pytest.mark.parametrize("role", ["owner", "practitioner", "other editor"])
def test_only_editors_erase(world, role):
    with pytest.raises(PermissionDenied):
        erase_contact(user=world.users[role], contact_id=world.contact.pk)
    assert ContactPerson.objects.filter(pk=world.contact.pk).exists()
