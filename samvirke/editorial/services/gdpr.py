"""Erasing a contact person (GDPR art. 17): the record, its history and what mentions it.

The historical rows are replaced by one tombstone row (history_type "-", no personal data, reason
"erased"), so the organisation's timeline still shows that someone was removed; an Erasure row
says who erased whom (by id only) and when (decision 0003).
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import can_manage_personal_data
from samvirke.editorial.models import Edition, Erasure, VerificationReminder
from samvirke.editorial.text import clean_text


@transaction.atomic
def erase_contact(*, user, contact_id: int, reason: str = "") -> Erasure:
    """Delete a contact person with their history; leave a tombstone. Raises PermissionDenied."""
    from samvirke.directory.models import ContactPerson

    contact = (
        ContactPerson.objects.select_for_update().select_related("municipality").filter(pk=contact_id).first()
    )
    if contact is None or not can_manage_personal_data(user, contact.municipality):
        raise PermissionDenied
    history = ContactPerson.history.model
    pk, uuid, email = contact.pk, contact.uuid, contact.email
    tombstone = history(
        id=pk,
        uuid=uuid,
        municipality_id=contact.municipality_id,
        organisation_id=contact.organisation_id,
        name=_("Erased person"),
        role="",
        email="",
        phone="",
        visibility=ContactPerson.Visibility.HIDDEN,
        consent_date=None,
        consent_source="",
        created_at=contact.created_at,
        updated_at=timezone.now(),
        last_verified_at=None,
        version=contact.version,
        is_demo=contact.is_demo,
        history_date=timezone.now(),
        history_type="-",
        history_change_reason="erased",
        history_user=user,
    )
    contact.skip_history_when_saving = True  # the tombstone below is the only trace
    contact.delete()  # proposals about the person go with it (on_delete=CASCADE)
    history.objects.filter(id=pk).delete()
    tombstone.save()
    if email:
        VerificationReminder.objects.filter(recipient__iexact=email).delete()
    for edition in Edition.objects.filter(municipality=contact.municipality).select_for_update():
        scrubbed = [_scrub(item, pk) for item in edition.changes]
        if scrubbed != edition.changes:
            Edition.objects.filter(pk=edition.pk).update(changes=scrubbed)
    return Erasure.objects.create(
        municipality=contact.municipality,
        contact_uuid=uuid,
        contact_pk=pk,
        organisation=contact.organisation,
        erased_by=user,
        reason=clean_text(reason, multiline=False)[:300],
    )


def _scrub(item: dict, pk: int) -> dict:
    if item.get("kind") == "contact" and item.get("id") == pk:
        return {**item, "label": str(_("Erased person")), "fields": []}
    return item
