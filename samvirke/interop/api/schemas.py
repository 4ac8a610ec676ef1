"""Response shapes of the read API. Ids are the entries' stable UUIDs (the same as in HSDS)."""

import datetime as dt
from decimal import Decimal
from uuid import UUID

from ninja import Field, Schema

from samvirke.core.api import EntryOut


class RegionOut(Schema):
    slug: str
    name: str
    country: str
    municipalities: list[str]

    @staticmethod
    def resolve_municipalities(obj) -> list[str]:
        return [m.slug for m in obj.municipalities.all()]


class MunicipalityOut(Schema):
    slug: str
    name: str
    country: str
    region: str | None
    language: str

    @staticmethod
    def resolve_region(obj) -> str | None:
        return obj.region.slug if obj.region_id else None


class OrganisationOut(EntryOut):
    id: UUID
    municipality: str
    name: str
    slug: str
    kind: str
    description: str
    website: str
    email: str
    phone: str
    address: str
    parent: UUID | None
    last_verified_at: dt.datetime | None
    updated_at: dt.datetime

    @staticmethod
    def resolve_parent(obj) -> UUID | None:
        return obj.parent.uuid if obj.parent_id else None


class ContactOut(EntryOut):
    id: UUID
    name: str
    role: str
    organisation: UUID
    email: str
    phone: str

    @staticmethod
    def resolve_organisation(obj) -> UUID:
        return obj.organisation.uuid


class LocationOut(EntryOut):
    id: UUID
    name: str
    address: str
    postcode: str
    city: str
    latitude: Decimal | None
    longitude: Decimal | None
    accessibility: str


class ScheduleOut(EntryOut):
    id: UUID
    location: UUID | None
    freq: str
    interval: int
    byday: str
    bymonthday: str
    opens_at: str | None = Field(None, pattern=r"^\d{2}:\d{2}$", description="Local wall-clock time, HH:MM.")
    closes_at: str | None = Field(None, pattern=r"^\d{2}:\d{2}$", description="Local wall-clock time, HH:MM.")
    valid_from: dt.date | None
    valid_to: dt.date | None
    description: str
    in_words: str

    @staticmethod
    def resolve_location(obj) -> UUID | None:
        return obj.location.uuid if obj.location_id else None

    @staticmethod
    def resolve_opens_at(obj) -> str | None:
        return f"{obj.opens_at:%H:%M}" if obj.opens_at else None

    @staticmethod
    def resolve_closes_at(obj) -> str | None:
        return f"{obj.closes_at:%H:%M}" if obj.closes_at else None

    @staticmethod
    def resolve_in_words(obj) -> str:
        return str(obj)


class OrganiserOut(Schema):
    organisation: UUID
    name: str
    role: str


class InitiativeOut(EntryOut):
    id: UUID
    municipality: str
    title: str
    slug: str
    summary: str
    description: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    target_groups: list[str]
    languages: list[str]
    organisers: list[OrganiserOut]
    locations: list[LocationOut]
    schedules: list[ScheduleOut]
    is_free: bool
    price: str
    registration_required: bool
    registration_info: str
    link: str
    url: str
    last_verified_at: dt.datetime | None
    updated_at: dt.datetime

    @staticmethod
    def resolve_target_groups(obj) -> list[str]:
        return [group.slug for group in obj.target_groups.all()]

    @staticmethod
    def resolve_languages(obj) -> list[str]:
        return [language.code for language in obj.languages.all()]

    @staticmethod
    def resolve_organisers(obj) -> list[dict]:
        return [
            {"organisation": link.organisation.uuid, "name": link.organisation.name, "role": link.role}
            for link in obj.organiser_links
        ]

    @staticmethod
    def resolve_locations(obj) -> list:
        return list(obj.locations.all())

    @staticmethod
    def resolve_schedules(obj) -> list:
        return list(obj.schedules.all())

    @staticmethod
    def resolve_url(obj, context) -> str:
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class FocusPointOut(Schema):
    number: str
    title: str
    text: str
    initiatives: list[UUID]

    @staticmethod
    def resolve_initiatives(obj) -> list[UUID]:
        return [initiative.uuid for initiative in obj.initiatives.all()]


class ThemeOut(Schema):
    title: str
    description: str
    focus_points: list[FocusPointOut]

    @staticmethod
    def resolve_focus_points(obj) -> list:
        return list(obj.focus_points.all())


class FocusAreaOut(Schema):
    number: str
    title: str
    subtitle: str
    description: str
    themes: list[ThemeOut]
    focus_points: list[FocusPointOut]

    @staticmethod
    def resolve_themes(obj) -> list:
        return list(obj.themes.all())

    @staticmethod
    def resolve_focus_points(obj) -> list:
        # Points directly under the area; those under a theme are listed with their theme.
        return [point for point in obj.focus_points.all() if point.theme_id is None]


class PolicyOut(EntryOut):
    slug: str
    municipality: str
    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    adopted_by: str
    introduction: str
    mission: str
    vision: str
    values: list[str]
    goals: list[str]
    challenges: list[dict]
    focus_areas: list[FocusAreaOut]

    @staticmethod
    def resolve_values(obj) -> list[str]:
        return obj.value_list

    @staticmethod
    def resolve_goals(obj) -> list[str]:
        return [goal.text for goal in obj.goals.all()]

    @staticmethod
    def resolve_challenges(obj) -> list[dict]:
        return [{"title": c.title, "text": c.text} for c in obj.challenges.all()]

    @staticmethod
    def resolve_focus_areas(obj) -> list:
        return list(obj.focus_areas.all())


class IndicatorOut(Schema):
    id: int
    municipality: str
    policy: str
    success_criterion: str
    name: str
    unit: str
    direction: str
    baseline_value: Decimal | None
    baseline_date: dt.date | None
    target_value: Decimal | None
    target_date: dt.date | None
    comparator_name: str
    source: str

    @staticmethod
    def resolve_municipality(obj) -> str:
        return obj.criterion.policy.municipality.slug

    @staticmethod
    def resolve_policy(obj) -> str:
        return obj.criterion.policy.slug

    @staticmethod
    def resolve_success_criterion(obj) -> str:
        return obj.criterion.text


class MeasurementOut(Schema):
    indicator: int
    series: str
    date: dt.date
    value: Decimal
    source: str

    @staticmethod
    def resolve_indicator(obj) -> int:
        return obj.indicator_id
