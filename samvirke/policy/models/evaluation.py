"""Evaluation of a policy over a period: the report, its narrative sections, its versioned PDF
documents, and the stakeholders' answers to the evaluation questionnaire (decision 0022)."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samvirke.core.fields import person_field
from samvirke.core.models import TenantModel, TenantQuerySet
from samvirke.core.private_files import private_storage
from samvirke.policy.models.structure import FocusArea, Policy


class EvaluationReport(TenantModel):
    """The evaluation of a policy for a chosen period, e.g. an election period."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="evaluation_reports"
    )
    title = models.CharField(_("title"), max_length=300)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    questionnaire_intro = models.TextField(
        _("questionnaire introduction"),
        blank=True,
        help_text=_("Shown to the organisations at the top of the questionnaire."),
    )
    created_by = person_field(_("created by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality", "-period_end", "pk"]
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="evaluation_period_ordered",
                violation_error_message=_("The period cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("policy:evaluation", args=[self.municipality.slug, self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def clean(self) -> None:
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        if self.policy_id and self.municipality_id and self.policy.municipality_id != self.municipality_id:
            errors["policy"] = _("The policy must belong to the same municipality.")
        if errors:
            raise ValidationError(errors)


class ReportPartQuerySet(TenantQuerySet):
    municipality_path = "report__municipality"


class NarrativeSection(models.Model):
    """An editable text of the report: general, or about one focus area."""

    report = models.ForeignKey(
        EvaluationReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="sections"
    )
    focus_area = models.ForeignKey(
        FocusArea,
        verbose_name=_("focus area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="narrative_sections",
        help_text=_("Empty: a general section, shown before the focus areas."),
    )
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Plain text; an empty line starts a new paragraph.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ReportPartQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("narrative section")
        verbose_name_plural = _("narrative sections")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.focus_area_id and self.report_id and self.focus_area.policy_id != self.report.policy_id:
            raise ValidationError({"focus_area": _("The focus area must belong to the report's policy.")})


def _document_path(document: "ReportDocument", filename: str) -> str:
    report = document.report
    return f"policy/evaluations/{report.municipality.slug}/report-{report.pk}-v{document.version}.pdf"


class ReportDocument(models.Model):
    """One generated version of the report as PDF. Versions are never overwritten."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being generated")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    report = models.ForeignKey(
        EvaluationReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="documents"
    )
    version = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    # Private: a draft's PDF is for editors only, served by the report's PDF view (decision 0055).
    file = models.FileField(_("file"), upload_to=_document_path, storage=private_storage, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    error = models.TextField(_("error"), blank=True)
    requested_by = person_field(_("requested by"))
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    generated_at = models.DateTimeField(_("generated"), null=True, blank=True)

    objects = ReportPartQuerySet.as_manager()

    class Meta:
        ordering = ["report", "-version"]
        verbose_name = _("report document")
        verbose_name_plural = _("report documents")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "version"],
                name="report_document_version_unique",
                violation_error_message=_("This version of the report already exists."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.report} v{self.version}"


def _new_nonce() -> str:
    return secrets.token_urlsafe(12)


class StakeholderInvitation(models.Model):
    """An organisation asked to answer the evaluation questionnaire through a signed link.

    The link carries the invitation's id and `nonce`, signed; withdrawing the invitation changes the
    nonce, so links already sent stop working (decision 0022).
    """

    report = models.ForeignKey(
        EvaluationReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="invitations"
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="evaluation_invitations",
    )
    email = models.EmailField(_("sent to"))
    # The site's address as the editor used it, so reminders sent later by cron link to the same place.
    site_url = models.CharField(_("site address"), max_length=300, blank=True)
    nonce = models.CharField(_("link key"), max_length=32, default=_new_nonce, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True)
    reminder_count = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    general_comment = models.TextField(_("general comment"), blank=True)

    objects = ReportPartQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name", "pk"]
        verbose_name = _("stakeholder invitation")
        verbose_name_plural = _("stakeholder invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "organisation"],
                name="invitation_once_per_organisation",
                violation_error_message=_("This organisation has already been invited."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.report}"

    def clean(self) -> None:
        if (
            self.report_id
            and self.organisation_id
            and self.organisation.municipality_id != self.report.municipality_id
        ):
            raise ValidationError(
                {"organisation": _("The organisation must belong to the same municipality.")}
            )


class StakeholderAnswer(models.Model):
    """What an organisation says about one focus area its work addressed."""

    invitation = models.ForeignKey(
        StakeholderInvitation, verbose_name=_("invitation"), on_delete=models.CASCADE, related_name="answers"
    )
    # RESTRICT: deleting a focus area must not silently delete what stakeholders wrote about it
    # (deleting the whole policy or report still takes the answers with it).
    focus_area = models.ForeignKey(
        FocusArea, verbose_name=_("focus area"), on_delete=models.RESTRICT, related_name="stakeholder_answers"
    )
    worked = models.TextField(_("what worked"), blank=True)
    improve = models.TextField(_("what should change"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)

    class Meta:
        ordering = ["focus_area__order", "invitation__organisation__name", "pk"]
        verbose_name = _("stakeholder answer")
        verbose_name_plural = _("stakeholder answers")
        constraints = [
            models.UniqueConstraint(fields=["invitation", "focus_area"], name="answer_once_per_focus_area")
        ]

    def __str__(self) -> str:
        return f"{self.invitation.organisation}: {self.focus_area}"

    def clean(self) -> None:
        if (
            self.invitation_id
            and self.focus_area_id
            and self.focus_area.policy_id != self.invitation.report.policy_id
        ):
            raise ValidationError({"focus_area": _("The focus area must belong to the report's policy.")})
        if not (self.worked.strip() or self.improve.strip()):
            raise ValidationError(_("Write what worked or what should change."))
