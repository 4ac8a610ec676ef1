"""Action programmes: numbered actions with a status (and so a progress), milestones and an optional weight.

Progress rolls up from actions to focus points, themes, focus areas, the programme and the policy
(decision 0021; samvirke/policy/rollup.py).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from samvirke.core.models import TenantModel, TenantQuerySet
from samvirke.policy.models.structure import FocusPoint, Policy


class ActionProgramme(TenantModel):
    """A programme of numbered actions that carries out a policy (Hillerød 2012–2014)."""

    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="programmes"
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200)
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality", "-period_start", "title"]
        verbose_name = _("action programme")
        verbose_name_plural = _("action programmes")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "slug"], name="programme_slug_unique"),
            models.CheckConstraint(
                condition=models.Q(period_end__isnull=True)
                | models.Q(period_start__isnull=True)
                | models.Q(period_end__gte=models.F("period_start")),
                name="programme_period_ordered",
                violation_error_message=_("The period cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("policy:programme", args=[self.municipality.slug, self.slug])

    def clean(self) -> None:
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        if self.policy_id and self.municipality_id and self.policy.municipality_id != self.municipality_id:
            errors["policy"] = _("The policy must belong to the same municipality.")
        if errors:
            raise ValidationError(errors)


class ActionStatus(TenantModel):
    """A status an action can have, and the progress it stands for ("started" = 25 %).

    A municipality keeps one list for all its programmes; a programme may keep its own list,
    which then replaces the municipality's for that programme.
    """

    programme = models.ForeignKey(
        ActionProgramme,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="statuses",
        help_text=_("Empty: the status is offered to every programme of the municipality."),
    )
    key = models.SlugField(_("key"), max_length=40, help_text=_("Used in CSV files, e.g. “started”."))
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("description"), max_length=300, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "progress", "pk"]
        verbose_name = _("action status")
        verbose_name_plural = _("action statuses")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "key"],
                condition=models.Q(programme__isnull=True),
                name="action_status_key_unique_in_municipality",
                violation_error_message=_("The municipality already has a status with this key."),
            ),
            models.UniqueConstraint(
                fields=["programme", "key"],
                condition=models.Q(programme__isnull=False),
                name="action_status_key_unique_in_programme",
                violation_error_message=_("The programme already has a status with this key."),
            ),
            models.CheckConstraint(
                condition=models.Q(progress__lte=100),
                name="action_status_progress_at_most_100",
                violation_error_message=_("Progress is a percentage between 0 and 100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.progress} %)"

    def clean(self) -> None:
        if (
            self.programme_id
            and self.municipality_id
            and self.programme.municipality_id != self.municipality_id
        ):
            raise ValidationError({"programme": _("The programme must belong to the same municipality.")})


class ActionQuerySet(TenantQuerySet):
    municipality_path = "programme__municipality"


class Action(models.Model):
    """A numbered action of a programme ("1) Den gode modtagelse af nye flygtninge")."""

    programme = models.ForeignKey(
        ActionProgramme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="actions"
    )
    number = models.CharField(_("number"), max_length=12, help_text=_("As in the programme, e.g. “12”."))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    responsible_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("responsible organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="programme_actions",
    )
    responsible_body = models.CharField(
        _("responsible committee"),
        max_length=200,
        blank=True,
        help_text=_(
            "A political committee or body that is not in the directory, e.g. “Børne- og Familieudvalget”."
        ),
    )
    status = models.ForeignKey(
        ActionStatus,
        verbose_name=_("status"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="actions",
    )
    weight = models.DecimalField(
        _("weight"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("Optional. Actions without a weight count as 1; a weight of 2 counts twice."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    initiatives = models.ManyToManyField(
        "initiatives.Initiative", verbose_name=_("initiatives"), blank=True, related_name="programme_actions"
    )
    focus_points = models.ManyToManyField(
        FocusPoint, verbose_name=_("focus points"), blank=True, related_name="actions"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = pgettext_lazy("programme", "action")
        verbose_name_plural = pgettext_lazy("programme", "actions")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="action_number_unique_in_programme",
                violation_error_message=_("The programme already has an action with this number."),
            ),
            models.CheckConstraint(
                condition=models.Q(weight__isnull=True) | models.Q(weight__gt=0),
                name="action_weight_positive",
                violation_error_message=_("A weight must be more than 0."),
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="action_ends_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}) {self.title}"

    @property
    def progress(self) -> int:
        """The progress the action's status stands for; an action without a status has not started."""
        return self.status.progress if self.status_id else 0

    @property
    def effective_weight(self) -> Decimal:
        return self.weight if self.weight is not None else Decimal(1)

    def clean(self) -> None:
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if self.programme_id and self.status_id:
            status = self.status
            if status.municipality_id != self.programme.municipality_id or (
                status.programme_id and status.programme_id != self.programme_id
            ):
                errors["status"] = _("Choose one of the statuses of this programme.")
        if (
            self.programme_id
            and self.responsible_organisation_id
            and self.responsible_organisation.municipality_id != self.programme.municipality_id
        ):
            errors["responsible_organisation"] = _("The organisation must belong to the same municipality.")
        if errors:
            raise ValidationError(errors)


class MilestoneQuerySet(TenantQuerySet):
    municipality_path = "action__programme__municipality"


class Milestone(models.Model):
    """A dated entry on an action's timeline ("2012-06-01: the welcome leaflet is printed")."""

    action = models.ForeignKey(
        Action,
        verbose_name=pgettext_lazy("programme", "action"),
        on_delete=models.CASCADE,
        related_name="milestones",
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    objects = MilestoneQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.UniqueConstraint(
                fields=["action", "date", "title"],
                name="milestone_unique_per_action",
                violation_error_message=_("This action already has this milestone on this date."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.title}"
