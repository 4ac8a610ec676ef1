"""Publishing editions: the list of what changed is fixed at publication, the PDF follows in the
background (decision 0011)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.editorial import tasks
from samvirke.editorial.models import Edition
from samvirke.editorial.permissions import can_publish_edition
from samvirke.editorial.selectors.changes import list_changes_between, summarise
from samvirke.editorial.text import clean_text
from samvirke.initiatives.models import Initiative

MAX_NOTE = 1000


@transaction.atomic
def publish_edition(
    *, municipality: Municipality, user=None, note: str = "", is_demo: bool = False
) -> Edition:
    """Publish the next edition of a municipality's handbook and queue its PDF.

    `user` None means the system (the management command). Raises PermissionDenied, ValidationError.
    """
    if user is not None and not can_publish_edition(user, municipality):
        raise PermissionDenied
    note = clean_text(note)
    if len(note) > MAX_NOTE:
        raise ValidationError({"note": [_("Keep the note under %(n)s characters.") % {"n": MAX_NOTE}]})
    # One publisher at a time per municipality, so two editions never get the same number.
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    previous = Edition.objects.filter(municipality=municipality).order_by("-number").first()
    now = timezone.now()
    since = previous.published_at if previous else None
    with translation.override(municipality.language):
        changes = list_changes_between(municipality=municipality, since=since, until=now)
    edition = Edition(
        municipality=municipality,
        number=previous.number + 1 if previous else 1,
        published_at=now,
        published_by=user if user is not None and user.is_authenticated else None,
        note=note,
        since=since,
        changes=changes,
        totals={**summarise(changes), **_counts(municipality)},
        is_demo=is_demo,
    )
    edition.full_clean()
    edition.save()
    queue_edition_pdf(edition=edition)
    return edition


def _counts(municipality) -> dict:
    return {
        "initiatives": Initiative.objects.for_municipality(municipality).exclude(status="ended").count(),
        "organisations": Organisation.objects.for_municipality(municipality).count(),
    }


def queue_edition_pdf(*, edition: Edition) -> None:
    """Mark the PDF as waiting and queue it for the background worker."""
    Edition.objects.filter(pk=edition.pk).update(
        pdf_status=Edition.PdfStatus.PENDING, pdf_progress=0, pdf_stage="", pdf_error=""
    )
    transaction.on_commit(lambda: tasks.build_edition_pdf.enqueue(edition.pk))
