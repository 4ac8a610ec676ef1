import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.tests.factories import ChangeProposalFactory, EditionFactory


def test_the_database_refuses_an_address_without_consent_and_a_decision_without_a_date(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        ChangeProposalFactory(initiative=world.initiative, email="a@example.org", email_consent=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        ChangeProposalFactory(initiative=world.initiative, status=ChangeProposal.Status.REJECTED)


def test_edition_numbers_are_unique_per_municipality(world):
    EditionFactory(municipality=world.holstebro, number=1)
    EditionFactory(municipality=world.silkeborg, number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        EditionFactory(municipality=world.holstebro, number=1, published_at=timezone.now())


def test_a_proposal_knows_its_entry_and_page(world):
    proposal = ChangeProposalFactory(initiative=world.initiative)
    assert proposal.entry == world.initiative and proposal.is_open
    assert proposal.get_absolute_url() == f"/holstebro/editorial/proposals/{proposal.pk}/"
