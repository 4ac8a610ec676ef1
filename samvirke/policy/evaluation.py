"""Evaluation reports: what they contain (reads), how they are created and how their PDF versions
are made (writes). The stakeholder questionnaire lives in questionnaire.py."""

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max, Prefetch, Q, QuerySet
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import can_edit_policy
from samvirke.core.models import Municipality
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
from samvirke.policy.selectors import CriterionResult, criteria_with_measurements, criterion_results

# -- reads -----------------------------------------------------------------------------------


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


def ran_in_period(*, start: dt.date, end: dt.date) -> Q:
    """Initiatives that ran at some time in the period: started by its end (or no start recorded),
    not ended before its start, and not only planned."""
    return (
        (Q(start_date__isnull=True) | Q(start_date__lte=end))
        & (Q(end_date__isnull=True) | Q(end_date__gte=start))
        & ~Q(status=Initiative.Status.PLANNED)
    )


def report_content(*, report: EvaluationReport) -> ReportContent:
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
        ran_in_period(start=report.period_start, end=report.period_end), pk__in=areas_of
    )
    for initiative in initiatives:
        for area_id in sorted(areas_of[initiative.pk]):
            sections[area_id].initiatives.append(initiative)
    criteria = criteria_with_measurements().filter(policy=policy).order_by("order", "pk")
    other = []
    for result in criterion_results(
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
    actions = (
        Action.objects.filter(programme__policy=policy)
        .select_related("status")
        .prefetch_related(
            Prefetch("focus_points", queryset=FocusPoint.objects.only("id", "theme_id", "focus_area_id"))
        )
    )
    progress = rollup.roll_up(actions)
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


# -- writes ------------------------------------------------------------------------------------


@transaction.atomic
def create_report(
    *,
    municipality: Municipality,
    policy: Policy,
    title: str,
    period_start: dt.date,
    period_end: dt.date,
    created_by=None,
) -> EvaluationReport:
    """Create a draft report with an empty narrative section per focus area (and an introduction
    and a conclusion), ready to be written. Raises ValidationError."""
    report = EvaluationReport(
        municipality=municipality,
        policy=policy,
        title=title,
        period_start=period_start,
        period_end=period_end,
        created_by=created_by,
    )
    report.full_clean()
    report.save()
    with translation.override(municipality.language):
        titles = [(None, _("Introduction"))]
        titles += [(area, str(area)) for area in policy.focus_areas.order_by("order", "pk")]
        titles += [(None, _("Conclusion and next steps"))]
    for order, (area, title_text) in enumerate(titles):
        section = NarrativeSection(
            report=report, focus_area=area, title=title_text[:300], body="", order=order
        )
        section.full_clean()
        section.save()
    return report


@transaction.atomic
def request_report_pdf(*, report: EvaluationReport, user) -> ReportDocument:
    """Add the next version of the report's PDF and generate it in the background."""
    from samvirke.policy.tasks import render_report_pdf_task

    locked = EvaluationReport.objects.select_for_update().get(pk=report.pk)
    version = (ReportDocument.objects.filter(report=locked).aggregate(top=Max("version"))["top"] or 0) + 1
    document = ReportDocument(report=locked, version=version, requested_by=user if user and user.pk else None)
    document.full_clean(exclude=["file"])
    document.save()
    transaction.on_commit(lambda: render_report_pdf_task.enqueue(document.pk))
    return document


def get_document_url(name: str) -> str | None:
    """The PDF view of the report document stored as `name` (private files' addresses, decision 0055)."""
    document = ReportDocument.objects.filter(file=name).select_related("report__municipality").first()
    if document is None:
        return None
    report = document.report
    return reverse("policy:evaluation_pdf", args=[report.municipality.slug, report.pk, document.version])


def render_report_html(*, report: EvaluationReport, for_pdf: bool = False) -> str:
    """The report as one HTML document, in the municipality's language."""
    with translation.override(report.municipality.language):
        return render_to_string(
            "policy/evaluation/report_document.html",
            {"content": report_content(report=report), "report": report, "for_pdf": for_pdf},
        )


def generate_report_pdf(*, document_id: int) -> ReportDocument:
    """Render one pending document version to PDF with WeasyPrint and store it. A failure is recorded."""
    from weasyprint import HTML

    document = ReportDocument.objects.select_related("report__policy", "report__municipality").get(
        pk=document_id
    )
    if document.status == ReportDocument.Status.READY:
        return document
    try:
        html = render_report_html(report=document.report, for_pdf=True)
        pdf = HTML(string=html).write_pdf()
    except Exception as error:  # the editor sees the reason on the report page
        document.status = ReportDocument.Status.FAILED
        document.error = f"{error.__class__.__name__}: {error}"[:2000]
        document.save(update_fields=["status", "error"])
        raise
    document.file.save(f"report-{document.report_id}-v{document.version}.pdf", ContentFile(pdf), save=False)
    document.size = len(pdf)
    document.sha256 = hashlib.sha256(pdf).hexdigest()
    document.status = ReportDocument.Status.READY
    document.generated_at = timezone.now()
    document.error = ""
    document.save()
    return document
