import datetime as dt

import pytest
from django.utils import translation

from samvirke.initiatives.models import Schedule
from samvirke.initiatives.schedules import describe_schedule, to_rrule


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in the English source text.
    with translation.override("en"):
        yield


def schedule(**fields) -> Schedule:
    return Schedule(**{"freq": "WEEKLY", "interval": 1, **fields})


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"byday": "TU", "opens_at": dt.time(17), "closes_at": dt.time(19)}, "Tuesdays 17:00–19:00"),
        ({"byday": "MO,WE"}, "Mondays and Wednesdays"),
        ({"byday": "TH", "interval": 2}, "Thursdays, every 2 weeks"),
        (
            {"freq": "MONTHLY", "byday": "1SA", "opens_at": dt.time(10)},
            "The first Saturday of the month from 10:00",
        ),
        ({"freq": "MONTHLY", "bymonthday": "15"}, "Day 15. of the month"),
    ],
)
def test_schedule_in_words(fields, words):
    with translation.override("en"):
        assert describe_schedule(schedule(**fields)) == words


def test_rrule_carries_the_hsds_fields():
    rule = to_rrule(schedule(byday="TU,TH", interval=2, valid_to=dt.date(2026, 12, 31)))
    assert rule == {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": ["TU", "TH"], "UNTIL": dt.date(2026, 12, 31)}
    assert to_rrule(schedule(freq="MONTHLY", bymonthday="1,15")) == {"FREQ": "MONTHLY", "BYMONTHDAY": [1, 15]}
