"""E-mail about requests to join an organisation, sent by the background worker."""

from django.urls import reverse
from django_tasks import task

from samvirke.accounts.mail import absolute_url, send_mail_from_templates
from samvirke.accounts.models import JoinRequest
from samvirke.accounts.selectors import list_join_request_approvers


@task()
def send_join_request_to_approvers(join_request_id: int) -> int:
    join_request = (
        JoinRequest.objects.select_related("user", "organisation__municipality")
        .filter(pk=join_request_id, status=JoinRequest.Status.PENDING)
        .first()
    )
    if join_request is None:
        return 0
    sent = 0
    for approver in list_join_request_approvers(organisation=join_request.organisation):
        sent += send_mail_from_templates(
            to=[approver.email],
            template="accounts/email/join_request",
            context={
                "join_request": join_request,
                "approver": approver,
                "url": absolute_url(reverse("accounts:join_request", args=[join_request.pk])),
            },
            language=join_request.organisation.municipality.language,
        )
    return sent


@task()
def send_join_decision(join_request_id: int) -> int:
    join_request = JoinRequest.objects.select_related("user", "organisation__municipality").get(
        pk=join_request_id
    )
    return send_mail_from_templates(
        to=[join_request.user.email],
        template="accounts/email/join_decision",
        context={"join_request": join_request, "login_url": absolute_url(reverse("account_login"))},
        language=join_request.organisation.municipality.language,
    )
