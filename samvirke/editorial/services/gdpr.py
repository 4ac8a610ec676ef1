"""Erasing a contact person (GDPR art. 17): the record, its history and what mentions it.

The historical rows are replaced by one tombstone row (history_type "-", no personal data, reason
"erased"), so the organisation's timeline still shows that someone was removed; an Erasure row
says who erased whom (by id only) and when (decision 0003).

Every erasure is also appended to the erasure ledger (ERASURE_LEDGER, a file outside the database),
and a restore re-applies every erasure it records: a backup made before an erasure must not bring
the person back (decision 0013, amended by 0055).
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.directory.models import ContactPerson
from samvirke.editorial.models import Edition, Erasure, VerificationReminder
from samvirke.editorial.permissions import can_manage_personal_data
from samvirke.editorial.text import clean_text


@transaction.atomic
def erase_contact(*, user, contact_id: int, reason: str = "") -> Erasure:
    """Delete a contact person with their history; leave a tombstone. Raises PermissionDenied."""
    contact = (
        ContactPerson.objects.select_for_update().select_related("municipality").filter(pk=contact_id).first()
    )
    if contact is None or not can_manage_personal_data(user, contact.municipality):
        raise PermissionDenied
    erasure = Erasure.objects.create(
        municipality=contact.municipality,
        contact_uuid=contact.uuid,
        contact_pk=contact.pk,
        organisation=contact.organisation,
        erased_by=user,
        reason=clean_text(reason, multiline=False)[:300],
    )
    _erase(contact=contact, user=user)
    # Last, inside the transaction: a failed write to the ledger leaves the person unerased, never
    # erased without a record that a restore would re-apply.
    _append_to_ledger(erasure)
    return erasure


def _erase(*, contact, user) -> None:
    history = ContactPerson.history.model
    pk = contact.pk
    tombstone = history(
        id=pk,
        uuid=contact.uuid,
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
    if contact.email:
        VerificationReminder.objects.filter(recipient__iexact=contact.email).delete()
    for edition in Edition.objects.filter(municipality=contact.municipality).select_for_update():
        scrubbed = [_scrub(item, pk) for item in edition.changes]
        if scrubbed != edition.changes:
            Edition.objects.filter(pk=edition.pk).update(changes=scrubbed)


def _append_to_ledger(erasure: Erasure) -> None:
    # Ids only: the ledger says that someone was erased, never who.
    line = {
        "contact_uuid": str(erasure.contact_uuid),
        "contact_pk": erasure.contact_pk,
        "municipality": erasure.municipality.slug,
        "erased_at": erasure.erased_at.isoformat(),
    }
    path = Path(settings.ERASURE_LEDGER)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as ledger:
        ledger.write(json.dumps(line) + "\n")


def read_ledger() -> list[dict]:
    """The erasures recorded in the ledger, oldest first (an absent ledger records none)."""
    path = Path(settings.ERASURE_LEDGER)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@transaction.atomic
def reapply_erasures() -> list[str]:
    """Erase again every person the ledger or an Erasure row records and this database still holds
    (after a restore). Returns the ids of the records erased now."""
    recorded = {str(row.contact_uuid) for row in Erasure.objects.all()}
    ledger = {entry["contact_uuid"]: entry for entry in read_ledger()}
    erased = []
    for contact in (
        ContactPerson.objects.select_for_update()
        .select_related("municipality", "organisation")
        .filter(uuid__in=recorded | set(ledger))
        .order_by("pk")
    ):
        uuid = str(contact.uuid)
        if uuid not in recorded:
            erasure = Erasure.objects.create(
                municipality=contact.municipality,
                contact_uuid=contact.uuid,
                contact_pk=contact.pk,
                organisation=contact.organisation,
                reason=_("Erased again after a restore"),
            )
            Erasure.objects.filter(pk=erasure.pk).update(erased_at=ledger[uuid]["erased_at"])
        _erase(contact=contact, user=None)
        erased.append(uuid)
    return erased


def _scrub(item: dict, pk: int) -> dict:
    if item.get("kind") == "contact" and item.get("id") == pk:
        return {**item, "label": str(_("Erased person")), "fields": []}
    return item
