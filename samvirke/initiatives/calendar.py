"""iCalendar feeds: one VEVENT per schedule, recurring by its RRULE, in the municipality's time zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from dateutil import rrule as du
from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from samvirke.initiatives.schedules import to_rrule

WEEKDAYS = {"MO": du.MO, "TU": du.TU, "WE": du.WE, "TH": du.TH, "FR": du.FR, "SA": du.SA, "SU": du.SU}


def _weekdays(byday: str):
    days = []
    for code in filter(None, byday.split(",")):
        ordinal, day = code[:-2], WEEKDAYS[code[-2:]]
        days.append(day(int(ordinal)) if ordinal else day)
    return days


def first_occurrence(schedule, *, start: dt.date) -> dt.date | None:
    """The first date on or after `start` (and `valid_from`) when the schedule takes place."""
    begin = max(start, schedule.valid_from) if schedule.valid_from else start
    rule = du.rrule(
        du.WEEKLY if schedule.freq == "WEEKLY" else du.MONTHLY,
        interval=schedule.interval or 1,
        byweekday=_weekdays(schedule.byday) or None,
        bymonthday=[int(n) for n in schedule.bymonthday.split(",")] if schedule.bymonthday else None,
        dtstart=dt.datetime.combine(begin, dt.time()),
        count=1,
    )
    found = next(iter(rule), None)
    if found is None or (schedule.valid_to and found.date() > schedule.valid_to):
        return None
    return found.date()


def schedule_event(schedule, initiative, *, zone: ZoneInfo, url: str, start: dt.date) -> Event | None:
    day = first_occurrence(schedule, start=start)
    if day is None:
        return None
    event = Event()
    event.add("uid", f"{schedule.uuid}@samvirke")
    event.add("summary", initiative.title)
    event.add("dtstamp", timezone.now())
    if schedule.opens_at:
        begin = dt.datetime.combine(day, schedule.opens_at, tzinfo=zone)
        event.add("dtstart", begin)
        end_time = schedule.closes_at or (begin + dt.timedelta(hours=1)).time()
        event.add("dtend", dt.datetime.combine(day, end_time, tzinfo=zone))
    else:
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
    rule = to_rrule(schedule)
    if "UNTIL" in rule:
        # RFC 5545: with a zoned DTSTART, UNTIL is given in UTC.
        rule["UNTIL"] = dt.datetime.combine(rule["UNTIL"], dt.time(23, 59, 59), tzinfo=zone).astimezone(
            dt.UTC
        )
    event.add("rrule", vRecur(rule))
    place = schedule.location or next(iter(initiative.locations.all()), None)
    if place:
        event.add(
            "location", ", ".join(filter(None, [place.name, place.address, f"{place.postcode} {place.city}"]))
        )
    description = initiative.summary or initiative.description
    if schedule.description:
        description = f"{schedule.description}\n{description}"
    event.add("description", description)
    event.add("url", url)
    return event


def build_calendar(*, initiatives, municipality, base_url: str, name: str) -> bytes:
    """A calendar with every schedule of the given initiatives, with VTIMEZONE definitions."""
    zone = ZoneInfo(municipality.time_zone)
    calendar = Calendar()
    calendar.add("prodid", "-//Samvirke//Integration handbook//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", municipality.time_zone)
    today = timezone.localdate()
    for initiative in initiatives:
        url = base_url + initiative.get_absolute_url()
        for schedule in initiative.schedules.all():
            event = schedule_event(schedule, initiative, zone=zone, url=url, start=today)
            if event is not None:
                calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
