"""Keeping the handbook true: correction proposals, editions, freshness reminders and erasures.

How proposals are stored and applied: docs/decisions/0010-proposals-and-edits.md.
Editions, "what changed" and the PDF: docs/decisions/0011-editions.md.
"""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field
from samvirke.core.models import Municipality
from samvirke.core.private_files import private_storage
from samvirke.editorial.text import describe_counts


class EntryKind(models.TextChoices):
    INITIATIVE = "initiative", _("Activity")
    ORGANISATION = "organisation", _("Organisation")
    CONTACT = "contact", _("Contact person")


class EditorialSettings(models.Model):
    """How a municipality runs its editorial work. A municipality without a row gets the defaults."""

    class OwnerEdits(models.TextChoices):
        DIRECT = "direct", _("Organisation owners' edits are published at once")
        REVIEW = "review", _("Organisation owners' edits wait for an editor's review")

    municipality = models.OneToOneField(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="editorial_settings",
    )
    owner_edits = models.CharField(
        _("organisation owners' edits"), max_length=8, choices=OwnerEdits.choices, default=OwnerEdits.REVIEW
    )
    verification_period_days = models.PositiveSmallIntegerField(
        _("verification period (days)"),
        default=180,
        validators=[MinValueValidator(30), MaxValueValidator(730)],
        help_text=_("Entries not verified within this many days are included in the reminders."),
    )
    reminder_interval_days = models.PositiveSmallIntegerField(
        _("days between reminders"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("An organisation is reminded at most once in this many days."),
    )

    class Meta:
        verbose_name = _("editorial settings")
        verbose_name_plural = _("editorial settings")

    def __str__(self) -> str:
        return str(self.municipality)


def _entry_field(model: str, verbose_name, *, on_delete=models.SET_NULL) -> models.ForeignKey:
    """The entry a proposal is about (empty for a suggested new entry)."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=on_delete,
        null=True,
        blank=True,
        related_name="change_proposals",
    )


class ChangeProposal(models.Model):
    """A suggested correction to an entry, or a suggested new entry, waiting for an editor.

    `original` holds the entry's values when the proposal was made (only the fields proposed),
    `proposed` the new values, both as JSON (fields.py converts). The proposer's e-mail is kept
    only until the outcome has been sent to it, by the task that sends it (decision 0010).
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        PARTLY_ACCEPTED = "partly_accepted", _("Partly accepted")
        REJECTED = "rejected", _("Rejected")

    class Source(models.TextChoices):
        PUBLIC = "public", _("Public form")
        OWNER = "owner", _("Organisation owner")
        API = "api", _("API")

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    entry_kind = models.CharField(_("kind of entry"), max_length=16, choices=EntryKind.choices)
    is_new = models.BooleanField(_("suggests a new entry"), default=False)
    initiative = _entry_field("initiatives.Initiative", _("activity"))
    organisation = _entry_field("directory.Organisation", _("organisation"))
    # Personal data: proposals about a person go with the person.
    contact = _entry_field("directory.ContactPerson", _("contact person"), on_delete=models.CASCADE)
    entry_label = models.CharField(_("entry"), max_length=300, blank=True)
    base_version = models.PositiveIntegerField(_("version proposed against"), null=True, blank=True)
    original = models.JSONField(_("values when proposed"), default=dict, blank=True)
    proposed = models.JSONField(_("proposed values"), default=dict, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    email = models.EmailField(_("proposer's e-mail"), blank=True)
    email_consent = models.BooleanField(_("consented to be contacted"), default=False)
    source = models.CharField(_("source"), max_length=16, choices=Source.choices, default=Source.PUBLIC)
    submitted_by = person_field(_("submitted by"))
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    accepted_fields = models.JSONField(_("accepted fields"), default=list, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    decided_by = person_field(_("decided by"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("change proposal")
        verbose_name_plural = _("change proposals")
        indexes = [models.Index(fields=["municipality", "status", "created_at"], name="proposal_queue")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(email="") | models.Q(email_consent=True),
                name="proposal_email_needs_consent",
                violation_error_message=_("An e-mail address is only kept with the proposer's consent."),
            ),
            models.CheckConstraint(
                condition=models.Q(status="open") | models.Q(decided_at__isnull=False),
                name="proposal_decided_has_date",
                violation_error_message=_("A decided proposal has a decision date."),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.entry_label}"

    def get_absolute_url(self) -> str:
        return reverse("editorial:proposal", args=[self.municipality.slug, self.pk])

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def entry(self):
        return {
            EntryKind.INITIATIVE: self.initiative,
            EntryKind.ORGANISATION: self.organisation,
            EntryKind.CONTACT: self.contact,
        }[self.entry_kind]


def edition_pdf_path(edition: "Edition", filename: str) -> str:
    return f"editions/{edition.municipality.slug}/{filename}"


class Edition(models.Model):
    """A published edition of a municipality's handbook: what changed since the previous one, and a PDF."""

    class PdfStatus(models.TextChoices):
        PENDING = "pending", _("Waiting to be built")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    uuid = models.UUIDField(_("stable id"), default=uuid.uuid4, unique=True, editable=False)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    number = models.PositiveIntegerField(_("number"), validators=[MinValueValidator(1)])
    published_at = models.DateTimeField(_("published"))
    published_by = person_field(_("published by"))
    note = models.TextField(_("note"), blank=True)
    since = models.DateTimeField(_("changes since"), null=True, blank=True)
    changes = models.JSONField(_("what changed"), default=list, blank=True)
    totals = models.JSONField(_("totals"), default=dict, blank=True)
    # Private storage, served by the edition's PDF view once it is ready (decision 0055).
    pdf = models.FileField(
        _("PDF"), upload_to=edition_pdf_path, storage=private_storage, blank=True, max_length=300
    )
    pdf_status = models.CharField(
        _("PDF status"), max_length=12, choices=PdfStatus.choices, default=PdfStatus.PENDING
    )
    pdf_progress = models.PositiveSmallIntegerField(
        _("PDF progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    pdf_stage = models.CharField(_("PDF stage"), max_length=100, blank=True)
    pdf_pages = models.PositiveIntegerField(_("PDF pages"), null=True, blank=True)
    pdf_seconds = models.FloatField(_("seconds to build the PDF"), null=True, blank=True)
    pdf_error = models.TextField(_("PDF error"), blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)

    class Meta:
        ordering = ["municipality", "-number"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "number"], name="edition_number_unique"),
            models.CheckConstraint(
                condition=models.Q(pdf_progress__lte=100), name="edition_progress_at_most_100"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.municipality} – {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("editorial:edition", args=[self.municipality.slug, self.number])

    @property
    def totals_text(self) -> str:
        return describe_counts(self.totals)

    @property
    def pdf_ready(self) -> bool:
        return self.pdf_status == self.PdfStatus.READY and bool(self.pdf)

    @property
    def building(self) -> bool:
        return self.pdf_status in (self.PdfStatus.PENDING, self.PdfStatus.BUILDING)


class RelationSnapshot(models.Model):
    """The many-to-many values (target groups, languages, places) of one historical row.

    simple-history records only an entry's own columns (decision 0003); this row, keyed by the
    historical row's id, lets history pages, "what changed" and revert see relations too.
    """

    model_label = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object"))
    history_id = models.PositiveBigIntegerField(_("historical row"))
    data = models.JSONField(_("relations"), default=dict)

    class Meta:
        verbose_name = _("relation snapshot")
        verbose_name_plural = _("relation snapshots")
        constraints = [
            models.UniqueConstraint(fields=["model_label", "history_id"], name="relation_snapshot_unique")
        ]
        indexes = [models.Index(fields=["model_label", "object_id"], name="relation_snapshot_object")]

    def __str__(self) -> str:
        return f"{self.model_label} {self.object_id} @ {self.history_id}"


class VerificationReminder(models.Model):
    """That an organisation was reminded, so reminders are not repeated too often."""

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="verification_reminders",
    )
    recipient = models.EmailField(_("sent to"))
    entry_count = models.PositiveIntegerField(_("entries listed"))
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("verification reminder")
        verbose_name_plural = _("verification reminders")

    def __str__(self) -> str:
        return f"{self.organisation} {self.sent_at:%Y-%m-%d}"


class Erasure(models.Model):
    """The tombstone of an erased contact person: that someone was erased, when and by whom, nothing more."""

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    contact_uuid = models.UUIDField(_("erased record's id"))
    contact_pk = models.PositiveBigIntegerField(_("erased record's number"))
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    erased_by = person_field(_("erased by"))
    erased_at = models.DateTimeField(_("erased"), auto_now_add=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["-erased_at"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")

    def __str__(self) -> str:
        return f"{self.contact_uuid} {self.erased_at:%Y-%m-%d}"
