"""An iCalendar file per booked shift, built with icalendar (as the volunteer's e-mail attaches it)."""

import datetime as dt

from icalendar import Calendar, Event

from samvirke.accounts.mail import absolute_url


def build_shift_ics(*, booking, manage_path: str) -> bytes:
    shift = booking.shift
    need = shift.need
    calendar = Calendar()
    calendar.add("prodid", "-//Samvirke//Volunteer shift//DA")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{booking.uuid}@samvirke")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", shift.starts_at.astimezone(dt.UTC))
    event.add("dtend", shift.ends_at.astimezone(dt.UTC))
    event.add("summary", f"{need.role} – {need.initiative.title}")
    if shift.location:
        event.add("location", shift.location)
    description = [need.description]
    if shift.note:
        description.append(shift.note)
    description.append(absolute_url(manage_path))
    event.add("description", "\n\n".join(description))
    event.add("url", absolute_url(manage_path))
    calendar.add_component(event)
    return calendar.to_ical()
