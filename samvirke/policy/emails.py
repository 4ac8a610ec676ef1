"""The questionnaire's e-mails (decision 0022): the work the e-mail task does, kept apart from the
services so that the task imports this module and the services import the task (decision 0066)."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from samvirke.policy.models import StakeholderInvitation
from samvirke.policy.tokens import link_for, max_age


def send_questionnaire_emails(*, invitation_ids: list[int], kind: str) -> int:
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
