"""Writes for volunteering: needs and shifts, sign-ups with capacity, waiting list, messages, retention.

Capacity (decision 0042): a sign-up locks the chosen shift rows in primary-key order with
SELECT … FOR UPDATE (PostgreSQL), so concurrent sign-ups for the same shift queue up and each sees
the count its predecessor committed; on SQLite the transaction starts IMMEDIATE (settings), which takes
the database's single write lock, so sign-ups run one after another. `Shift.booked` counts confirmed
bookings and a check constraint (booked <= capacity) makes the database refuse an overbooking even if
a code path forgot the lock. Whoever does not fit gets a waiting-list place, promoted on cancellation.
"""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.community import emails, models, permissions, tasks

MAX_REPEATS = 26
NEED_FIELDS = ("role", "description", "skills", "languages", "contact_email", "is_open")


# --- organisers ---------------------------------------------------------------------------------


def _require_organiser(user, initiative) -> None:
    if not permissions.can_manage_volunteering(user, initiative):
        raise PermissionError("not an organiser of this initiative")


@transaction.atomic
def create_need(*, user, initiative, data: dict) -> models.VolunteerNeed:
    """Post a volunteer need for an initiative. Raises PermissionError or ValidationError."""
    _require_organiser(user, initiative)
    need = models.VolunteerNeed(
        initiative=initiative,
        municipality_id=initiative.municipality_id,
        created_by=user,
        **{k: v for k, v in data.items() if k in NEED_FIELDS},
    )
    need.full_clean()
    need.save()
    return need


@transaction.atomic
def update_need(*, need_id: int, user, data: dict) -> models.VolunteerNeed:
    need = models.VolunteerNeed.objects.select_for_update().select_related("initiative").get(pk=need_id)
    _require_organiser(user, need.initiative)
    for name, value in data.items():
        if name in NEED_FIELDS:
            setattr(need, name, value)
    need.full_clean()
    need.save()
    return need


def _weekly(start: dt.datetime, weeks: int, zone: ZoneInfo) -> dt.datetime:
    # Add weeks in local time, so a 17:00 shift stays at 17:00 across daylight-saving changes.
    local = start.astimezone(zone).replace(tzinfo=None) + dt.timedelta(weeks=weeks)
    return local.replace(tzinfo=zone)


@transaction.atomic
def add_shifts(
    *,
    need_id: int,
    user,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    capacity: int,
    location: str = "",
    note: str = "",
    repeat_weeks: int = 0,
) -> list[models.Shift]:
    """One shift, or a weekly series (`repeat_weeks` more after the first). Raises PermissionError or ValidationError."""
    need = models.VolunteerNeed.objects.select_related("initiative", "municipality").get(pk=need_id)
    _require_organiser(user, need.initiative)
    if not 0 <= repeat_weeks <= MAX_REPEATS:
        raise ValidationError({"repeat_weeks": _("Repeat for at most 26 weeks.")})
    if starts_at <= timezone.now():
        raise ValidationError({"starts_at": _("A new shift must start in the future.")})
    zone = ZoneInfo(need.municipality.time_zone)
    series = uuid.uuid4() if repeat_weeks else None
    shifts = []
    for week in range(repeat_weeks + 1):
        shift = models.Shift(
            need=need,
            starts_at=_weekly(starts_at, week, zone),
            ends_at=_weekly(ends_at, week, zone),
            capacity=capacity,
            location=location,
            note=note,
            series=series,
        )
        shift.full_clean()
        shifts.append(shift)
    return models.Shift.objects.bulk_create(shifts)


@transaction.atomic
def update_shift(*, shift_id: int, user, capacity: int, location: str = "", note: str = "") -> models.Shift:
    """Change a shift's capacity (never below the confirmed volunteers); a larger capacity promotes
    people from the waiting list at once."""
    shift = models.Shift.objects.select_for_update().select_related("need__initiative").get(pk=shift_id)
    _require_organiser(user, shift.need.initiative)
    if capacity < shift.booked:
        raise ValidationError(
            {
                "capacity": _("%(count)s volunteers are already confirmed; the capacity cannot be lower.")
                % {"count": shift.booked}
            }
        )
    shift.capacity, shift.location, shift.note = capacity, location, note
    shift.full_clean()
    shift.save()
    _promote_waiting(shift)
    return shift


@transaction.atomic
def delete_shift(*, shift_id: int, user) -> None:
    shift = models.Shift.objects.select_for_update().select_related("need__initiative").get(pk=shift_id)
    _require_organiser(user, shift.need.initiative)
    if shift.bookings.exclude(status=models.VolunteerBooking.Status.CANCELLED).exists():
        raise ValidationError(
            _("Volunteers have signed up for this shift: message them before you remove it.")
        )
    shift.delete()


@transaction.atomic
def send_message(
    *, need_id: int, user, subject: str, body: str, audience: str, shift_id: int | None = None
) -> models.VolunteerMessage:
    """E-mail the need's volunteers (confirmed, waiting, or all; one shift or all), with the organiser as reply-to."""
    need = models.VolunteerNeed.objects.select_related("initiative").get(pk=need_id)
    _require_organiser(user, need.initiative)
    shift = need.shifts.get(pk=shift_id) if shift_id else None
    message = models.VolunteerMessage(
        need=need, shift=shift, audience=audience, subject=subject, body=body, sender=user
    )
    message.full_clean()
    message.recipient_count = len(emails.message_recipients(message))
    if message.recipient_count == 0:
        raise ValidationError(_("Nobody matches: no volunteer would get this message."))
    message.save()
    pk = message.pk
    transaction.on_commit(lambda: tasks.send_volunteer_message.enqueue(message_id=pk))
    return message


@transaction.atomic
def update_settings(*, user, municipality, volunteer_retention_months: int) -> models.CommunitySettings:
    if not permissions.can_manage_community_settings(user, municipality):
        raise PermissionError("editors only")
    settings, _created = models.CommunitySettings.objects.get_or_create(municipality=municipality)
    settings.volunteer_retention_months = volunteer_retention_months
    settings.full_clean()
    settings.save()
    return settings


# --- volunteers ---------------------------------------------------------------------------------


@dataclass
class SignupResult:
    signup: models.VolunteerSignup
    confirmed: list[models.VolunteerBooking] = field(default_factory=list)
    waiting: list[models.VolunteerBooking] = field(default_factory=list)


def sign_up_volunteer(
    *,
    need_id: int,
    shift_ids: list[int],
    name: str,
    email: str,
    consent_text: str,
    phone: str = "",
    languages: list[str] | None = None,
    message: str = "",
) -> SignupResult:
    """Sign someone up (no account) for shifts of one need, never beyond a shift's capacity.

    A shift that is full gives a waiting-list place instead. Raises ValidationError when the need is
    closed, no shift is chosen, a shift is gone or past, or the e-mail is already on a chosen shift.
    """
    with transaction.atomic():
        need = models.VolunteerNeed.objects.select_related("initiative", "municipality").get(pk=need_id)
        if not need.is_open:
            raise ValidationError(_("This volunteer need is closed for sign-up."))
        wanted = sorted(set(shift_ids))
        if not wanted:
            raise ValidationError({"shifts": _("Choose at least one shift.")})
        # Lock in primary-key order: two sign-ups for overlapping shifts can never deadlock.
        shifts = list(
            models.Shift.objects.select_for_update()
            .filter(pk__in=wanted, need=need, starts_at__gt=timezone.now())
            .order_by("pk")
        )
        if len(shifts) != len(wanted):
            raise ValidationError({"shifts": _("One of the shifts you chose is no longer available.")})
        taken = models.VolunteerBooking.objects.filter(
            shift__in=shifts, signup__email__iexact=email.strip()
        ).exclude(status=models.VolunteerBooking.Status.CANCELLED)
        if taken.exists():
            raise ValidationError(
                {
                    "shifts": _(
                        "You are already signed up for one of these shifts: see the e-mail we sent you."
                    )
                }
            )
        signup = models.VolunteerSignup(
            need=need,
            name=name.strip(),
            email=email.strip(),
            phone=phone.strip(),
            languages=languages or [],
            message=message.strip(),
            consent_text=consent_text,
            consented_at=timezone.now(),
            last_shift_ends_at=max(shift.ends_at for shift in shifts),
        )
        signup.full_clean()
        signup.save()
        result = SignupResult(signup=signup)
        for shift in shifts:
            if shift.booked < shift.capacity:
                models.Shift.objects.filter(pk=shift.pk).update(booked=F("booked") + 1)
                status = models.VolunteerBooking.Status.CONFIRMED
            else:
                status = models.VolunteerBooking.Status.WAITING
            booking = models.VolunteerBooking.objects.create(signup=signup, shift=shift, status=status)
            (
                result.confirmed if status == models.VolunteerBooking.Status.CONFIRMED else result.waiting
            ).append(booking)
        _email(signup, "confirmation")
    return result


def _email(
    signup: models.VolunteerSignup, event: str, bookings: list[models.VolunteerBooking] | None = None
) -> None:
    pk, ids = signup.pk, [b.pk for b in bookings or []]
    transaction.on_commit(
        lambda: tasks.send_volunteer_email.enqueue(signup_id=pk, event=event, booking_ids=ids)
    )


def _promote_waiting(shift: models.Shift) -> list[models.VolunteerBooking]:
    """Fill free places from the waiting list, first come first served (the shift row is locked)."""
    promoted = []
    if shift.starts_at <= timezone.now():
        return promoted
    free = shift.capacity - shift.booked
    if free <= 0:
        return promoted
    queue = list(
        shift.bookings.select_for_update()
        .filter(status=models.VolunteerBooking.Status.WAITING)
        .select_related("signup")
        .order_by("created_at", "pk")[:free]
    )
    for booking in queue:
        booking.status = models.VolunteerBooking.Status.CONFIRMED
        booking.save(update_fields=["status", "status_changed_at"])
        promoted.append(booking)
        _email(booking.signup, "promoted", [booking])
    if promoted:
        models.Shift.objects.filter(pk=shift.pk).update(booked=F("booked") + len(promoted))
        shift.booked += len(promoted)
    return promoted


def _cancel(booking: models.VolunteerBooking) -> list[models.VolunteerBooking]:
    shift = models.Shift.objects.select_for_update().get(
        pk=booking.shift_id
    )  # the shift first, as sign-ups lock it
    booking = models.VolunteerBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == models.VolunteerBooking.Status.CANCELLED:
        return []
    was_confirmed = booking.status == models.VolunteerBooking.Status.CONFIRMED
    booking.status = models.VolunteerBooking.Status.CANCELLED
    booking.save(update_fields=["status", "status_changed_at"])
    if not was_confirmed:
        return []
    models.Shift.objects.filter(pk=shift.pk).update(booked=F("booked") - 1)
    shift.booked -= 1
    return _promote_waiting(shift)


@transaction.atomic
def cancel_booking(*, signup: models.VolunteerSignup, booking_id: int) -> list[models.VolunteerBooking]:
    """The volunteer cancels one shift; the first on the waiting list gets the place (and an e-mail).

    Returns the promoted bookings. Raises models.VolunteerBooking.DoesNotExist for another sign-up's booking.
    """
    booking = signup.bookings.get(pk=booking_id)
    promoted = _cancel(booking)
    _email(signup, "cancelled", [booking])
    return promoted


@transaction.atomic
def delete_signup(*, signup_id: int) -> int:
    """Erase a volunteer's data at once (their request): their places go to the waiting list first."""
    signup = models.VolunteerSignup.objects.select_for_update().get(pk=signup_id)
    for booking in list(signup.bookings.all()):
        _cancel(booking)
    signup.delete()
    return 1


# --- retention ----------------------------------------------------------------------------------


def delete_expired_signups(*, now: dt.datetime | None = None) -> int:
    """Delete sign-ups whose last shift ended longer ago than their municipality's retention period
    (default 12 months); sign-ups without shifts count from when they were made. Returns how many."""
    now = now or timezone.now()
    months_by_municipality = dict(
        models.CommunitySettings.objects.values_list("municipality_id", "volunteer_retention_months")
    )
    municipality_ids = models.VolunteerSignup.objects.values_list(
        "need__municipality_id", flat=True
    ).distinct()
    deleted = 0
    for municipality_id in municipality_ids:
        cutoff = now - relativedelta(months=months_by_municipality.get(municipality_id, 12))
        expired = models.VolunteerSignup.objects.filter(need__municipality_id=municipality_id).filter(
            Q(last_shift_ends_at__lt=cutoff) | Q(last_shift_ends_at__isnull=True, created_at__lt=cutoff)
        )
        with transaction.atomic():
            shift_ids = set(
                models.VolunteerBooking.objects.filter(signup__in=expired).values_list("shift_id", flat=True)
            )
            _count, per_model = expired.delete()
            deleted += per_model.get(models.VolunteerSignup._meta.label, 0)
            # Keep the confirmed count of the (past) shifts true after their bookings are gone.
            for shift in models.Shift.objects.filter(pk__in=shift_ids).annotate(
                confirmed=Count(
                    "bookings", filter=Q(bookings__status=models.VolunteerBooking.Status.CONFIRMED)
                )
            ):
                if shift.booked != shift.confirmed:
                    models.Shift.objects.filter(pk=shift.pk).update(booked=shift.confirmed)
    return deleted
