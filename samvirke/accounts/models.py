"""Accounts and roles. Site admins are superusers; every other power comes from a Membership."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    email = models.EmailField(_("e-mail address"), unique=True, null=True, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class Role(models.TextChoices):
    EDITOR = "editor", _("Municipality editor")
    ORGANISATION_OWNER = "organisation_owner", _("Organisation owner")
    PRACTITIONER = "practitioner", _("Practitioner")
    TRANSLATOR = "translator", _("Translator")


class Membership(models.Model):
    """A user's role in a municipality, a whole region, or one organisation."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    municipality = models.ForeignKey(
        "core.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, null=True, blank=True
    )
    region = models.ForeignKey(
        "core.Region", verbose_name=_("region"), on_delete=models.CASCADE, null=True, blank=True
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    language = models.CharField(_("language"), max_length=8, blank=True, help_text=_("For translators."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(municipality__isnull=False)
                | models.Q(region__isnull=False)
                | models.Q(organisation__isnull=False),
                name="membership_has_scope",
                violation_error_message=_("A membership needs a municipality, a region or an organisation."),
            ),
        ]

    def __str__(self) -> str:
        scope = self.organisation or self.municipality or self.region
        return f"{self.user} – {self.get_role_display()} – {scope}"

    def clean(self) -> None:
        if self.role == Role.ORGANISATION_OWNER and not self.organisation_id:
            raise ValidationError({"organisation": _("An organisation owner needs an organisation.")})
        if self.organisation_id and not self.municipality_id:
            self.municipality_id = self.organisation.municipality_id


class JoinRequest(models.Model):
    """A practitioner asks to join an organisation; its owner or an editor of its municipality decides.

    Approval creates the Membership; until a user has one (or is staff), the sign-in gate
    (`samvirke.accounts.stages.ApprovalStage`) keeps them out, so a stranger who signs up sees nothing
    that practitioners see (internal contacts, the forum).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="join_requests"
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="join_requests",
    )
    job_title = models.CharField(_("role or job title"), max_length=120, blank=True)
    message = models.TextField(_("message to the approver"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    granted_role = models.CharField(
        _("role granted"), max_length=32, choices=Role.choices, blank=True, default=""
    )
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_note = models.CharField(_("note to the applicant"), max_length=500, blank=True)
    approvers_notified_at = models.DateTimeField(_("approvers notified"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request to join an organisation")
        verbose_name_plural = _("requests to join an organisation")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=models.Q(status="pending"),
                name="join_request_one_pending_per_organisation",
                violation_error_message=_("You have already asked to join this organisation."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="approved") | ~models.Q(granted_role=""),
                name="join_request_approved_has_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation} ({self.get_status_display()})"
