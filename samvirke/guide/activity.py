"""An activity as the guide shows it: text in the reader's language, when, where, cost, languages, how to join.

Called inside `translation.override(reader's language)`, so the words come from the guide's catalogues.
"""

from dataclasses import dataclass, field

from samvirke.core.languages import language_name
from samvirke.guide.selectors import INITIATIVE_FIELDS, LIST_FIELDS, Localised, get_localised_many
from samvirke.initiatives.schedules import describe_days


@dataclass
class When:
    days: str
    times: str  # "17:00–19:00", shown left-to-right in an isolated span
    place: str


@dataclass
class Activity:
    slug: str
    text: dict[str, Localised]
    when: list[When]
    places: list[dict]
    is_free: bool
    languages: list[dict]
    registration_required: bool
    link: str
    has_calendar: bool
    organisers: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)


def _times(schedule) -> str:
    if schedule.opens_at and schedule.closes_at:
        return f"{schedule.opens_at:%H:%M}–{schedule.closes_at:%H:%M}"
    if schedule.opens_at:
        return f"{schedule.opens_at:%H:%M}"
    return ""


def _when(initiative) -> list[When]:
    rows = []
    for schedule in initiative.schedules.all():
        days = describe_days(schedule)
        rows.append(
            When(
                days=days[:1].upper() + days[1:],
                times=_times(schedule),
                place=schedule.location.name if schedule.location else "",
            )
        )
    return rows


def _places(initiative) -> list[dict]:
    seen, places = set(), []
    candidates = list(initiative.locations.all()) + [
        s.location for s in initiative.schedules.all() if s.location
    ]
    for place in candidates:
        if place.pk in seen:
            continue
        seen.add(place.pk)
        places.append(
            {
                "name": place.name,
                "address": ", ".join(filter(None, [place.address, f"{place.postcode} {place.city}".strip()])),
            }
        )
    return places


def _activity(initiative, text: dict[str, Localised]) -> Activity:
    return Activity(
        slug=initiative.slug,
        text=text,
        when=_when(initiative),
        places=_places(initiative),
        is_free=initiative.is_free,
        languages=[{"code": code, "name": language_name(code)} for code in initiative.language_codes],
        registration_required=initiative.registration_required,
        link=initiative.link,
        has_calendar=bool(initiative.schedules.all()),
        needs=getattr(initiative, "guide_needs", []),
    )


def activity_cards(initiatives, *, lang: str, municipality) -> list[Activity]:
    texts = get_localised_many(initiatives, LIST_FIELDS, lang)
    return [_activity(initiative, texts[initiative.pk]) for initiative in initiatives]


def activity_details(initiative, *, lang: str, municipality) -> Activity:
    text = get_localised_many([initiative], INITIATIVE_FIELDS, lang)[initiative.pk]
    details = _activity(initiative, text)
    details.organisers = [organisation.name for organisation in initiative.organisers.all()]
    return details


class LocalisedInitiative:
    """An initiative whose title and texts are the reader's, for the iCalendar builder."""

    def __init__(self, initiative, localised: dict[str, Localised], *, url: str):
        self._initiative = initiative
        self._url = url
        for name, value in localised.items():
            setattr(self, name, value.text)

    def __getattr__(self, name):
        return getattr(self._initiative, name)

    def get_absolute_url(self) -> str:
        return self._url
