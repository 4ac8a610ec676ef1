"""Concurrent sign-ups at capacity never overbook (decision 0042).

PostgreSQL: real threads, each with its own connection, race for the same shift rows (row locks).
SQLite: writers are serialised by the database lock that `BEGIN IMMEDIATE` takes (settings), which the
in-memory test database cannot show with threads; the SQLite tests prove that lock and the settings.
"""

import sqlite3
import threading

import pytest
from django.conf import settings
from django.db import connection

from samvirke.community.models import Shift, VolunteerBooking
from samvirke.community.services import volunteering
from samvirke.community.tests.factories import ShiftFactory, VolunteerNeedFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent connections (PostgreSQL)"
)


def race(targets: list) -> list:
    """Run every target at the same moment in its own thread (and connection); return their errors."""
    barrier = threading.Barrier(len(targets))
    errors = []

    def run(target):
        try:
            barrier.wait(timeout=30)
            target()
        except Exception as error:  # collected and asserted on
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_twelve_simultaneous_sign_ups_for_three_places_confirm_exactly_three():
    need = VolunteerNeedFactory(initiative=InitiativeFactory(municipality=MunicipalityFactory()))
    shift = ShiftFactory(need=need, capacity=3)

    def signer(number):
        return lambda: volunteering.sign_up_volunteer(
            need_id=need.pk,
            shift_ids=[shift.pk],
            name=f"V{number}",
            email=f"v{number}@example.org",
            consent_text="Ja",
        )

    errors = race([signer(n) for n in range(12)])
    assert errors == []
    shift.refresh_from_db()
    statuses = list(VolunteerBooking.objects.filter(shift=shift).values_list("status", flat=True))
    assert statuses.count(VolunteerBooking.Status.CONFIRMED) == 3
    assert statuses.count(VolunteerBooking.Status.WAITING) == 9
    assert shift.booked == 3


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_sign_ups_for_overlapping_shifts_in_any_order_do_not_deadlock():
    need = VolunteerNeedFactory(initiative=InitiativeFactory(municipality=MunicipalityFactory()))
    first, second = ShiftFactory(need=need, capacity=2), ShiftFactory(need=need, capacity=2)

    def signer(number, order):
        return lambda: volunteering.sign_up_volunteer(
            need_id=need.pk,
            shift_ids=order,
            name=f"V{number}",
            email=f"v{number}@example.org",
            consent_text="Ja",
        )

    targets = [signer(n, [first.pk, second.pk] if n % 2 else [second.pk, first.pk]) for n in range(8)]
    assert race(targets) == []
    for shift in (first, second):
        shift.refresh_from_db()
        assert shift.booked == 2
        assert shift.bookings.filter(status=VolunteerBooking.Status.WAITING).count() == 6


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_simultaneous_cancellations_promote_each_waiting_volunteer_once():
    need = VolunteerNeedFactory(initiative=InitiativeFactory(municipality=MunicipalityFactory()))
    shift = ShiftFactory(need=need, capacity=2)
    results = [
        volunteering.sign_up_volunteer(
            need_id=need.pk, shift_ids=[shift.pk], name=f"V{n}", email=f"v{n}@example.org", consent_text="Ja"
        )
        for n in range(5)
    ]
    confirmed = [r for r in results if r.confirmed]
    errors = race(
        [
            lambda r=r: volunteering.cancel_booking(signup=r.signup, booking_id=r.confirmed[0].pk)
            for r in confirmed
        ]
    )
    assert errors == []
    shift.refresh_from_db()
    assert shift.booked == 2
    assert shift.bookings.filter(status=VolunteerBooking.Status.CONFIRMED).count() == 2
    assert shift.bookings.filter(status=VolunteerBooking.Status.WAITING).count() == 1


def test_sqlite_starts_every_transaction_immediate_so_writers_queue():
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_an_immediate_transaction_holds_the_write_lock_from_its_first_statement(tmp_path):
    # What IMMEDIATE buys on SQLite: a second writer waits (here: fails fast) before it can even read
    # the shift's count, so two sign-ups can never both see a free place.
    path = tmp_path / "lock.sqlite3"
    first = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    first.execute("CREATE TABLE shift (booked INTEGER)")
    first.execute("INSERT INTO shift VALUES (0)")
    second = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    first.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        second.execute("BEGIN IMMEDIATE")
    first.execute("UPDATE shift SET booked = booked + 1")
    first.execute("COMMIT")
    second.execute("BEGIN IMMEDIATE")
    assert second.execute("SELECT booked FROM shift").fetchone() == (1,)
    second.execute("COMMIT")


@pytest.mark.django_db
def test_sequential_sign_ups_at_capacity_on_any_database():
    need = VolunteerNeedFactory(initiative=InitiativeFactory(municipality=MunicipalityFactory()))
    shift = ShiftFactory(need=need, capacity=3)
    for n in range(5):
        volunteering.sign_up_volunteer(
            need_id=need.pk, shift_ids=[shift.pk], name=f"V{n}", email=f"v{n}@example.org", consent_text="Ja"
        )
    assert Shift.objects.get(pk=shift.pk).booked == 3
    assert shift.bookings.filter(status=VolunteerBooking.Status.WAITING).count() == 2
