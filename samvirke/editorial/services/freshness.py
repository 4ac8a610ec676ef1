"""Keeping entries fresh: reminders with signed one-click links, and what those links do
(decision 0012)."""

import datetime as dt
from dataclasses import dataclass, field

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from samvirke.directory.models import Organisation
from samvirke.editorial import emails, fields
from samvirke.editorial.models import EditorialSettings, VerificationReminder
from samvirke.editorial.services.entries import mark_entry_verified
from samvirke.initiatives.models import Initiative
from samvirke.insights.selectors import label_link_checks, list_broken_links

VERIFY_SALT = "samvirke.editorial.verify"
# A reminder's links work for this long; the next reminder brings new ones.
LINK_MAX_AGE = dt.timedelta(days=60)
KIND_CODES = {"initiative": "i", "organisation": "o", "contact": "c"}
CODE_KINDS = {code: kind for kind, code in KIND_CODES.items()}


class InvalidLink(Exception):
    """The link was altered or is not one of ours."""


class ExpiredLink(Exception):
    """The link is genuine but older than LINK_MAX_AGE."""


def make_verification_token(*, entries: list) -> str:
    """A signed, timestamped token naming the entries a "still correct" link confirms."""
    return signing.dumps(
        [[KIND_CODES[fields.kind_of(entry)], entry.uuid.hex] for entry in entries],
        salt=VERIFY_SALT,
        compress=True,
    )


def read_verification_token(*, token: str, municipality) -> list:
    """The entries a token names (those still existing in the municipality). Raises InvalidLink, ExpiredLink."""
    try:
        items = signing.loads(token, salt=VERIFY_SALT, max_age=LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    entries = []
    try:
        for code, uuid in items:
            entry = (
                fields.model_for(CODE_KINDS[code])
                .objects.filter(uuid=uuid, municipality=municipality)
                .first()
            )
            if entry is not None:
                entries.append(entry)
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidLink from error
    return entries


@transaction.atomic
def confirm_still_correct(*, token: str, municipality) -> list:
    """What the one-click link does: set "last verified" on every entry it names. No login needed:
    the signature is the permission. Raises InvalidLink, ExpiredLink."""
    entries = read_verification_token(token=token, municipality=municipality)
    for entry in entries:
        mark_entry_verified(entry=entry, reason="verified-link")
    return entries


@dataclass
class ReminderReport:
    sent: int = 0
    entries: int = 0
    up_to_date: int = 0
    no_address: list = field(default_factory=list)
    reminded_recently: int = 0


def stale_entries(*, organisation, cutoff: dt.datetime) -> list:
    """The organisation's own record, contact persons and running activities not verified since `cutoff`."""

    def stale(entry) -> bool:
        return entry.last_verified_at is None or entry.last_verified_at < cutoff

    entries = [organisation] if stale(organisation) else []
    entries += [c for c in organisation.contacts.all() if stale(c)]
    entries += [i for i in organisation.initiatives.all() if i.status != Initiative.Status.ENDED and stale(i)]
    return entries


def reminder_recipient(organisation) -> str:
    """The organisation's own address, else its first contact person with one."""
    if organisation.email:
        return organisation.email
    return next((c.email for c in organisation.contacts.all() if c.email), "")


def send_verification_reminders(
    *,
    municipalities,
    older_than_days: int | None = None,
    base_url: str | None = None,
    progress=None,
    force: bool = False,
) -> ReminderReport:
    """E-mail each organisation a list of its entries not verified within the period, with signed
    "still correct" links and correction links. An organisation reminded within the municipality's
    reminder interval is skipped unless `force`. `progress(organisation)` is called per organisation."""
    report = ReminderReport()
    base = (base_url or emails.base_url()).rstrip("/")
    now = timezone.now()
    for municipality in municipalities:
        settings = EditorialSettings.objects.filter(municipality=municipality).first() or EditorialSettings()
        days = older_than_days if older_than_days is not None else settings.verification_period_days
        cutoff = now - dt.timedelta(days=days)
        recent = set(
            VerificationReminder.objects.filter(
                municipality=municipality,
                sent_at__gte=now - dt.timedelta(days=settings.reminder_interval_days),
            ).values_list("organisation_id", flat=True)
        )
        organisations = (
            Organisation.objects.for_municipality(municipality)
            .prefetch_related("contacts", "initiatives")
            .select_related("municipality")
            .order_by("name")
        )
        for organisation in organisations:
            if progress is not None:
                progress(organisation)
            entries = stale_entries(organisation=organisation, cutoff=cutoff)
            # Broken links of its own record and activities come along, and are reason enough to write.
            broken = label_link_checks(list_broken_links(organisations=[organisation]))
            if not entries and not broken:
                report.up_to_date += 1
                continue
            if organisation.pk in recent and not force:
                report.reminded_recently += 1
                continue
            recipient = reminder_recipient(organisation)
            if not recipient:
                report.no_address.append(organisation.name)
                continue
            _send_reminder(
                organisation=organisation,
                entries=entries,
                broken_links=broken,
                recipient=recipient,
                base=base,
                days=days,
            )
            VerificationReminder.objects.create(
                municipality=municipality,
                organisation=organisation,
                recipient=recipient,
                entry_count=len(entries),
            )
            report.sent += 1
            report.entries += len(entries)
    return report


def _send_reminder(
    *, organisation, entries, broken_links: list, recipient: str, base: str, days: int
) -> None:
    municipality = organisation.municipality

    def verify_url(items) -> str:
        return base + reverse(
            "editorial:verify", args=[municipality.slug, make_verification_token(entries=items)]
        )

    listed = [
        {
            "kind": fields.kind_of(entry),
            "label": getattr(entry, "title", None) or entry.name,
            "last_verified_at": entry.last_verified_at,
            "verify_url": verify_url([entry]),
            "correct_url": base + correction_path(entry),
        }
        for entry in entries
    ]
    emails.send(
        template="editorial/emails/verification_reminder",
        to=recipient,
        context={
            "organisation": organisation,
            "municipality": municipality,
            "entries": listed,
            "broken_links": broken_links,
            "all_url": verify_url(entries) if entries else "",
            "days": days,
            "max_age_days": LINK_MAX_AGE.days,
        },
        language=municipality.language,
    )


def correction_path(entry) -> str:
    """Where anyone (no login) suggests a correction of this entry."""
    kind = fields.kind_of(entry)
    slug = entry.municipality.slug
    if kind == "contact":
        return reverse("editorial:suggest_contact", args=[slug, entry.uuid])
    return reverse(f"editorial:suggest_{kind}", args=[slug, entry.slug])
