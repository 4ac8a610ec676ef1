"""A municipality's integration policy: vision, goals, focus areas, themes and numbered focus points,
and the success criteria, indicators and measurements that show whether it works."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samvirke.core.models import TenantModel, TenantQuerySet


class Policy(TenantModel):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200)
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    adopted_by = models.CharField(_("adopted by"), max_length=200, blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    mission = models.TextField(_("mission"), blank=True)
    vision = models.TextField(_("vision"), blank=True)
    values = models.TextField(_("values"), blank=True, help_text=_("One value per line."))
    evaluation = models.TextField(_("how it is evaluated"), blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality", "-period_start"]
        verbose_name = _("policy")
        verbose_name_plural = _("policies")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "slug"], name="policy_slug_unique"),
            models.CheckConstraint(
                condition=models.Q(period_end__isnull=True)
                | models.Q(period_start__isnull=True)
                | models.Q(period_end__gte=models.F("period_start")),
                name="policy_period_ordered",
                violation_error_message=_("The period cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("policy:detail", args=[self.municipality.slug, self.slug])

    def clean(self) -> None:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    @property
    def value_list(self) -> list[str]:
        return [line.strip(" -•") for line in self.values.splitlines() if line.strip(" -•")]


class PolicyPartQuerySet(TenantQuerySet):
    municipality_path = "policy__municipality"


class PolicyPart(models.Model):
    policy = models.ForeignKey(Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="+")
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PolicyPartQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


class Goal(PolicyPart):
    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="goals"
    )
    text = models.TextField(_("text"))

    history = HistoricalRecords()

    class Meta(PolicyPart.Meta):
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self) -> str:
        return self.text[:80]


class CrossCuttingChallenge(PolicyPart):
    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="challenges"
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)

    history = HistoricalRecords()

    class Meta(PolicyPart.Meta):
        verbose_name = _("cross-cutting challenge")
        verbose_name_plural = _("cross-cutting challenges")

    def __str__(self) -> str:
        return self.title


class FocusArea(PolicyPart):
    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="focus_areas"
    )
    number = models.CharField(_("number"), max_length=12, blank=True)
    title = models.CharField(_("title"), max_length=300)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta(PolicyPart.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    def __str__(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


class FocusAreaPartQuerySet(TenantQuerySet):
    municipality_path = "focus_area__policy__municipality"


class Theme(models.Model):
    focus_area = models.ForeignKey(
        FocusArea, verbose_name=_("focus area"), on_delete=models.CASCADE, related_name="themes"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = FocusAreaPartQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.title


class FocusPoint(models.Model):
    """A numbered commitment ("1.2 ..."; "the municipality will work for ...").

    A focus point belongs to a focus area and, where the policy has them, to one of its themes
    (Holstebro has themes; Silkeborg numbers its focus points directly under each core area).
    """

    focus_area = models.ForeignKey(
        FocusArea, verbose_name=_("focus area"), on_delete=models.CASCADE, related_name="focus_points"
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="focus_points",
    )
    number = models.CharField(
        _("number"), max_length=12, blank=True, help_text=_("As in the document, e.g. “1.2”.")
    )
    title = models.CharField(_("title"), max_length=300, blank=True)
    text = models.TextField(_("text"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    initiatives = models.ManyToManyField(
        "initiatives.Initiative", verbose_name=_("initiatives"), blank=True, related_name="focus_points"
    )

    objects = FocusAreaPartQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("focus point")
        verbose_name_plural = _("focus points")

    def __str__(self) -> str:
        label = self.title or self.text
        return f"{self.number} {label[:80]}".strip()

    def clean(self) -> None:
        if self.theme_id and self.focus_area_id and self.theme.focus_area_id != self.focus_area_id:
            raise ValidationError({"theme": _("The theme must belong to the same focus area.")})


class SuccessCriterion(PolicyPart):
    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="success_criteria"
    )
    focus_area = models.ForeignKey(
        FocusArea,
        verbose_name=_("focus area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="success_criteria",
    )
    text = models.TextField(_("text"))
    deadline = models.DateField(_("deadline"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta(PolicyPart.Meta):
        verbose_name = _("success criterion")
        verbose_name_plural = _("success criteria")

    def __str__(self) -> str:
        return self.text[:80]

    def clean(self) -> None:
        if self.focus_area_id and self.policy_id and self.focus_area.policy_id != self.policy_id:
            raise ValidationError({"focus_area": _("The focus area must belong to the same policy.")})


class IndicatorQuerySet(TenantQuerySet):
    municipality_path = "criterion__policy__municipality"


class Indicator(models.Model):
    class Direction(models.TextChoices):
        HIGHER_IS_BETTER = "higher", _("Higher is better")
        LOWER_IS_BETTER = "lower", _("Lower is better")

    class Comparison(models.TextChoices):
        # Decision 0020: how the status is computed.
        TARGET = "target", _("Reach the target value by the deadline")
        COMPARATOR = "comparator", _("Do better than the comparator (e.g. the national average)")

    criterion = models.ForeignKey(
        SuccessCriterion,
        verbose_name=_("success criterion"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    name = models.CharField(_("name"), max_length=300)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("E.g. “%” or “persons”."))
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER_IS_BETTER
    )
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    target_value = models.DecimalField(
        _("target value"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)
    comparator_name = models.CharField(
        _("comparator"), max_length=200, blank=True, help_text=_("E.g. “national average”.")
    )
    comparison = models.CharField(
        _("success means"),
        max_length=12,
        choices=Comparison.choices,
        default=Comparison.TARGET,
        help_text=_(
            "“Better than the national average” criteria compare with the comparator at the same date."
        ),
    )
    source = models.CharField(_("source"), max_length=300, blank=True)

    objects = IndicatorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["criterion", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = {}
        if (self.baseline_value is None) != (self.baseline_date is None):
            errors["baseline_date"] = _("Give the baseline value and its date together.")
        if self.target_value is not None and self.target_date is None:
            errors["target_date"] = _("A target needs a deadline.")
        if self.baseline_date and self.target_date and self.target_date <= self.baseline_date:
            errors["target_date"] = _("The target date must be after the baseline date.")
        if self.comparison == self.Comparison.COMPARATOR and not self.comparator_name:
            errors["comparator_name"] = _("Name the comparator the indicator is compared with.")
        if errors:
            raise ValidationError(errors)


class MeasurementQuerySet(TenantQuerySet):
    municipality_path = "indicator__criterion__policy__municipality"


class Measurement(models.Model):
    class Series(models.TextChoices):
        OWN = "own", _("Municipality")
        COMPARATOR = "comparator", _("Comparator")

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="measurements"
    )
    series = models.CharField(_("series"), max_length=12, choices=Series.choices, default=Series.OWN)
    date = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3)
    source = models.CharField(_("source"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = MeasurementQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "series", "date"]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "series", "date"],
                name="measurement_unique_per_date",
                violation_error_message=_(
                    "There is already a measurement for this indicator, series and date."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.date})"
