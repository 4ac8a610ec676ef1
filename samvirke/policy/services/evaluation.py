"""Writes for evaluation reports (decision 0066): creating a report, queuing a PDF version, and the
stakeholders' questionnaire (decision 0022): inviting organisations, withdrawing a link, answering.

The editor invites the organisations involved in the policy; each gets an e-mail with a signed link
(tokens.py, no account needed). Answers attach to the focus areas the organisation's work
addressed. `remind_stakeholders` (cron) reminds those who have not answered. E-mails and PDFs are
made by the tasks (tasks.py → emails.py, pdf.py), queued here after commit.
"""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.policy.models import (
    EvaluationReport,
    FocusArea,
    NarrativeSection,
    Policy,
    ReportDocument,
    StakeholderAnswer,
    StakeholderInvitation,
)
from samvirke.policy.models.evaluation import _new_nonce
from samvirke.policy.tasks import render_report_pdf_task, send_questionnaire_emails_task


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
    locked = EvaluationReport.objects.select_for_update().get(pk=report.pk)
    version = (ReportDocument.objects.filter(report=locked).aggregate(top=Max("version"))["top"] or 0) + 1
    document = ReportDocument(report=locked, version=version, requested_by=user if user and user.pk else None)
    document.full_clean(exclude=["file"])
    document.save()
    transaction.on_commit(lambda: render_report_pdf_task.enqueue(document.pk))
    return document


@transaction.atomic
def invite_stakeholders(
    *, report: EvaluationReport, organisation_ids: list[int], site_url: str
) -> list[StakeholderInvitation]:
    """Invite organisations (those not yet invited) and send each its link after commit.
    Raises ValidationError naming organisations without an e-mail address."""
    organisations = list(
        Organisation.objects.for_municipality(report.municipality)
        .filter(pk__in=organisation_ids)
        .order_by("name")
    )
    if not organisations:
        raise ValidationError(_("Choose at least one organisation."))
    missing = [o.name for o in organisations if not o.email]
    if missing:
        raise ValidationError(
            _("These organisations have no e-mail address in the directory: %(names)s")
            % {"names": ", ".join(missing)}
        )
    already = set(
        StakeholderInvitation.objects.filter(report=report).values_list("organisation_id", flat=True)
    )
    created = []
    for organisation in organisations:
        if organisation.pk in already:
            continue
        invitation = StakeholderInvitation(
            report=report, organisation=organisation, email=organisation.email, site_url=site_url
        )
        invitation.full_clean()
        invitation.save()
        created.append(invitation)
    ids = [invitation.pk for invitation in created]
    if ids:
        transaction.on_commit(lambda: send_questionnaire_emails_task.enqueue(ids, "invitation"))
    return created


@transaction.atomic
def withdraw_invitation(*, invitation: StakeholderInvitation) -> None:
    """Links already sent stop working (a new nonce); the answers given so far are kept."""
    invitation.nonce = _new_nonce()
    invitation.save(update_fields=["nonce"])


@dataclass
class AreaAnswer:
    worked: str = ""
    improve: str = ""


@transaction.atomic
def submit_answers(
    *, invitation: StakeholderInvitation, answers: dict[int, AreaAnswer], general_comment: str = ""
) -> list[StakeholderAnswer]:
    """Replace the organisation's answers with these. Focus areas left empty are not answered.
    Raises ValidationError when nothing at all was written."""
    areas = {area.pk: area for area in FocusArea.objects.filter(policy=invitation.report.policy)}
    filled = {pk: a for pk, a in answers.items() if pk in areas and (a.worked.strip() or a.improve.strip())}
    if not filled and not general_comment.strip():
        raise ValidationError(_("Write about at least one focus area, or a general comment."))
    invitation.answers.exclude(focus_area_id__in=filled).delete()
    saved = []
    for pk, text in filled.items():
        answer = invitation.answers.filter(focus_area_id=pk).first() or StakeholderAnswer(
            invitation=invitation, focus_area=areas[pk]
        )
        answer.worked = text.worked.strip()
        answer.improve = text.improve.strip()
        answer.full_clean()
        answer.save()
        saved.append(answer)
    invitation.general_comment = general_comment.strip()
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["general_comment", "answered_at"])
    return saved
