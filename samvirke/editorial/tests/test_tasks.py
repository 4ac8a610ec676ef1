import pytest

from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.models import Edition
from samvirke.editorial.services.editions import publish_edition
from samvirke.editorial.tasks import build_edition_pdf as build_task
from samvirke.editorial.tasks import send_proposal_outcome
from samvirke.editorial.tests.factories import ChangeProposalFactory


@pytest.mark.django_db(transaction=True)
def test_publishing_queues_the_pdf_for_the_worker(world, run_tasks):
    edition = publish_edition(municipality=world.holstebro)
    assert not Edition.objects.get(pk=edition.pk).pdf_ready
    assert run_tasks() == 1
    edition.refresh_from_db()
    assert edition.pdf_ready and edition.pdf.read(5) == b"%PDF-"


def test_a_pdf_built_meanwhile_is_not_built_again(world, monkeypatch):
    edition = publish_edition(municipality=world.holstebro)
    build_edition_pdf(edition_id=edition.pk)
    monkeypatch.setattr(
        "samvirke.editorial.edition_pdf.build_edition_pdf", lambda **kw: pytest.fail("built twice")
    )
    assert build_task.call(edition.pk) == Edition.objects.get(pk=edition.pk).pdf_pages


def test_an_open_proposal_or_one_without_address_sends_nothing(world, mailoutbox):
    open_one = ChangeProposalFactory(initiative=world.initiative, email="a@example.org", email_consent=True)
    assert send_proposal_outcome.call(open_one.pk) is False
    assert send_proposal_outcome.call(999999) is False
    assert mailoutbox == []
