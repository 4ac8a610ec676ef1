"""Writes for accounts: asking to join an organisation, and approving or declining it."""

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts import permissions
from samvirke.accounts.models import JoinRequest, Membership, Role, User
from samvirke.accounts.tasks import send_join_decision, send_join_request_to_approvers


@transaction.atomic
def request_to_join(*, user: User, organisation, job_title: str = "", message: str = "") -> JoinRequest:
    """Ask to join `organisation`. The approvers hear of it once the user's e-mail address is confirmed.

    Raises ValidationError when the user already belongs to it or already asked.
    """
    if Membership.objects.filter(user=user, organisation=organisation).exists():
        raise ValidationError(_("You are already a member of %(name)s.") % {"name": organisation.name})
    if JoinRequest.objects.filter(
        user=user, organisation=organisation, status=JoinRequest.Status.PENDING
    ).exists():
        raise ValidationError(_("You have already asked to join this organisation."))
    join_request = JoinRequest(user=user, organisation=organisation, job_title=job_title, message=message)
    join_request.full_clean()
    join_request.save()
    if _has_verified_email(user):
        _notify_approvers(join_request)
    return join_request


def _has_verified_email(user: User) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def _notify_approvers(join_request: JoinRequest) -> None:
    join_request.approvers_notified_at = timezone.now()
    join_request.save(update_fields=["approvers_notified_at"])
    pk = join_request.pk
    transaction.on_commit(lambda: send_join_request_to_approvers.enqueue(join_request_id=pk))


@transaction.atomic
def notify_approvers_of_confirmed_user(*, user: User) -> int:
    """Called when a user confirms their e-mail address: their waiting requests go to the approvers."""
    waiting = list(
        JoinRequest.objects.select_for_update().filter(
            user=user, status=JoinRequest.Status.PENDING, approvers_notified_at__isnull=True
        )
    )
    for join_request in waiting:
        _notify_approvers(join_request)
    return len(waiting)


def _lock_pending(join_request_id: int, approver: User) -> JoinRequest:
    join_request = (
        JoinRequest.objects.select_for_update()
        .select_related("organisation__municipality", "user")
        .get(pk=join_request_id)
    )
    if not permissions.can_decide_join_request(approver, join_request.organisation):
        raise PermissionError("not allowed to decide this request")
    if join_request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    return join_request


@transaction.atomic
def approve_join_request(
    *, join_request_id: int, approver: User, role: str = Role.PRACTITIONER, note: str = ""
) -> Membership:
    """Approve: the user becomes a member of the organisation with `role` and is told by e-mail.

    Raises PermissionError when the approver may not decide (or may not grant an owner role),
    ValidationError when the request was already decided.
    """
    join_request = _lock_pending(join_request_id, approver)
    if role not in (Role.PRACTITIONER, Role.ORGANISATION_OWNER):
        raise ValidationError(_("Choose practitioner or organisation owner."))
    if role == Role.ORGANISATION_OWNER and not permissions.can_grant_organisation_owner(
        approver, join_request.organisation
    ):
        raise PermissionError("only editors make organisation owners")
    membership = Membership(
        user=join_request.user,
        role=role,
        organisation=join_request.organisation,
        municipality=join_request.organisation.municipality,
    )
    membership.full_clean()
    membership.save()
    join_request.status = JoinRequest.Status.APPROVED
    join_request.granted_role = role
    join_request.decided_by = approver
    join_request.decided_at = timezone.now()
    join_request.decision_note = note
    join_request.save(update_fields=["status", "granted_role", "decided_by", "decided_at", "decision_note"])
    _tell_applicant(join_request)
    return membership


@transaction.atomic
def decline_join_request(*, join_request_id: int, approver: User, note: str = "") -> JoinRequest:
    """Decline with an optional note to the applicant. Raises PermissionError or ValidationError."""
    join_request = _lock_pending(join_request_id, approver)
    join_request.status = JoinRequest.Status.REJECTED
    join_request.decided_by = approver
    join_request.decided_at = timezone.now()
    join_request.decision_note = note
    join_request.full_clean()
    join_request.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    _tell_applicant(join_request)
    return join_request


def _tell_applicant(join_request: JoinRequest) -> None:
    pk = join_request.pk
    transaction.on_commit(lambda: send_join_decision.enqueue(join_request_id=pk))


@transaction.atomic
def withdraw_join_request(*, join_request_id: int, user: User) -> JoinRequest:
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request_id, user=user)
    if join_request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    join_request.status = JoinRequest.Status.WITHDRAWN
    join_request.save(update_fields=["status"])
    return join_request
