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
