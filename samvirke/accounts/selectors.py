"""Reads for accounts: who decides a request to join an organisation, and what waits for them."""

from django.db.models import Q, QuerySet
from django.http import Http404

from samvirke.accounts import permissions
from samvirke.accounts.models import JoinRequest, Membership, Role, User
from samvirke.core.models import Municipality


def list_join_request_approvers(*, organisation) -> list[User]:
    """Owners of the organisation and editors of its municipality or region; site admins when there are none."""
    municipality = organisation.municipality
    scope = Q(role=Role.ORGANISATION_OWNER, organisation=organisation) | Q(
        role=Role.EDITOR, municipality=municipality
    )
    if municipality.region_id:
        scope |= Q(role=Role.EDITOR, region_id=municipality.region_id)
    user_ids = Membership.objects.filter(scope).values("user_id")
    approvers = list(User.objects.filter(pk__in=user_ids, is_active=True).order_by("pk"))
    if not approvers:
        approvers = list(User.objects.filter(is_superuser=True, is_active=True).order_by("pk"))
    return approvers


def list_decidable_join_requests(*, user) -> QuerySet[JoinRequest]:
    """Pending requests (with a confirmed e-mail address) that this user may approve or decline."""
    qs = JoinRequest.objects.filter(
        status=JoinRequest.Status.PENDING, approvers_notified_at__isnull=False
    ).select_related("user", "organisation__municipality")
    if permissions.is_site_admin(user):
        return qs.order_by("created_at")

    editable = Municipality.objects.filter(permissions.editable_municipalities_filter(user)).values("pk")
    return qs.filter(
        Q(organisation_id__in=permissions.owned_organisation_ids(user))
        | Q(organisation__municipality__in=editable)
    ).order_by("created_at")


def get_decidable_join_request_or_404(*, user, pk: int) -> JoinRequest:
    join_request = list_decidable_join_requests(user=user).filter(pk=pk).first()
    if join_request is None:
        raise Http404("No such request")
    return join_request


def list_memberships(*, user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("organisation", "municipality", "region")
