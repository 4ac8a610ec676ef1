"""Tenancy: every piece of content belongs to a Municipality; a Region sees its members' content."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    DENMARK = "DK", _("Denmark")
    SWEDEN = "SE", _("Sweden")


# The language a country's content is written in, and the time zone its schedules use.
COUNTRY_LANGUAGE = {Country.DENMARK: "da", Country.SWEDEN: "sv"}
COUNTRY_TIME_ZONE = {Country.DENMARK: "Europe/Copenhagen", Country.SWEDEN: "Europe/Stockholm"}


class AccessibilityStatus(models.TextChoices):
    COMPLIANT = "compliant", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NOT_COMPLIANT = "not", _("not compliant")


class Region(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="municipalities",
    )
    website = models.URLField(_("website"), blank=True)
    # The accessibility statement each public body must publish (Danish act no. 692 of 2018, the
    # Swedish DOS law): how far the site complies, when that was last assessed, whom to write to.
    accessibility_status = models.CharField(
        _("accessibility compliance"),
        max_length=16,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
    )
    accessibility_reviewed_on = models.DateField(_("accessibility last assessed"), null=True, blank=True)
    accessibility_contact = models.EmailField(_("accessibility contact e-mail"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name

    @property
    def language(self) -> str:
        """The language the municipality's own content is written in."""
        return COUNTRY_LANGUAGE[self.country]

    @property
    def time_zone(self) -> str:
        return COUNTRY_TIME_ZONE[self.country]


class TenantQuerySet(models.QuerySet):
    """Scopes content to one municipality, or to every member of a region."""

    municipality_path = "municipality"

    def for_municipality(self, municipality: Municipality) -> "TenantQuerySet":
        return self.filter(**{self.municipality_path: municipality})

    def for_region(self, region: Region) -> "TenantQuerySet":
        return self.filter(**{f"{self.municipality_path}__region": region})


class TenantModel(models.Model):
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )

    objects = TenantQuerySet.as_manager()

    class Meta:
        abstract = True


class Entry(TenantModel):
    """A handbook entry: has a stable public id, a freshness date and an edit version.

    `version` is the optimistic lock: a save that started from an older version is refused.
    `is_demo` marks invented demo content (the seeds did not say).
    """

    uuid = models.UUIDField(_("stable id"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    last_verified_at = models.DateTimeField(_("last verified"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    is_demo = models.BooleanField(_("demo content"), default=False)

    class Meta:
        abstract = True

    def mark_verified(self, when=None) -> None:
        self.last_verified_at = when or timezone.now()
