"""The catalogue: initiatives (activities, projects, services), their schedules and the target-group taxonomy."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samvirke.core.languages import validate_language_code
from samvirke.core.models import Entry, TenantModel
from samvirke.initiatives.schedules import describe_schedule


class TargetGroup(models.Model):
    """A shared taxonomy across municipalities, so a region can facet on it.

    `labels` holds the name per language code ({"da": "Flygtninge", "ar": "..."}): taxonomy
    terms are data, not UI strings, and the guide needs them in languages gettext does not cover.
    """

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    labels = models.JSONField(_("names by language"), default=dict, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        language = (language or get_language() or "en")[:2]
        return self.labels.get(language) or self.name


class HandbookSection(TenantModel):
    """A section of a municipality's handbook (Holstebro: association info, social integration, ...)."""

    slug = models.SlugField(_("slug"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["municipality", "order", "title"]
        verbose_name = _("handbook section")
        verbose_name_plural = _("handbook sections")
        constraints = [models.UniqueConstraint(fields=["municipality", "slug"], name="section_slug_unique")]

    def __str__(self) -> str:
        return self.title


class Initiative(Entry):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        PAUSED = "paused", _("Paused")
        ENDED = "ended", _("Ended")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.RUNNING)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    section = models.ForeignKey(
        HandbookSection,
        verbose_name=_("handbook section"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="initiatives",
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="initiatives"
    )
    organisers = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("organisers"),
        through="InitiativeOrganiser",
        blank=True,
        related_name="initiatives",
    )
    contact_persons = models.ManyToManyField(
        "directory.ContactPerson", verbose_name=_("contact persons"), blank=True, related_name="initiatives"
    )
    locations = models.ManyToManyField(
        "directory.Location", verbose_name=_("locations"), blank=True, related_name="initiatives"
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("When not free, e.g. “50 kr. a month”.")
    )
    registration_required = models.BooleanField(_("registration needed"), default=False)
    registration_info = models.CharField(_("how to register"), max_length=300, blank=True)
    link = models.URLField(_("link"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        # Lists page through a municipality's initiatives in title order; the HSDS API through all.
        indexes = [
            models.Index(fields=["municipality", "title"], name="initiative_muni_title"),
            models.Index(fields=["title", "id"], name="initiative_title_order"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug"], name="initiative_slug_unique_in_municipality"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="initiative_ends_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if not self.is_free and not self.price:
            errors["price"] = _("Say what it costs, or mark it as free of charge.")
        if self.section_id and self.municipality_id and self.section.municipality_id != self.municipality_id:
            errors["section"] = _("The section must belong to the same municipality.")
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return reverse(
            "initiatives:detail", kwargs={"municipality": self.municipality.slug, "slug": self.slug}
        )

    @property
    def language_codes(self) -> list[str]:
        return [language.code for language in self.languages.all()]


class InitiativeLanguage(models.Model):
    """A language the initiative is offered in (ISO 639-1 or 639-3 code)."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="languages"
    )
    code = models.CharField(_("language code"), max_length=3, validators=[validate_language_code])

    class Meta:
        ordering = ["code"]
        verbose_name = _("language offered")
        verbose_name_plural = _("languages offered")
        constraints = [
            models.UniqueConstraint(fields=["initiative", "code"], name="initiative_language_unique")
        ]

    def __str__(self) -> str:
        return self.code


class InitiativeOrganiser(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        PARTNER = "partner", _("Partner")

    initiative = models.ForeignKey(Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.LEAD)

    class Meta:
        ordering = ["role", "organisation__name"]
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")
        constraints = [
            models.UniqueConstraint(fields=["initiative", "organisation"], name="organiser_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
byday_validator = RegexValidator(
    r"^(?:[+-]?[1-5]?(?:MO|TU|WE|TH|FR|SA|SU))(?:,[+-]?[1-5]?(?:MO|TU|WE|TH|FR|SA|SU))*$",
    _("Use iCalendar day codes separated by commas, e.g. “TU” or “MO,WE” or “1SA” (first Saturday)."),
)
bymonthday_validator = RegexValidator(
    r"^-?(?:[1-9]|[12]\d|3[01])(?:,-?(?:[1-9]|[12]\d|3[01]))*$",
    _("Use days of the month separated by commas, e.g. “1,15”."),
)


class Schedule(models.Model):
    """When an initiative takes place, modelled on the HSDS 3.0 schedule (iCalendar RRULE fields)."""

    class Frequency(models.TextChoices):
        WEEKLY = "WEEKLY", _("Weekly")
        MONTHLY = "MONTHLY", _("Monthly")

    uuid = models.UUIDField(_("stable id"), default=uuid.uuid4, unique=True, editable=False)
    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="schedules"
    )
    location = models.ForeignKey(
        "directory.Location",
        verbose_name=_("location"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="schedules",
    )
    freq = models.CharField(_("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY)
    interval = models.PositiveSmallIntegerField(
        _("interval"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("1 = every week or month, 2 = every other, ..."),
    )
    byday = models.CharField(_("days"), max_length=40, blank=True, validators=[byday_validator])
    bymonthday = models.CharField(
        _("days of the month"), max_length=40, blank=True, validators=[bymonthday_validator]
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["initiative", "pk"]
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="schedule_valid_to_after_from",
                violation_error_message=_("“Valid to” cannot be before “valid from”."),
            ),
        ]

    def __str__(self) -> str:
        return describe_schedule(self)

    def clean(self) -> None:
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The closing time must be after the opening time.")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors["valid_to"] = _("“Valid to” cannot be before “valid from”.")
        if self.freq == self.Frequency.WEEKLY and self.bymonthday:
            errors["bymonthday"] = _("A weekly schedule takes days of the week, not days of the month.")
        if self.freq == self.Frequency.MONTHLY and not (self.byday or self.bymonthday):
            errors["bymonthday"] = _("A monthly schedule needs days of the month or a day such as “1SA”.")
        if (
            self.location_id
            and self.initiative_id
            and self.location.municipality_id != self.initiative.municipality_id
        ):
            errors["location"] = _("The location must belong to the initiative's municipality.")
        if errors:
            raise ValidationError(errors)
