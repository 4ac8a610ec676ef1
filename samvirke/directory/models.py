"""The directory of actors: organisations, their contact persons, and the places where things happen."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samvirke.core.models import Entry


class Organisation(Entry):
    class Kind(models.TextChoices):
        MUNICIPAL_DEPARTMENT = "municipal_department", _("Municipal department")
        INSTITUTION = "institution", _("Institution")
        ASSOCIATION = "association", _("Association")
        VOLUNTEER_ORGANISATION = "volunteer_organisation", _("Volunteer organisation")
        EMPLOYER = "employer", _("Employer")
        UNION = "union", _("Union")
        STATE_AGENCY = "state_agency", _("State agency")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug"], name="organisation_slug_unique_in_municipality"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse(
            "directory:organisation", kwargs={"municipality": self.municipality.slug, "slug": self.slug}
        )

    def clean(self) -> None:
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organisation cannot be part of itself.")})
        if self.parent_id and self.municipality_id and self.parent.municipality_id != self.municipality_id:
            raise ValidationError(
                {"parent": _("The parent organisation must belong to the same municipality.")}
            )


class ContactPerson(Entry):
    """Personal data (GDPR): only what the person agreed to is ever shown, and only to whom `visibility` allows."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        INTERNAL = "internal", _("Internal: logged-in practitioners only")
        HIDDEN = "hidden", _("Hidden: editors only")

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role or title"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="contacts"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.HIDDEN
    )
    consent_date = models.DateField(_("consent given on"), null=True, blank=True)
    consent_source = models.CharField(
        _("consent source"),
        max_length=300,
        blank=True,
        help_text=_("How the consent was given, e.g. “e-mail of 3 May”."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if (
            self.organisation_id
            and self.municipality_id
            and self.organisation.municipality_id != self.municipality_id
        ):
            raise ValidationError(
                {"organisation": _("The organisation must belong to the same municipality.")}
            )
        if self.visibility != self.Visibility.HIDDEN and not self.consent_date:
            raise ValidationError(
                {"visibility": _("A contact person can only be shown once their consent date is recorded.")}
            )


class Location(Entry):
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(_("accessibility notes"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
                name="location_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="location_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.city}" if self.city else self.name

    def clean(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
