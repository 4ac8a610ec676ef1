"""Schedules in words ("Tuesdays 17:00–19:00") and as iCalendar recurrence rules."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# The fields of a Schedule that people edit (forms, proposals, history), in the order shown.
SCHEDULE_FIELDS = [
    "freq",
    "interval",
    "byday",
    "bymonthday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "location",
    "description",
]
DAY_NAMES_PLURAL = {
    "MO": lambda: _("Mondays"),
    "TU": lambda: _("Tuesdays"),
    "WE": lambda: _("Wednesdays"),
    "TH": lambda: _("Thursdays"),
    "FR": lambda: _("Fridays"),
    "SA": lambda: _("Saturdays"),
    "SU": lambda: _("Sundays"),
}
DAY_NAMES = {
    "MO": lambda: _("Monday"),
    "TU": lambda: _("Tuesday"),
    "WE": lambda: _("Wednesday"),
    "TH": lambda: _("Thursday"),
    "FR": lambda: _("Friday"),
    "SA": lambda: _("Saturday"),
    "SU": lambda: _("Sunday"),
}
ORDINALS = {
    "1": lambda: _("first"),
    "2": lambda: _("second"),
    "3": lambda: _("third"),
    "4": lambda: _("fourth"),
    "-1": lambda: _("last"),
}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("%(first)s and %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}


def split_byday(byday: str) -> list[tuple[str, str]]:
    """'1SA,-1SU' -> [('1', 'SA'), ('-1', 'SU')]; 'TU' -> [('', 'TU')]."""
    return [(code[:-2], code[-2:]) for code in byday.split(",") if code]


def describe_days(schedule) -> str:
    if schedule.byday:
        days = split_byday(schedule.byday)
        if all(not ordinal for ordinal, _day in days):
            words = [DAY_NAMES_PLURAL[day]() for _o, day in days]
            if schedule.interval == 1:
                return _join(words)
            return _("%(days)s, every %(n)s weeks") % {"days": _join(words), "n": schedule.interval}
        words = [
            _("the %(ordinal)s %(day)s")
            % {"ordinal": ORDINALS.get(o, lambda o=o: o)(), "day": DAY_NAMES[d]()}
            for o, d in days
        ]
        return _("%(days)s of the month") % {"days": _join(words)}
    if schedule.bymonthday:
        numbers = [f"{n}." for n in schedule.bymonthday.split(",")]
        return ngettext("day %(days)s of the month", "days %(days)s of the month", len(numbers)) % {
            "days": _join(numbers)
        }
    if schedule.freq == "MONTHLY":
        return _("monthly")
    return _("weekly")


def describe_schedule(schedule) -> str:
    """The schedule in words, e.g. "Tuesdays 17:00–19:00" (in the active language)."""
    text = describe_days(schedule)
    text = text[:1].upper() + text[1:]
    if schedule.opens_at and schedule.closes_at:
        text += f" {schedule.opens_at:%H:%M}–{schedule.closes_at:%H:%M}"
    elif schedule.opens_at:
        text += " " + _("from %(time)s") % {"time": f"{schedule.opens_at:%H:%M}"}
    if schedule.valid_from and schedule.valid_to:
        text += (
            " ("
            + _("%(start)s to %(end)s")
            % {
                "start": date_format(schedule.valid_from, "SHORT_DATE_FORMAT"),
                "end": date_format(schedule.valid_to, "SHORT_DATE_FORMAT"),
            }
            + ")"
        )
    return text


def to_rrule(schedule) -> dict:
    """The schedule as an iCalendar RRULE mapping ({"FREQ": "WEEKLY", "BYDAY": ["TU"], ...})."""
    rule: dict = {"FREQ": schedule.freq}
    if schedule.interval and schedule.interval != 1:
        rule["INTERVAL"] = schedule.interval
    if schedule.byday:
        rule["BYDAY"] = schedule.byday.split(",")
    if schedule.bymonthday:
        rule["BYMONTHDAY"] = [int(n) for n in schedule.bymonthday.split(",")]
    if schedule.valid_to:
        rule["UNTIL"] = schedule.valid_to
    return rule
