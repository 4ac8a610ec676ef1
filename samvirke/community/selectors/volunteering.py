"""Reads for volunteering: open needs with upcoming shifts, an organiser's needs and their sign-ups."""

import io
from zoneinfo import ZoneInfo

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from samvirke.accounts.permissions import is_editor_for, owned_organisation_ids
from samvirke.community import permissions
from samvirke.community.models import Shift, VolunteerBooking, VolunteerNeed, VolunteerSignup
from samvirke.community.tokens import read_signup_token
from samvirke.core import spreadsheets
from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative


def _upcoming_shifts() -> Prefetch:
    return Prefetch(
        "shifts",
        queryset=Shift.objects.filter(starts_at__gt=timezone.now()).order_by("starts_at", "pk"),
        to_attr="upcoming",
    )


def list_open_needs(*, municipality: Municipality) -> QuerySet[VolunteerNeed]:
    """Open needs with at least one shift still to come, for the "become a volunteer" page."""
    return (
        VolunteerNeed.objects.filter(
            municipality=municipality, is_open=True, shifts__starts_at__gt=timezone.now()
        )
        .distinct()
        .select_related("initiative__municipality")
        .prefetch_related(_upcoming_shifts())
        .order_by("initiative__title", "role")
    )


def list_open_needs_for(*, initiative) -> list[VolunteerNeed]:
    return list(
        VolunteerNeed.objects.filter(
            initiative=initiative, is_open=True, shifts__starts_at__gt=timezone.now()
        )
        .distinct()
        .prefetch_related(_upcoming_shifts())
        .order_by("role")
    )


def get_open_need_or_404(*, municipality: Municipality, pk: int) -> VolunteerNeed:
    need = (
        VolunteerNeed.objects.filter(municipality=municipality, pk=pk, is_open=True)
        .select_related("initiative__municipality", "municipality")
        .prefetch_related(_upcoming_shifts())
        .first()
    )
    if need is None:
        raise Http404("No such volunteer need")
    return need


def list_managed_needs(*, user, municipality: Municipality) -> QuerySet[VolunteerNeed]:
    """Needs of the initiatives this user organises (editors: all of the municipality's)."""
    qs = VolunteerNeed.objects.filter(municipality=municipality)
    if not is_editor_for(user, municipality):
        qs = qs.filter(initiative__organisers__in=owned_organisation_ids(user)).distinct()
    return (
        qs.select_related("initiative")
        .prefetch_related(_upcoming_shifts())
        .order_by("initiative__title", "role")
    )


def get_managed_need_or_404(*, user, municipality: Municipality, pk: int) -> VolunteerNeed:
    need = (
        VolunteerNeed.objects.filter(municipality=municipality, pk=pk)
        .select_related("initiative__municipality", "municipality")
        .first()
    )
    if need is None or not permissions.can_manage_volunteering(user, need.initiative):
        raise Http404("No such volunteer need")
    return need


def list_manageable_initiatives(*, user, municipality: Municipality):
    qs = Initiative.objects.filter(municipality=municipality).exclude(status=Initiative.Status.ENDED)
    if not is_editor_for(user, municipality):
        qs = qs.filter(organisers__in=owned_organisation_ids(user)).distinct()
    return qs.order_by("title")


def list_bookings(*, need: VolunteerNeed) -> QuerySet[VolunteerBooking]:
    return (
        VolunteerBooking.objects.filter(shift__need=need)
        .select_related("signup", "shift")
        .order_by("shift__starts_at", "shift_id", "status", "created_at", "pk")
    )


def list_shifts(*, need: VolunteerNeed) -> QuerySet[Shift]:
    """All the need's shifts with how many wait for a place."""
    return need.shifts.annotate(
        waiting=Count("bookings", filter=Q(bookings__status=VolunteerBooking.Status.WAITING))
    ).order_by("starts_at", "pk")


def get_signup_by_token(*, token: str) -> VolunteerSignup:
    """The sign-up a signed link points to. Raises signing.BadSignature (tampered, expired) or Http404."""
    data = read_signup_token(token)
    signup = (
        VolunteerSignup.objects.filter(pk=data["s"], key=data["k"])
        .select_related("need__initiative__municipality", "need__municipality")
        .first()
    )
    if signup is None:
        raise Http404("No such sign-up")
    return signup


def get_signups_csv(*, need: VolunteerNeed) -> str:
    """The need's bookings as CSV (one row per volunteer and shift), times in the municipality's zone."""
    zone = ZoneInfo(need.municipality.time_zone)
    out = io.StringIO()
    writer = spreadsheets.writer(out)
    writer.writerow(
        ["shift_start", "shift_end", "status", "name", "email", "phone", "languages", "message", "signed_up"]
    )
    for booking in list_bookings(need=need):
        shift, signup = booking.shift, booking.signup
        writer.writerow(
            [
                shift.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                shift.ends_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                booking.status,
                signup.name,
                signup.email,
                signup.phone,
                " ".join(signup.languages),
                signup.message,
                signup.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return out.getvalue()
