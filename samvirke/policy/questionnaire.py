"""The stakeholders' evaluation questionnaire (decision 0022).

The editor invites the organisations involved in the policy; each gets an e-mail with a signed
link (no account needed). The link names the invitation and its current nonce, signed with the
site's secret, and expires after QUESTIONNAIRE_DAYS. Answers attach to the focus areas the
organisation's work addressed. `remind_stakeholders` (cron) reminds those who have not answered.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.policy.evaluation import ran_in_period
from samvirke.policy.models import (
    Action,
    EvaluationReport,
    FocusArea,
    StakeholderAnswer,
    StakeholderInvitation,
)
from samvirke.policy.models.evaluation import _new_nonce

SALT = "samvirke.policy.questionnaire"
QUESTIONNAIRE_DAYS = 60
REMIND_AFTER = dt.timedelta(days=7)
MAX_REMINDERS = 3


def max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "POLICY_QUESTIONNAIRE_DAYS", QUESTIONNAIRE_DAYS))


class LinkError(Exception):
    """The link is not valid: altered, expired or withdrawn. `expired` tells which."""

    def __init__(self, message: str, *, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def make_token(invitation: StakeholderInvitation) -> str:
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=SALT)


def invitation_from_token(token: str) -> StakeholderInvitation:
    """The invitation a link stands for. Raises LinkError (tampered, expired or withdrawn)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise LinkError(_("This link has expired."), expired=True) from error
    except signing.BadSignature as error:
        raise LinkError(_("This link is not valid.")) from error
    invitation = (
        StakeholderInvitation.objects.filter(pk=data.get("i"))
        .select_related("report__policy", "report__municipality", "organisation")
        .first()
    )
    if invitation is None or not constant_time_compare(str(data.get("n", "")), invitation.nonce):
        raise LinkError(_("This link has been withdrawn."))
    return invitation


def link_for(invitation: StakeholderInvitation, *, site_url: str | None = None) -> str:
    base = (site_url or invitation.site_url or "").rstrip("/")
    return base + reverse(
        "policy:questionnaire", args=[invitation.report.municipality.slug, make_token(invitation)]
    )


# -- who is involved ------------------------------------------------------------------------------


def involved_organisations(*, report: EvaluationReport) -> QuerySet[Organisation]:
    """Organisers of the initiatives that served the policy in the period, and the organisations
    responsible for its programmes' actions."""
    initiatives = Initiative.objects.filter(focus_points__focus_area__policy=report.policy).filter(
        ran_in_period(start=report.period_start, end=report.period_end)
    )
    responsible = Action.objects.filter(programme__policy=report.policy).values("responsible_organisation")
    return (
        Organisation.objects.for_municipality(report.municipality)
        .filter(Q(initiatives__in=initiatives) | Q(pk__in=responsible))
        .distinct()
        .order_by("name")
    )


# -- writes -------------------------------------------------------------------------------------


@transaction.atomic
def invite_stakeholders(
    *, report: EvaluationReport, organisation_ids: list[int], site_url: str
) -> list[StakeholderInvitation]:
    """Invite organisations (those not yet invited) and send each its link after commit.
    Raises ValidationError naming organisations without an e-mail address."""
    from samvirke.policy.tasks import send_questionnaire_emails_task

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


def send_emails(*, invitation_ids: list[int], kind: str) -> int:
    """Send the invitation or reminder e-mail to each, in the municipality's language. Returns how many."""
    sent = 0
    invitations = StakeholderInvitation.objects.filter(pk__in=invitation_ids).select_related(
        "report__municipality", "report__policy", "organisation"
    )
    for invitation in invitations:
        if kind == "reminder" and invitation.answered_at:
            continue
        municipality = invitation.report.municipality
        with translation.override(municipality.language):
            context = {
                "invitation": invitation,
                "report": invitation.report,
                "link": link_for(invitation),
                # The link is signed now, so it is valid for the full period from this e-mail on.
                "expires": timezone.now() + max_age(),
                "reminder": kind == "reminder",
            }
            subject = render_to_string("policy/email/questionnaire_subject.txt", context).strip()
            body = render_to_string("policy/email/questionnaire.txt", context)
        send_mail(subject, body, None, [invitation.email])
        now = timezone.now()
        if kind == "reminder":
            invitation.last_reminded_at = now
            invitation.reminder_count += 1
            invitation.save(update_fields=["last_reminded_at", "reminder_count"])
        elif invitation.sent_at is None:
            invitation.sent_at = now
            invitation.save(update_fields=["sent_at"])
        sent += 1
    return sent


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


def due_for_reminder(*, now: dt.datetime | None = None) -> QuerySet[StakeholderInvitation]:
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
