"""Reads for evaluation reports (decision 0066): the reports a visitor may see, what a report
contains, its PDF versions, and the stakeholders' questionnaire (who is involved, who was invited,
whom to remind, which invitation a signed link stands for)."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.selectors import list_initiatives
from samvirke.policy import rollup
from samvirke.policy.models import (
    Action,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    NarrativeSection,
    Policy,
    ReportDocument,
    StakeholderAnswer,
    StakeholderInvitation,
)
from samvirke.policy.permissions import can_edit_policy
from samvirke.policy.selectors.programmes import get_policy_progress
from samvirke.policy.selectors.results import (
    CriterionResult,
    list_criteria_with_measurements,
    list_criterion_results,
)
from samvirke.policy.tokens import LinkError, max_age, read_token


def list_reports(*, municipality: Municipality, user) -> QuerySet[EvaluationReport]:
    """The municipality's reports this visitor may see: published ones, and drafts for its editors."""
    qs = EvaluationReport.objects.for_municipality(municipality).select_related("policy", "municipality")
    if not can_edit_policy(user, municipality):
        qs = qs.filter(status=EvaluationReport.Status.PUBLISHED)
    return qs.prefetch_related(
        Prefetch("documents", queryset=ReportDocument.objects.filter(status=ReportDocument.Status.READY))
    ).order_by("-period_end", "title")


def get_report_or_404(*, municipality: Municipality, pk: int, user) -> EvaluationReport:
    """A report the visitor may see (a draft is a 404 for all but editors)."""
    report = (
        EvaluationReport.objects.for_municipality(municipality)
        .filter(pk=pk)
        .select_related("policy", "municipality")
        .first()
    )
    if report is None or not (report.is_published or can_edit_policy(user, municipality)):
        raise Http404("No such report")
    return report


@dataclass
class AreaSection:
    area: FocusArea
    narratives: list[NarrativeSection] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    results: list[CriterionResult] = field(default_factory=list)
    answers: list[StakeholderAnswer] = field(default_factory=list)
    progress: rollup.Progress = rollup.NO_ACTIONS


@dataclass
class ReportContent:
    report: EvaluationReport
    general: list[NarrativeSection]  # general sections before the focus areas (an introduction)
    closing: list[NarrativeSection]  # general sections after them (a conclusion)
    areas: list[AreaSection]
    other_results: list[CriterionResult]  # criteria that belong to no focus area
    comments: list[StakeholderInvitation]  # general comments from the stakeholders
    invited: int
    answered: int
    documents: list[ReportDocument]


def _ran_in_period(*, start: dt.date, end: dt.date) -> Q:
    """Initiatives that ran at some time in the period: started by its end (or no start recorded),
    not ended before its start, and not only planned."""
    return (
        (Q(start_date__isnull=True) | Q(start_date__lte=end))
        & (Q(end_date__isnull=True) | Q(end_date__gte=start))
        & ~Q(status=Initiative.Status.PLANNED)
    )


def get_report_content(*, report: EvaluationReport) -> ReportContent:
    """Everything the report shows, per focus area: narrative, initiatives that ran in the period
    (dates, organisers, target groups), indicator results on the period's last day with charts,
    the stakeholders' answers, and the action programmes' progress. A fixed number of queries."""
    policy: Policy = report.policy
    areas = list(FocusArea.objects.filter(policy=policy).order_by("order", "pk"))
    sections = {area.pk: AreaSection(area) for area in areas}
    general, closing = [], []
    first_area_order = None
    for narrative in NarrativeSection.objects.filter(report=report).order_by("order", "pk"):
        if narrative.focus_area_id in sections:
            sections[narrative.focus_area_id].narratives.append(narrative)
            first_area_order = narrative.order if first_area_order is None else first_area_order
        else:
            # General sections placed after the first focus area's section close the report.
            (closing if first_area_order is not None else general).append(narrative)
    links = FocusPoint.initiatives.through.objects.filter(focuspoint__focus_area__policy=policy).values_list(
        "initiative_id", "focuspoint__focus_area_id"
    )
    areas_of: dict[int, set] = {}
    for initiative_id, area_id in links:
        areas_of.setdefault(initiative_id, set()).add(area_id)
    # Read through the initiatives app's selector: organisers and target groups come prefetched.
    initiatives = list_initiatives(municipality=report.municipality).filter(
        _ran_in_period(start=report.period_start, end=report.period_end), pk__in=areas_of
    )
    for initiative in initiatives:
        for area_id in sorted(areas_of[initiative.pk]):
            sections[area_id].initiatives.append(initiative)
    criteria = list_criteria_with_measurements().filter(policy=policy).order_by("order", "pk")
    other = []
    for result in list_criterion_results(
        criteria=criteria, municipality=report.municipality, as_of=report.period_end, with_charts=True
    ):
        area_id = result.criterion.focus_area_id
        (sections[area_id].results if area_id in sections else other).append(result)
    for answer in (
        StakeholderAnswer.objects.filter(invitation__report=report)
        .select_related("invitation__organisation")
        .order_by("invitation__organisation__name")
    ):
        if answer.focus_area_id in sections:
            sections[answer.focus_area_id].answers.append(answer)
    progress = get_policy_progress(policy=policy)
    for area_id, section in sections.items():
        section.progress = progress.for_focus_area(area_id)
    invitations = list(
        StakeholderInvitation.objects.filter(report=report)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    return ReportContent(
        report=report,
        general=general,
        closing=closing,
        areas=list(sections.values()),
        other_results=other,
        comments=[i for i in invitations if i.general_comment.strip()],
        invited=len(invitations),
        answered=sum(1 for i in invitations if i.answered_at),
        documents=list(ReportDocument.objects.filter(report=report).order_by("-version")),
    )


def get_document_url(name: str) -> str | None:
    """The PDF view of the report document stored as `name` (private files' addresses, decision 0055)."""
    document = ReportDocument.objects.filter(file=name).select_related("report__municipality").first()
    if document is None:
        return None
    report = document.report
    return reverse("policy:evaluation_pdf", args=[report.municipality.slug, report.pk, document.version])


def get_ready_document_or_404(*, report: EvaluationReport, version: int) -> ReportDocument:
    """A generated PDF version of the report (one still pending or failed is a 404)."""
    document = ReportDocument.objects.filter(
        report=report, version=version, status=ReportDocument.Status.READY
    ).first()
    if document is None:
        raise Http404("No such document")
    return document


# -- the stakeholders' questionnaire (decision 0022) ---------------------------------------------

REMIND_AFTER = dt.timedelta(days=7)
MAX_REMINDERS = 3


def list_involved_organisations(*, report: EvaluationReport) -> QuerySet[Organisation]:
    """Organisers of the initiatives that served the policy in the period, and the organisations
    responsible for its programmes' actions."""
    initiatives = Initiative.objects.filter(focus_points__focus_area__policy=report.policy).filter(
        _ran_in_period(start=report.period_start, end=report.period_end)
    )
    responsible = Action.objects.filter(programme__policy=report.policy).values("responsible_organisation")
    return (
        Organisation.objects.for_municipality(report.municipality)
        .filter(Q(initiatives__in=initiatives) | Q(pk__in=responsible))
        .distinct()
        .order_by("name")
    )


def list_invitations(*, report: EvaluationReport) -> QuerySet[StakeholderInvitation]:
    """The report's invitations with their organisations, by organisation name."""
    return (
        StakeholderInvitation.objects.filter(report=report)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def get_invitation_from_token(*, token: str) -> StakeholderInvitation:
    """The invitation a questionnaire link stands for. Raises LinkError (tampered, expired or withdrawn)."""
    data = read_token(token)
    invitation = (
        StakeholderInvitation.objects.filter(pk=data.get("i"))
        .select_related("report__policy", "report__municipality", "organisation")
        .first()
    )
    if invitation is None or not constant_time_compare(str(data.get("n", "")), invitation.nonce):
        raise LinkError(_("This link has been withdrawn."))
    return invitation


def list_invitations_due_for_reminder(*, now: dt.datetime | None = None) -> QuerySet[StakeholderInvitation]:
    """Sent, not answered, link still valid, nothing sent for a week, fewer than three reminders."""
    now = now or timezone.now()
    quiet_since = now - REMIND_AFTER
    return (
        StakeholderInvitation.objects.filter(
            answered_at__isnull=True,
            sent_at__isnull=False,
            sent_at__gt=now - max_age(),
            sent_at__lte=quiet_since,
            reminder_count__lt=MAX_REMINDERS,
            report__status=EvaluationReport.Status.DRAFT,
        )
        .filter(Q(last_reminded_at__isnull=True) | Q(last_reminded_at__lte=quiet_since))
        .order_by("pk")
    )
