"""Become a volunteer: public needs and sign-up (no account), the volunteer's own page by signed link,
and the organisers' screens (needs, shifts, sign-ups, CSV, messages, retention)."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from samvirke.community import permissions
from samvirke.community.forms import (
    CommunitySettingsForm,
    ShiftEditForm,
    ShiftForm,
    VolunteerMessageForm,
    VolunteerNeedForm,
    VolunteerSignupForm,
)
from samvirke.community.ics import build_shift_ics
from samvirke.community.models import CommunitySettings, VolunteerBooking
from samvirke.community.selectors import volunteering as selectors
from samvirke.community.services import volunteering as services
from samvirke.community.tokens import signup_path
from samvirke.core.forms import add_service_errors
from samvirke.core.selectors import get_municipality_or_404

# A sign-up is a few hundred bytes; anything much larger is not a person filling in the form.
MAX_SIGNUP_BYTES = 20_000
SIGNUP_RATE = "10/h"


def consent_text(municipality) -> str:
    return _(
        "I agree that %(name)s and the organisers of this activity keep my name, e-mail, phone and languages "
        "to organise my volunteering, and delete them automatically %(months)s months after my last shift."
    ) % {"name": municipality.name, "months": _retention_months(municipality)}


def _retention_months(municipality) -> int:
    settings = CommunitySettings.objects.filter(municipality=municipality).first()
    return settings.volunteer_retention_months if settings else 12


def become_volunteer(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "community/volunteering/index.html",
        {
            "municipality": place,
            "needs": selectors.list_open_needs(municipality=place),
            "zone": place.time_zone,
            "can_manage": permissions.can_organise_volunteers(request.user, place),
        },
    )


@never_cache
@ratelimit(key="ip", rate=SIGNUP_RATE, method="POST", block=True)
def need_detail(request, municipality: str, pk: int):
    """A volunteer need and its sign-up form. Public, hardened: CSRF, honeypot, minimum fill time,
    a rate limit per IP address and a size limit."""
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_open_need_or_404(municipality=place, pk=pk)
    consent = consent_text(place)
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > MAX_SIGNUP_BYTES:
        return HttpResponse(_("The form is too large."), status=413, content_type="text/plain; charset=utf-8")
    form = VolunteerSignupForm(request.POST or None, need=need, consent_text=consent)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = services.sign_up_volunteer(
                need_id=need.pk,
                shift_ids=data["shifts"],
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                languages=data["languages"],
                message=data["message"],
                consent_text=consent,
            )
        except ValidationError as error:
            add_service_errors(form, error)
            need = selectors.get_open_need_or_404(municipality=place, pk=pk)  # fresh places left
        else:
            return render(
                request,
                "community/volunteering/thanks.html",
                {"municipality": place, "need": need, "result": result, "zone": place.time_zone},
            )
    return render(
        request,
        "community/volunteering/need.html",
        {"municipality": place, "need": need, "form": form, "zone": place.time_zone},
    )


def _signup_or_error(request, token: str):
    try:
        return selectors.get_signup_by_token(token=token), None
    except signing.SignatureExpired:
        reason = "expired"
    except signing.BadSignature:
        reason = "invalid"
    return None, render(request, "community/volunteering/signup_invalid.html", {"reason": reason}, status=400)


@never_cache
def signup_page(request, token: str):
    """The volunteer's own page (the signed link in their e-mail): see, cancel, delete."""
    signup, error = _signup_or_error(request, token)
    if error:
        return error
    if request.method == "POST":
        if "delete" in request.POST:
            services.delete_signup(signup_id=signup.pk)
            return render(
                request,
                "community/volunteering/signup_deleted.html",
                {"municipality": signup.need.municipality},
            )
        booking_id = request.POST.get("cancel", "")
        if booking_id.isdigit():
            try:
                services.cancel_booking(signup=signup, booking_id=int(booking_id))
            except VolunteerBooking.DoesNotExist as missing:
                raise Http404("No such booking") from missing
            messages.success(request, _("The shift is cancelled. Thank you for telling us."))
        return redirect("community:volunteer_signup", token=token)
    bookings = list(signup.bookings.select_related("shift").order_by("shift__starts_at"))
    waiting_positions = {}
    for booking in bookings:
        if booking.status == VolunteerBooking.Status.WAITING:
            waiting_positions[booking.pk] = VolunteerBooking.objects.filter(
                shift_id=booking.shift_id,
                status=VolunteerBooking.Status.WAITING,
                created_at__lte=booking.created_at,
            ).count()
    for booking in bookings:
        booking.position = waiting_positions.get(booking.pk)
    return render(
        request,
        "community/volunteering/signup.html",
        {
            "municipality": signup.need.municipality,
            "signup": signup,
            "bookings": bookings,
            "token": token,
            "zone": signup.need.municipality.time_zone,
            "now": dt.datetime.now(dt.UTC),
        },
    )


def signup_shift_ics(request, token: str, booking: str):
    signup, error = _signup_or_error(request, token)
    if error:
        return error
    item = signup.bookings.select_related("shift__need__initiative").filter(uuid=booking).first()
    if item is None:
        raise Http404("No such booking")
    body = build_shift_ics(booking=item, manage_path=signup_path(signup))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="shift-{item.shift.starts_at:%Y-%m-%d}.ics"'
    return response


# --- organisers ---------------------------------------------------------------------------------


def _organiser_place(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not permissions.can_organise_volunteers(request.user, place):
        raise Http404("No such page")
    return place


@login_required
def manage(request, municipality: str):
    place = _organiser_place(request, municipality)
    return render(
        request,
        "community/volunteering/manage.html",
        {
            "municipality": place,
            "needs": selectors.list_managed_needs(user=request.user, municipality=place),
            "zone": place.time_zone,
            "can_settings": permissions.can_manage_community_settings(request.user, place),
        },
    )


def _need_data(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "initiative"}


@login_required
def need_new(request, municipality: str):
    place = _organiser_place(request, municipality)
    initiatives = selectors.list_manageable_initiatives(user=request.user, municipality=place)
    initial = {}
    if request.GET.get("initiative"):
        initial["initiative"] = initiatives.filter(slug=request.GET["initiative"]).first()
    form = VolunteerNeedForm(request.POST or None, initiatives=initiatives, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            need = services.create_need(
                user=request.user, initiative=form.cleaned_data["initiative"], data=_need_data(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionError as error:
            raise Http404("No such page") from error
        else:
            messages.success(request, _("The volunteer need is saved. Now add its shifts."))
            return redirect("community:volunteer_shifts", municipality=place.slug, pk=need.pk)
    return render(request, "community/volunteering/need_form.html", {"municipality": place, "form": form})


@login_required
def need_edit(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    initiatives = selectors.list_manageable_initiatives(user=request.user, municipality=place).filter(
        pk=need.initiative_id
    )
    initial = {name: getattr(need, name) for name in services.NEED_FIELDS} | {"initiative": need.initiative}
    form = VolunteerNeedForm(request.POST or None, initiatives=initiatives, initial=initial)
    form.fields["initiative"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            services.update_need(need_id=need.pk, user=request.user, data=_need_data(form))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The volunteer need is saved."))
            return redirect("community:volunteer_manage", municipality=place.slug)
    return render(
        request, "community/volunteering/need_form.html", {"municipality": place, "form": form, "need": need}
    )


@login_required
def need_shifts(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    form = ShiftForm(request.POST or None)
    zone = ZoneInfo(place.time_zone)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.add_shifts(
                need_id=need.pk,
                user=request.user,
                starts_at=dt.datetime.combine(data["date"], data["starts"], tzinfo=zone),
                ends_at=dt.datetime.combine(data["date"], data["ends"], tzinfo=zone),
                capacity=data["capacity"],
                location=data["location"],
                note=data["note"],
                repeat_weeks=data["repeat_weeks"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(count)s shifts added.") % {"count": len(created)})
            return redirect("community:volunteer_shifts", municipality=place.slug, pk=need.pk)
    return render(
        request,
        "community/volunteering/shifts.html",
        {
            "municipality": place,
            "need": need,
            "shifts": selectors.list_shifts(need=need),
            "form": form,
            "zone": place.time_zone,
        },
    )


@login_required
def shift_edit(request, municipality: str, pk: int, shift_id: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    shift = need.shifts.filter(pk=shift_id).first()
    if shift is None:
        raise Http404("No such shift")
    form = ShiftEditForm(
        request.POST or None,
        initial={"capacity": shift.capacity, "location": shift.location, "note": shift.note},
    )
    if request.method == "POST" and "delete" in request.POST:
        try:
            services.delete_shift(shift_id=shift.pk, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The shift is removed."))
        return redirect("community:volunteer_shifts", municipality=place.slug, pk=need.pk)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_shift(shift_id=shift.pk, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The shift is saved."))
            return redirect("community:volunteer_shifts", municipality=place.slug, pk=need.pk)
    return render(
        request,
        "community/volunteering/shift_form.html",
        {"municipality": place, "need": need, "shift": shift, "form": form, "zone": place.time_zone},
    )


@login_required
def need_signups(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    return render(
        request,
        "community/volunteering/signups.html",
        {
            "municipality": place,
            "need": need,
            "bookings": selectors.list_bookings(need=need),
            "zone": place.time_zone,
        },
    )


@login_required
def need_signups_csv(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    response = HttpResponse(selectors.get_signups_csv(need=need), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="volunteers-{need.pk}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def need_message(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    need = selectors.get_managed_need_or_404(user=request.user, municipality=place, pk=pk)
    shifts = list(need.shifts.order_by("starts_at"))
    form = VolunteerMessageForm(request.POST or None, shifts=shifts, zone=ZoneInfo(place.time_zone))
    if request.method == "POST" and form.is_valid():
        try:
            message = services.send_message(
                need_id=need.pk,
                user=request.user,
                **{
                    "subject": form.cleaned_data["subject"],
                    "body": form.cleaned_data["body"],
                    "audience": form.cleaned_data["audience"],
                    "shift_id": form.cleaned_data["shift"],
                },
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("The message is being sent to %(count)s volunteers.") % {"count": message.recipient_count},
            )
            return redirect("community:volunteer_signups", municipality=place.slug, pk=need.pk)
    return render(
        request,
        "community/volunteering/message.html",
        {
            "municipality": place,
            "need": need,
            "form": form,
            "sent": need.messages.select_related("sender")[:10],
        },
    )


@login_required
def community_settings(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not permissions.can_manage_community_settings(request.user, place):
        raise Http404("No such page")
    form = CommunitySettingsForm(
        request.POST or None, initial={"volunteer_retention_months": _retention_months(place)}
    )
    if request.method == "POST" and form.is_valid():
        services.update_settings(user=request.user, municipality=place, **form.cleaned_data)
        messages.success(request, _("The settings are saved."))
        return redirect("community:volunteer_manage", municipality=place.slug)
    return render(request, "community/volunteering/settings.html", {"municipality": place, "form": form})
