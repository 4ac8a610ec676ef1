"""Become a volunteer: an initiative's volunteer needs, their shifts with a capacity, and sign-ups.

Personal data (GDPR): a sign-up holds only what the organisers need (name, e-mail, optional phone,
languages) and is deleted automatically after the municipality's retention period.
"""

import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field
from samvirke.core.languages import validate_language_code


def validate_language_list(value) -> None:
    if not isinstance(value, list):
        raise ValidationError(_("A list of language codes."))
    for code in value:
        validate_language_code(code)


class CommunitySettings(models.Model):
    """Per-municipality settings of the community tools, edited by its editors."""

    municipality = models.OneToOneField(
        "core.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="community_settings",
    )
    volunteer_retention_months = models.PositiveSmallIntegerField(
        _("keep volunteers' data for (months)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("After a volunteer's last shift; then their sign-up is deleted automatically."),
    )

    class Meta:
        verbose_name = _("community settings")
        verbose_name_plural = _("community settings")

    def __str__(self) -> str:
        return str(self.municipality)


def new_key() -> str:
    return secrets.token_urlsafe(16)


class VolunteerNeed(models.Model):
    municipality = models.ForeignKey(
        "core.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    initiative = models.ForeignKey(
        "initiatives.Initiative",
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="volunteer_needs",
    )
    role = models.CharField(
        _("role"), max_length=120, help_text=_("E.g. “Conversation host in the language café”.")
    )
    description = models.TextField(_("what you will do"), max_length=2000)
    skills = models.CharField(_("skills wanted"), max_length=500, blank=True)
    languages = models.JSONField(
        _("languages wanted"),
        default=list,
        blank=True,
        validators=[validate_language_list],
        help_text=_("ISO 639 codes, e.g. da, ar, ti."),
    )
    contact_email = models.EmailField(
        _("organiser's e-mail"), blank=True, help_text=_("Volunteers' replies go here.")
    )
    is_open = models.BooleanField(_("open for sign-up"), default=True)
    created_by = person_field(_("created by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["role"]
        verbose_name = _("volunteer need")
        verbose_name_plural = _("volunteer needs")

    def __str__(self) -> str:
        return f"{self.role} – {self.initiative}"

    def clean(self) -> None:
        if (
            self.initiative_id
            and self.municipality_id
            and self.initiative.municipality_id != self.municipality_id
        ):
            raise ValidationError({"initiative": _("The activity must belong to the same municipality.")})


class Shift(models.Model):
    """One occasion volunteers sign up for. `booked` counts confirmed bookings; the database refuses
    more than `capacity` (the service also locks the row, decision 0042)."""

    need = models.ForeignKey(
        VolunteerNeed, verbose_name=_("volunteer need"), on_delete=models.CASCADE, related_name="shifts"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Volunteers needed."),
    )
    booked = models.PositiveSmallIntegerField(_("confirmed volunteers"), default=0, editable=False)
    location = models.CharField(_("place"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    series = models.UUIDField(
        _("series"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Shifts created together as a recurring series."),
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="shift_ends_after_start",
                violation_error_message=_("A shift must end after it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(booked__lte=models.F("capacity")),
                name="shift_never_overbooked",
                violation_error_message=_("This shift is full."),
            ),
            models.CheckConstraint(condition=models.Q(capacity__gte=1), name="shift_capacity_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.need.role} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.booked, 0)

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A shift must end after it starts.")})


class VolunteerSignup(models.Model):
    need = models.ForeignKey(
        VolunteerNeed, verbose_name=_("volunteer need"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone (optional)"), max_length=30, blank=True)
    languages = models.JSONField(
        _("languages you speak"), default=list, blank=True, validators=[validate_language_list]
    )
    message = models.CharField(_("message to the organiser (optional)"), max_length=500, blank=True)
    consent_text = models.CharField(_("consent given"), max_length=500)
    consented_at = models.DateTimeField(_("consent given on"))
    # The secret in the signed link the volunteer gets by e-mail (see, cancel, delete).
    key = models.CharField(_("key"), max_length=32, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_shift_ends_at = models.DateTimeField(
        _("last shift ends"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Retention is counted from here."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("volunteer sign-up")
        verbose_name_plural = _("volunteer sign-ups")

    def __str__(self) -> str:
        return f"{self.name} – {self.need}"


class VolunteerBooking(models.Model):
    """A sign-up's place on one shift: confirmed, on the waiting list, or cancelled."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    uuid = models.UUIDField(_("stable id"), default=uuid.uuid4, unique=True, editable=False)
    signup = models.ForeignKey(
        VolunteerSignup, verbose_name=_("sign-up"), on_delete=models.CASCADE, related_name="bookings"
    )
    shift = models.ForeignKey(
        Shift, verbose_name=_("shift"), on_delete=models.CASCADE, related_name="bookings"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed"), auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [models.UniqueConstraint(fields=["signup", "shift"], name="booking_once_per_shift")]
        indexes = [models.Index(fields=["shift", "status", "created_at"], name="booking_queue")]

    def __str__(self) -> str:
        return f"{self.signup.name} – {self.shift} ({self.status})"


class VolunteerMessage(models.Model):
    """A message organisers sent to their volunteers: who sent what, to how many (not to whom)."""

    class Audience(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed volunteers")
        WAITING = "waiting", _("The waiting list")
        ALL = "all", _("Everyone signed up")

    need = models.ForeignKey(
        VolunteerNeed, verbose_name=_("volunteer need"), on_delete=models.CASCADE, related_name="messages"
    )
    shift = models.ForeignKey(
        Shift, verbose_name=_("shift"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    audience = models.CharField(_("to"), max_length=12, choices=Audience.choices, default=Audience.CONFIRMED)
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message to volunteers")
        verbose_name_plural = _("messages to volunteers")

    def __str__(self) -> str:
        return self.subject
