"""Personal data of contact persons, for editors: the list with consent, and the full export."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from samvirke.directory.models import ContactPerson
from samvirke.editorial.models import ChangeProposal, Edition, Erasure, VerificationReminder

PERSON_FIELDS = [
    "uuid",
    "name",
    "role",
    "email",
    "phone",
    "visibility",
    "consent_date",
    "consent_source",
    "created_at",
    "updated_at",
    "last_verified_at",
]


def list_contacts_for_editors(*, municipality, query: str = "") -> QuerySet:
    qs = ContactPerson.objects.for_municipality(municipality).select_related("organisation", "municipality")
    if query:
        qs = qs.filter(
            Q(name__icontains=query)
            | Q(role__icontains=query)
            | Q(organisation__name__icontains=query)
            | Q(email__icontains=query)
        )
    return qs.order_by("name", "pk")


def get_contact_or_404(*, municipality, uuid):
    contact = (
        ContactPerson.objects.for_municipality(municipality)
        .select_related("organisation", "municipality")
        .prefetch_related("initiatives")
        .filter(uuid=uuid)
        .first()
    )
    if contact is None:
        raise Http404("No such contact person")
    return contact


def list_erasures(*, municipality) -> QuerySet[Erasure]:
    return Erasure.objects.filter(municipality=municipality).select_related("organisation", "erased_by")


def _value(value):
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value is not None else None)


def get_personal_data(*, contact) -> dict:
    """Everything Samvirke holds about a contact person, as JSON-ready data (GDPR art. 15)."""
    history = contact.history.select_related("history_user").order_by("history_date", "history_id")
    return {
        "exported_at": timezone.now().isoformat(),
        "municipality": contact.municipality.name,
        "contact_person": {name: _value(getattr(contact, name)) for name in PERSON_FIELDS},
        "organisation": {"name": contact.organisation.name, "id": str(contact.organisation.uuid)},
        "listed_on_activities": [
            {"title": initiative.title, "id": str(initiative.uuid)}
            for initiative in contact.initiatives.all()
        ],
        "history": [
            {
                "date": row.history_date.isoformat(),
                "type": {"+": "created", "~": "changed", "-": "deleted"}[row.history_type],
                "reason": row.history_change_reason or "",
                "by": row.history_user.username if row.history_user else None,
                "values": {name: _value(getattr(row, name)) for name in PERSON_FIELDS},
            }
            for row in history
        ],
        "change_proposals": [
            {
                "id": p.pk,
                "proposed_at": p.created_at.isoformat(),
                "status": p.status,
                "values_when_proposed": p.original,
                "proposed_values": p.proposed,
                "comment": p.comment,
            }
            for p in ChangeProposal.objects.filter(contact=contact).order_by("created_at")
        ],
        "verification_reminders_received": [
            {
                "sent_at": r.sent_at.isoformat(),
                "entries_listed": r.entry_count,
                "organisation": r.organisation.name,
            }
            for r in VerificationReminder.objects.filter(recipient__iexact=contact.email).select_related(
                "organisation"
            )
        ]
        if contact.email
        else [],
        "mentioned_in_editions": [
            {"number": e.number, "published_at": e.published_at.isoformat()}
            for e in Edition.objects.filter(municipality=contact.municipality).order_by("number")
            if any(item.get("kind") == "contact" and item.get("id") == contact.pk for item in e.changes)
        ],
    }
