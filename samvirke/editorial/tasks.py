"""Background work of the editorial workflow, run by `manage.py db_worker` (decision 0008)."""

from django_tasks import task

from samvirke.editorial import edition_pdf, emails
from samvirke.editorial.models import ChangeProposal, Edition


@task()
def send_proposal_outcome(proposal_id: int) -> bool:
    """Tell the proposer what was decided, then delete their address (it was kept only for this)."""
    proposal = ChangeProposal.objects.select_related("municipality").filter(pk=proposal_id).first()
    if proposal is None or proposal.is_open or not proposal.email:
        return False
    try:
        entry = proposal.entry
        emails.send(
            template="editorial/emails/proposal_outcome",
            to=proposal.email,
            context={
                "proposal": proposal,
                "municipality": proposal.municipality,
                "entry_url": emails.base_url() + entry.get_absolute_url()
                if entry is not None and hasattr(entry, "get_absolute_url")
                else "",
            },
            language=proposal.municipality.language,
        )
    finally:
        ChangeProposal.objects.filter(pk=proposal_id).update(email="", email_consent=False)
    return True


@task()
def build_edition_pdf(edition_id: int) -> int:
    """Build an edition's PDF (progress is saved on the edition as it goes). Returns the page count."""
    edition = Edition.objects.filter(pk=edition_id).first()
    if edition is None:
        return 0
    if edition.pdf_ready:
        return edition.pdf_pages or 0  # built meanwhile (publish_edition --wait)
    return edition_pdf.build_edition_pdf(edition_id=edition_id)
