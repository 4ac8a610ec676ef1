"""The calendar feeds, parsed back by two independent parsers (icalendar and vobject)."""

import datetime as dt

import icalendar
import pytest
import vobject

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.calendar import first_occurrence
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory, TargetGroupFactory


@pytest.fixture
def holstebro(db):
    municipality = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    cafe = InitiativeFactory(municipality=municipality, title="Sprogcaféen", slug="sprogcafeen")
    cafe.target_groups.add(TargetGroupFactory(slug="newcomers"))
    ScheduleFactory(
        initiative=cafe,
        byday="TU",
        opens_at=dt.time(17),
        closes_at=dt.time(19),
        valid_to=dt.date(2030, 6, 30),
    )
    ScheduleFactory(
        initiative=InitiativeFactory(municipality=municipality, title="Fællesspisning"),
        freq="MONTHLY",
        byday="-1FR",
        opens_at=dt.time(17, 30),
        closes_at=dt.time(20),
    )
    return municipality


def test_municipality_calendar_parses_with_rrules_and_local_time(client, holstebro):
    response = client.get("/holstebro/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {"Sprogcaféen", "Fællesspisning"}
    cafe = events["Sprogcaféen"]
    assert cafe.decoded("DTSTART").tzinfo.key == "Europe/Copenhagen"
    assert cafe.decoded("DTSTART").weekday() == 1 and cafe.decoded("DTSTART").hour == 17
    assert cafe["RRULE"]["FREQ"] == ["WEEKLY"] and cafe["RRULE"]["BYDAY"] == ["TU"]
    assert cafe["RRULE"]["UNTIL"][0].tzinfo is not None
    assert events["Fællesspisning"]["RRULE"]["BYDAY"] == ["-1FR"]
    assert calendar.walk("VTIMEZONE")

    parsed = vobject.readOne(response.content.decode())
    starts = sorted(event.dtstart.value.weekday() for event in parsed.vevent_list)
    assert len(parsed.vevent_list) == 2 and 1 in starts


def test_calendar_filters_like_the_list(client, holstebro):
    calendar = icalendar.Calendar.from_ical(
        client.get("/holstebro/calendar.ics", {"group": "newcomers"}).content
    )
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Sprogcaféen"]


def test_one_initiatives_calendar(client, holstebro):
    calendar = icalendar.Calendar.from_ical(client.get("/holstebro/calendar/sprogcafeen.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Sprogcaféen"]
    assert client.get("/holstebro/calendar/nothing.ics").status_code == 404


@pytest.mark.parametrize(
    ("fields", "start", "expected"),
    [
        ({"freq": "WEEKLY", "byday": "TU"}, dt.date(2026, 11, 24), dt.date(2026, 11, 24)),
        ({"freq": "WEEKLY", "byday": "TH"}, dt.date(2026, 11, 24), dt.date(2026, 11, 26)),
        ({"freq": "MONTHLY", "byday": "1SA"}, dt.date(2026, 11, 24), dt.date(2026, 12, 5)),
        ({"freq": "MONTHLY", "bymonthday": "15"}, dt.date(2026, 11, 24), dt.date(2026, 12, 15)),
        ({"freq": "WEEKLY", "byday": "MO", "valid_to": dt.date(2026, 1, 1)}, dt.date(2026, 11, 24), None),
    ],
)
def test_first_occurrence(fields, start, expected):
    from samvirke.initiatives.models import Schedule

    schedule = Schedule(**{"interval": 1, "byday": "", "bymonthday": "", **fields})
    assert first_occurrence(schedule, start=start) == expected
