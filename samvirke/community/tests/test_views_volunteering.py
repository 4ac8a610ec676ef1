import time

import pytest
from django.core.cache import cache
from django.urls import reverse
from icalendar import Calendar

from samvirke.community.forms import HardenedForm
from samvirke.community.models import VolunteerBooking, VolunteerSignup
from samvirke.community.tests.factories import ShiftFactory, VolunteerNeedFactory
from samvirke.community.tokens import signup_path


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def need(world):
    need = VolunteerNeedFactory(initiative=world.initiative, role="Samtalevært")
    need.shift = ShiftFactory(need=need, capacity=1)
    return need


def form_data(need, **changes):
    data = {
        "shifts": [need.shift.pk],
        "name": "Aisha Frivillig",
        "email": "aisha@example.org",
        "phone": "",
        "languages": ["da", "ar"],
        "message": "",
        "consent": "on",
        "website": "",
        "started": HardenedForm.start_token(time.time() - 30),
    }
    data.update(changes)
    return data


def url(need):
    return reverse("community:volunteer_need", args=["holstebro", need.pk])


def test_the_initiative_page_and_the_municipality_page_show_the_need(client, need):
    assert (
        "Samtalevært"
        in client.get(reverse("initiatives:detail", args=["holstebro", "sprogcafeen"])).content.decode()
    )
    page = client.get(reverse("community:volunteer", args=["holstebro"])).content.decode()
    assert "Samtalevært" in page
    assert "1 of 1 places left" in page or "1 af 1 pladser tilbage" in page


def test_anyone_signs_up_without_an_account_and_gets_the_confirmation(
    client, need, mailoutbox, django_capture_on_commit_callbacks, run_tasks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(need), form_data(need))
    assert response.status_code == 200
    signup = VolunteerSignup.objects.get()
    assert signup.languages == ["da", "ar"] and signup.consent_text.startswith(("I agree", "Jeg"))
    assert signup.bookings.get().status == VolunteerBooking.Status.CONFIRMED


def test_a_full_shift_gives_a_clear_message_and_a_waiting_list_place(client, need):
    client.post(url(need), form_data(need))
    response = client.post(url(need), form_data(need, email="ny@example.org", name="Ny"))
    page = response.content.decode()
    assert "waiting list" in page or "venteliste" in page
    assert VolunteerBooking.objects.filter(status=VolunteerBooking.Status.WAITING).count() == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"website": "http://spam.example"},  # the honeypot
        {"started": "just now"},  # filled in no time
        {"started": "forged"},
        {"consent": ""},
        {"shifts": []},
        {"email": "not-an-address"},
    ],
)
def test_hostile_or_incomplete_submissions_are_refused_and_keep_what_was_typed(client, need, changes):
    if changes.get("started") == "just now":
        changes = {"started": HardenedForm.start_token(time.time())}
    response = client.post(url(need), form_data(need, **changes))
    assert response.status_code == 200
    assert not VolunteerSignup.objects.exists()
    assert "Aisha Frivillig" in response.content.decode() or changes.get("website")


def test_oversized_submissions_are_refused(client, need):
    response = client.post(url(need), form_data(need, message="x" * 30_000))
    assert response.status_code == 413


def test_sign_ups_are_rate_limited_per_ip_address(client, need, steady_rate_limits):
    for number in range(10):
        client.post(url(need), form_data(need, email=f"v{number}@example.org", website="bot"))
    assert client.post(url(need), form_data(need, email="last@example.org")).status_code == 429


def test_the_form_page_sets_a_csrf_cookie_and_is_not_cached(client, need):
    response = client.get(url(need))
    assert "csrftoken" in response.cookies
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.fixture
def signed_up(client, need):
    client.post(url(need), form_data(need))
    signup = VolunteerSignup.objects.get()
    return signup, signup_path(signup)


def test_the_signed_link_shows_and_cancels_the_sign_up(client, need, signed_up):
    signup, path = signed_up
    client.post(url(need), form_data(need, email="venter@example.org", name="Venter"))
    page = client.get(path).content.decode()
    assert "Aisha Frivillig" in page
    booking = signup.bookings.get()
    assert client.post(path, {"cancel": booking.pk}).status_code == 302
    booking.refresh_from_db()
    assert booking.status == VolunteerBooking.Status.CANCELLED
    assert (
        VolunteerBooking.objects.get(signup__email="venter@example.org").status
        == VolunteerBooking.Status.CONFIRMED
    )


def test_the_signed_link_deletes_the_data_at_once(client, signed_up):
    _signup, path = signed_up
    client.post(path, {"delete": "1"})
    assert not VolunteerSignup.objects.exists()
    assert client.get(path).status_code == 404


def test_a_tampered_link_is_refused(client, signed_up):
    _signup, path = signed_up
    assert client.get(path[:-3] + "xx/").status_code == 400


def test_each_shift_has_an_ics_file(client, signed_up):
    signup, path = signed_up
    booking = signup.bookings.get()
    response = client.get(
        reverse("community:volunteer_shift_ics", args=[path.rstrip("/").rsplit("/", 1)[1], booking.uuid])
    )
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["UID"]) == f"{booking.uuid}@samvirke"
    assert event.decoded("DTSTART") == booking.shift.starts_at.replace(microsecond=0)


ORGANISER_PAGES = [
    "volunteer_manage",
    "volunteer_need_new",
    "volunteer_need_edit",
    "volunteer_shifts",
    "volunteer_signups",
    "volunteer_signups_csv",
    "volunteer_message",
]


@pytest.mark.parametrize("name", ORGANISER_PAGES)
def test_organiser_pages_are_for_the_initiatives_owners_and_editors(client, need, world, name):
    args = ["holstebro"] if name in ("volunteer_manage", "volunteer_need_new") else ["holstebro", need.pk]
    target = reverse(f"community:{name}", args=args)
    assert client.get(target).status_code == 302
    expected = {"practitioner": 404, "other_editor": 404, "owner": 200, "editor": 200, "admin": 200}
    if name not in ("volunteer_manage", "volunteer_need_new"):
        expected["other_owner"] = 404  # owns an organisation, but not one that runs this initiative
    for role, status in expected.items():
        client.force_login(getattr(world, role))
        assert client.get(target).status_code == status, (name, role)


def test_the_csv_export_lists_every_booking(client, need, world, signed_up):
    client.force_login(world.owner)
    response = client.get(reverse("community:volunteer_signups_csv", args=["holstebro", need.pk]))
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("shift_start,shift_end,status,name,email")
    assert "Aisha Frivillig,aisha@example.org" in lines[1]
    assert response["Cache-Control"] == "private, no-store"


def test_csv_cells_cannot_start_a_formula(client, need, world):
    client.post(url(need), form_data(need, name="=HYPERLINK(1)"))
    client.force_login(world.owner)
    body = client.get(
        reverse("community:volunteer_signups_csv", args=["holstebro", need.pk])
    ).content.decode()
    assert "'=HYPERLINK(1)" in body


def test_organisers_add_a_recurring_series_of_shifts(client, need, world):
    client.force_login(world.owner)
    response = client.post(
        reverse("community:volunteer_shifts", args=["holstebro", need.pk]),
        {
            "date": "2031-05-06",
            "starts": "17:00",
            "ends": "19:00",
            "capacity": 4,
            "location": "",
            "note": "",
            "repeat_weeks": 3,
        },
    )
    assert response.status_code == 302
    assert need.shifts.filter(capacity=4).count() == 4


def test_editors_set_the_retention_period(client, world):
    client.force_login(world.owner)
    assert client.get(reverse("community:volunteer_settings", args=["holstebro"])).status_code == 404
    client.force_login(world.editor)
    client.post(
        reverse("community:volunteer_settings", args=["holstebro"]), {"volunteer_retention_months": 6}
    )
    assert world.holstebro.community_settings.volunteer_retention_months == 6


@pytest.mark.parametrize("needs", [1, 6])
def test_the_become_a_volunteer_page_query_count_does_not_grow(
    client, world, django_assert_max_num_queries, needs
):
    for _ in range(needs):
        ShiftFactory(need=VolunteerNeedFactory(initiative=world.initiative))
    with django_assert_max_num_queries(6):
        assert client.get(reverse("community:volunteer", args=["holstebro"])).status_code == 200
