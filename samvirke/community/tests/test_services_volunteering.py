import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from samvirke.community.models import CommunitySettings, Shift, VolunteerBooking, VolunteerSignup
from samvirke.community.services import volunteering
from samvirke.community.tests.factories import ShiftFactory, VolunteerNeedFactory, VolunteerSignupFactory


def sign_up(shift, email, name="Frivillig"):
    return volunteering.sign_up_volunteer(
        need_id=shift.need_id, shift_ids=[shift.pk], name=name, email=email, consent_text="Ja"
    )


@pytest.fixture
def shift(world):
    return ShiftFactory(need=VolunteerNeedFactory(initiative=world.initiative), capacity=2)


def test_sign_ups_fill_a_shift_and_then_go_to_the_waiting_list(shift, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first = sign_up(shift, "a@example.org")
        second = sign_up(shift, "b@example.org")
        third = sign_up(shift, "c@example.org")
    assert [len(r.confirmed) for r in (first, second, third)] == [1, 1, 0]
    assert len(third.waiting) == 1
    shift.refresh_from_db()
    assert shift.booked == 2 and shift.places_left == 0
    assert len(callbacks) == 3  # a confirmation e-mail each, after commit


def test_the_database_refuses_an_overbooking_even_without_the_service(shift):
    Shift.objects.filter(pk=shift.pk).update(booked=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Shift.objects.filter(pk=shift.pk).update(booked=3)


def test_cancelling_promotes_the_first_on_the_waiting_list(shift):
    first = sign_up(shift, "a@example.org")
    sign_up(shift, "b@example.org")
    waiting_1 = sign_up(shift, "c@example.org").waiting[0]
    waiting_2 = sign_up(shift, "d@example.org").waiting[0]
    promoted = volunteering.cancel_booking(signup=first.signup, booking_id=first.confirmed[0].pk)
    assert [b.pk for b in promoted] == [waiting_1.pk]
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    shift.refresh_from_db()
    assert waiting_1.status == VolunteerBooking.Status.CONFIRMED
    assert waiting_2.status == VolunteerBooking.Status.WAITING
    assert shift.booked == 2


def test_cancelling_a_waiting_place_frees_nothing(shift):
    sign_up(shift, "a@example.org")
    sign_up(shift, "b@example.org")
    waiting = sign_up(shift, "c@example.org")
    assert volunteering.cancel_booking(signup=waiting.signup, booking_id=waiting.waiting[0].pk) == []
    shift.refresh_from_db()
    assert shift.booked == 2


def test_a_volunteer_cannot_cancel_someone_elses_booking(shift):
    mine = sign_up(shift, "a@example.org")
    theirs = sign_up(shift, "b@example.org")
    with pytest.raises(VolunteerBooking.DoesNotExist):
        volunteering.cancel_booking(signup=mine.signup, booking_id=theirs.confirmed[0].pk)


def test_the_same_email_cannot_take_two_places_on_a_shift(shift):
    sign_up(shift, "a@example.org")
    with pytest.raises(ValidationError) as error:
        sign_up(shift, "A@example.org")
    assert "shifts" in error.value.message_dict


def test_past_shifts_and_closed_needs_take_no_sign_ups(world):
    need = VolunteerNeedFactory(initiative=world.initiative)
    past = ShiftFactory(need=need, starts_at=timezone.now() - dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        sign_up(past, "a@example.org")
    with pytest.raises(ValidationError):
        volunteering.sign_up_volunteer(
            need_id=need.pk, shift_ids=[], name="X", email="x@example.org", consent_text="Ja"
        )
    future = ShiftFactory(need=need)
    need.is_open = False
    need.save()
    with pytest.raises(ValidationError):
        sign_up(future, "a@example.org")
    assert not VolunteerSignup.objects.exists()


def test_deleting_a_sign_up_at_once_gives_its_places_away(shift):
    first = sign_up(shift, "a@example.org")
    sign_up(shift, "b@example.org")
    waiting = sign_up(shift, "c@example.org").waiting[0]
    volunteering.delete_signup(signup_id=first.signup.pk)
    assert not VolunteerSignup.objects.filter(pk=first.signup.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == VolunteerBooking.Status.CONFIRMED


def test_retention_deletes_sign_ups_a_year_after_their_last_shift(world):
    need = VolunteerNeedFactory(initiative=world.initiative)
    now = timezone.now()
    old = VolunteerSignupFactory(need=need, last_shift_ends_at=now - dt.timedelta(days=370))
    recent = VolunteerSignupFactory(need=need, last_shift_ends_at=now - dt.timedelta(days=300))
    upcoming = VolunteerSignupFactory(need=need, last_shift_ends_at=now + dt.timedelta(days=3))
    assert volunteering.delete_expired_signups(now=now) == 1
    assert set(VolunteerSignup.objects.all()) == {recent, upcoming}
    assert not VolunteerSignup.objects.filter(pk=old.pk).exists()


def test_retention_follows_the_municipalitys_setting(world):
    CommunitySettings.objects.create(municipality=world.holstebro, volunteer_retention_months=3)
    need = VolunteerNeedFactory(initiative=world.initiative)
    other = VolunteerNeedFactory(initiative__municipality=world.halmstad)
    now = timezone.now()
    short = VolunteerSignupFactory(need=need, last_shift_ends_at=now - dt.timedelta(days=100))
    default = VolunteerSignupFactory(need=other, last_shift_ends_at=now - dt.timedelta(days=100))
    assert volunteering.delete_expired_signups(now=now) == 1
    assert not VolunteerSignup.objects.filter(pk=short.pk).exists()
    assert VolunteerSignup.objects.filter(pk=default.pk).exists()


def test_retention_keeps_the_confirmed_count_of_past_shifts_true(world):
    need = VolunteerNeedFactory(initiative=world.initiative)
    shift = ShiftFactory(need=need, capacity=3)
    result = sign_up(shift, "a@example.org")
    Shift.objects.filter(pk=shift.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=400), ends_at=timezone.now() - dt.timedelta(days=399)
    )
    VolunteerSignup.objects.filter(pk=result.signup.pk).update(
        last_shift_ends_at=timezone.now() - dt.timedelta(days=399)
    )
    volunteering.delete_expired_signups()
    shift.refresh_from_db()
    assert shift.booked == 0


def test_weekly_shifts_keep_their_local_time_across_daylight_saving(world):
    need = VolunteerNeedFactory(initiative=world.initiative)
    zone = ZoneInfo("Europe/Copenhagen")
    year = timezone.now().year + 1
    start = dt.datetime(year, 3, 17, 17, 0, tzinfo=zone)  # summer time starts at the end of March
    shifts = volunteering.add_shifts(
        need_id=need.pk,
        user=world.owner,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        capacity=3,
        repeat_weeks=3,
    )
    assert [s.starts_at.astimezone(zone).hour for s in shifts] == [17, 17, 17, 17]
    assert len({s.series for s in shifts}) == 1


def test_only_organisers_and_editors_manage_shifts(world, shift):
    start = timezone.now() + dt.timedelta(days=10)
    for user in (world.practitioner, world.other_owner, world.other_editor):
        with pytest.raises(PermissionError):
            volunteering.add_shifts(
                need_id=shift.need_id,
                user=user,
                starts_at=start,
                ends_at=start + dt.timedelta(hours=1),
                capacity=1,
            )
    for user in (world.owner, world.editor):
        volunteering.add_shifts(
            need_id=shift.need_id,
            user=user,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            capacity=1,
        )


def test_capacity_cannot_drop_below_the_confirmed_and_a_raise_promotes(world, shift):
    sign_up(shift, "a@example.org")
    sign_up(shift, "b@example.org")
    waiting = sign_up(shift, "c@example.org").waiting[0]
    with pytest.raises(ValidationError):
        volunteering.update_shift(shift_id=shift.pk, user=world.owner, capacity=1)
    volunteering.update_shift(shift_id=shift.pk, user=world.owner, capacity=3)
    waiting.refresh_from_db()
    assert waiting.status == VolunteerBooking.Status.CONFIRMED


def test_a_shift_with_volunteers_cannot_be_removed(world, shift):
    sign_up(shift, "a@example.org")
    with pytest.raises(ValidationError):
        volunteering.delete_shift(shift_id=shift.pk, user=world.owner)


# The worker closes "old" connections between tasks, which would end a test's transaction on PostgreSQL.
@pytest.mark.django_db(transaction=True)
def test_messages_go_to_the_chosen_audience(
    world, shift, mailoutbox, django_capture_on_commit_callbacks, run_tasks
):
    sign_up(shift, "a@example.org")
    sign_up(shift, "b@example.org")
    sign_up(shift, "c@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        message = volunteering.send_message(
            need_id=shift.need_id,
            user=world.owner,
            subject="Husk kaffen",
            body="Tag kage med",
            audience="confirmed",
        )
    assert message.recipient_count == 2
    run_tasks()
    sent = [m for m in mailoutbox if m.subject == "Husk kaffen"]
    assert sorted(m.to[0] for m in sent) == ["a@example.org", "b@example.org"]
    assert all(len(m.to) == 1 for m in sent)  # nobody sees the others' addresses
