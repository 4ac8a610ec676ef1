"""Loads the demo data modules into the database, idempotently.

Each record is found by its natural key (municipality + slug, or its parent + number) and only
written when a value differs, so a second run writes nothing and adds no history.
"""

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from samvirke.accounts.models import Membership, Role, User
from samvirke.core.models import Municipality, Region
from samvirke.core.services import apply_changes
from samvirke.demo import community, editorial, guide, policy_extras, search
from samvirke.demo.data import (
    falkenberg,
    halmstad,
    hillerod,
    holstebro,
    hylte,
    kungsbacka,
    laholm,
    regions,
    silkeborg,
    taxonomy,
    varberg,
)
from samvirke.directory.models import ContactPerson, Location, Organisation
from samvirke.initiatives.models import (
    HandbookSection,
    Initiative,
    InitiativeLanguage,
    InitiativeOrganiser,
    Schedule,
    TargetGroup,
)
from samvirke.policy import models as policy_models
from samvirke.search.services import embeddings_deferred

# The municipalities' handbooks and policies, as the seed documents give them.
MUNICIPALITIES = [holstebro, silkeborg, hillerod, halmstad, laholm, hylte, falkenberg, varberg, kungsbacka]
# Demo ids are derived, not random, so every installation's demo has the same public ids.
DEMO_NAMESPACE = uuid.UUID("4f1e6c1a-9a53-4f5e-8f0e-5a3f1d2b7c10")


# After the handbooks, each capability's demo content (programmes, translations, forum, ...), in
# this order: each `load(loader)` writes through `loader.upsert`, so it stays idempotent and counted.
DEMO_CONTENT = [
    community.load,
    policy_extras.load,
    editorial.load,
    guide.load,
    search.load,  # last: vectors of every document the others created
]


def demo_uuid(*parts: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(parts))


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    logins: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.created + self.updated


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else value or None


def _time(value):
    return dt.time.fromisoformat(value) if isinstance(value, str) and value else value or None


class Loader:
    def __init__(self, *, progress: Callable[[str], None] | None = None):
        self.report = LoadReport()
        self.progress = progress or (lambda _message: None)

    # -- generic upsert -------------------------------------------------------------
    def upsert(self, model: type[models.Model], lookup: dict, values: dict, *, on_create: dict | None = None):
        """Create, or update only the fields that differ; validate with full_clean either way."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values, **(on_create or {}))
            obj.full_clean()
            obj.save()
            self.report.created += 1
            return obj
        if apply_changes(obj, values):
            obj.full_clean()
            obj.save()
            self.report.updated += 1
        else:
            self.report.unchanged += 1
        return obj

    def set_m2m(self, manager, objects: Iterable[models.Model]) -> None:
        wanted = {obj.pk for obj in objects}
        if set(manager.values_list("pk", flat=True)) != wanted:
            manager.set(wanted)
            self.report.updated += 1

    # -- the whole demo ----------------------------------------------------------------
    @transaction.atomic
    def load(self) -> LoadReport:
        # samvirke.demo.search computes every missing vector at the end, in batches: a task per
        # save would only find its vector done.
        with embeddings_deferred():
            return self._load()

    def _load(self) -> LoadReport:
        for data in taxonomy.TARGET_GROUPS:
            order = taxonomy.TARGET_GROUPS.index(data)
            self.upsert(
                TargetGroup,
                {"slug": data["slug"]},
                {"name": data["name"], "labels": data["labels"], "order": order},
            )
        for data in regions.REGIONS:
            self.upsert(
                Region,
                {"slug": data["slug"]},
                {key: data[key] for key in ("name", "country", "description")},
            )
        self.admin()
        for module in MUNICIPALITIES:
            self.progress(module.__name__.rpartition(".")[2])
            self.municipality(module)
        for load in DEMO_CONTENT:
            load(self)
        return self.report

    def admin(self) -> None:
        password = settings.SAMVIRKE_DEMO_PASSWORD
        user = User.objects.filter(username="admin").first()
        if user is None:
            user = User.objects.create_superuser("admin", "admin@example.org", password)
            self.report.created += 1
        self.report.logins.append(("admin", password, "site administrator"))

    def editor(self, municipality: Municipality) -> None:
        username = f"editor-{municipality.slug}"
        password = settings.SAMVIRKE_DEMO_PASSWORD
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                f"{username}@example.org",
                password,
                first_name="Redaktør" if municipality.country == "DK" else "Redaktör",
                last_name=municipality.name,
                is_staff=True,
            )
            self.report.created += 1
        Membership.objects.get_or_create(user=user, role=Role.EDITOR, municipality=municipality)
        self.report.logins.append((username, password, f"editor, {municipality.name}"))

    def municipality(self, module) -> None:
        data = module.MUNICIPALITY
        region = Region.objects.get(slug=data["region"]) if data.get("region") else None
        municipality = self.upsert(
            Municipality,
            {"slug": data["slug"]},
            {
                "name": data["name"],
                "country": data["country"],
                "region": region,
                "website": data.get("website", ""),
                # An invented address and the date the demo's statement pretends to be from.
                "accessibility_contact": f"tilgaengelighed@{data['slug']}.example",
                "accessibility_reviewed_on": dt.date(2026, 11, 1),
            },
        )
        self.editor(municipality)
        now = timezone.now()
        sections = {
            item["slug"]: self.upsert(
                HandbookSection,
                {"municipality": municipality, "slug": item["slug"]},
                {"title": item["title"], "description": item.get("description", ""), "order": order},
            )
            for order, item in enumerate(getattr(module, "SECTIONS", []))
        }
        locations = {
            item["key"]: self.upsert(
                Location,
                {"municipality": municipality, "uuid": demo_uuid(municipality.slug, "location", item["key"])},
                {
                    "name": item["name"],
                    "address": item.get("address", ""),
                    "postcode": item.get("postcode", ""),
                    "city": item.get("city", ""),
                    "latitude": _decimal(item.get("latitude")),
                    "longitude": _decimal(item.get("longitude")),
                    "accessibility": item.get("accessibility", ""),
                    "is_demo": item.get("is_demo", True),
                },
                on_create={"last_verified_at": now},
            )
            for item in getattr(module, "LOCATIONS", [])
        }
        organisations, contacts = self.organisations(municipality, getattr(module, "ORGANISATIONS", []), now)
        focus_points = self.policy(municipality, getattr(module, "POLICY", None))
        for item in getattr(module, "INITIATIVES", []):
            self.initiative(
                municipality, item, sections, locations, organisations, contacts, focus_points, now
            )

    def organisations(self, municipality, items, now):
        organisations, contacts = {}, {}
        # Parents first, so children can point at them.
        for item in sorted(items, key=lambda i: bool(i.get("parent"))):
            organisation = self.upsert(
                Organisation,
                {"municipality": municipality, "slug": item["slug"]},
                {
                    "uuid": demo_uuid(municipality.slug, "organisation", item["slug"]),
                    "name": item["name"],
                    "kind": item.get("kind", Organisation.Kind.OTHER),
                    "description": item.get("description", ""),
                    "website": item.get("website", ""),
                    "email": item.get("email", ""),
                    "phone": item.get("phone", ""),
                    "address": item.get("address", ""),
                    "parent": organisations.get(item.get("parent")),
                    "is_demo": item.get("is_demo", True),
                },
                on_create={"last_verified_at": now - dt.timedelta(days=item.get("verified_days_ago", 30))},
            )
            organisations[item["slug"]] = organisation
            for contact in item.get("contacts", []):
                contacts[contact["key"]] = self.upsert(
                    ContactPerson,
                    {
                        "municipality": municipality,
                        "uuid": demo_uuid(municipality.slug, "contact", contact["key"]),
                    },
                    {
                        "organisation": organisation,
                        "name": contact["name"],
                        "role": contact.get("role", ""),
                        "email": contact.get("email", ""),
                        "phone": contact.get("phone", ""),
                        "visibility": contact.get("visibility", ContactPerson.Visibility.HIDDEN),
                        "consent_date": _date(contact.get("consent_date")),
                        "consent_source": contact.get("consent_source", ""),
                        "is_demo": True,
                    },
                    on_create={"last_verified_at": now},
                )
        return organisations, contacts

    def initiative(self, municipality, item, sections, locations, organisations, contacts, focus_points, now):
        initiative = self.upsert(
            Initiative,
            {"municipality": municipality, "slug": item["slug"]},
            {
                "uuid": demo_uuid(municipality.slug, "initiative", item["slug"]),
                "title": item["title"],
                "summary": item.get("summary", ""),
                "description": item.get("description", ""),
                "status": item.get("status", Initiative.Status.RUNNING),
                "start_date": _date(item.get("start_date")),
                "end_date": _date(item.get("end_date")),
                "section": sections.get(item.get("section")),
                "is_free": item.get("is_free", True),
                "price": item.get("price", ""),
                "registration_required": item.get("registration_required", False),
                "registration_info": item.get("registration_info", ""),
                "link": item.get("link", ""),
                "is_demo": item.get("is_demo", True),
            },
            on_create={"last_verified_at": now - dt.timedelta(days=item.get("verified_days_ago", 30))},
        )
        self.set_m2m(
            initiative.target_groups, TargetGroup.objects.filter(slug__in=item.get("target_groups", []))
        )
        self.set_m2m(initiative.contact_persons, [contacts[key] for key in item.get("contacts", [])])
        self.set_m2m(initiative.locations, [locations[key] for key in item.get("locations", [])])
        self.set_m2m(
            initiative.focus_points, [focus_points[number] for number in item.get("focus_points", [])]
        )
        for slug, role in item.get("organisers", []):
            self.upsert(
                InitiativeOrganiser,
                {"initiative": initiative, "organisation": organisations[slug]},
                {"role": role},
            )
        for code in item.get("languages", []):
            self.upsert(InitiativeLanguage, {"initiative": initiative, "code": code}, {})
        for index, schedule in enumerate(item.get("schedules", [])):
            self.upsert(
                Schedule,
                {"uuid": demo_uuid(municipality.slug, "initiative", item["slug"], "schedule", str(index))},
                {
                    "initiative": initiative,
                    "location": locations.get(schedule.get("location")),
                    "freq": schedule.get("freq", Schedule.Frequency.WEEKLY),
                    "interval": schedule.get("interval", 1),
                    "byday": schedule.get("byday", ""),
                    "bymonthday": schedule.get("bymonthday", ""),
                    "opens_at": _time(schedule.get("opens_at")),
                    "closes_at": _time(schedule.get("closes_at")),
                    "valid_from": _date(schedule.get("valid_from")),
                    "valid_to": _date(schedule.get("valid_to")),
                    "description": schedule.get("description", ""),
                },
            )

    def policy(self, municipality, data) -> dict[str, policy_models.FocusPoint]:
        if not data:
            return {}
        policy = self.upsert(
            policy_models.Policy,
            {"municipality": municipality, "slug": data["slug"]},
            {
                "title": data["title"],
                "period_start": _date(data.get("period_start")),
                "period_end": _date(data.get("period_end")),
                "adopted_by": data.get("adopted_by", ""),
                "introduction": data.get("introduction", ""),
                "mission": data.get("mission", ""),
                "vision": data.get("vision", ""),
                "values": "\n".join(data.get("values", [])),
                "evaluation": data.get("evaluation", ""),
                "is_demo": data.get("is_demo", False),
            },
        )
        for order, text in enumerate(data.get("goals", [])):
            self.upsert(policy_models.Goal, {"policy": policy, "order": order}, {"text": text})
        for order, challenge in enumerate(data.get("challenges", [])):
            self.upsert(
                policy_models.CrossCuttingChallenge,
                {"policy": policy, "order": order},
                {"title": challenge["title"], "text": challenge.get("text", "")},
            )
        focus_points: dict[str, policy_models.FocusPoint] = {}
        areas: dict[str, policy_models.FocusArea] = {}
        for order, area_data in enumerate(data.get("focus_areas", [])):
            area = self.upsert(
                policy_models.FocusArea,
                {"policy": policy, "order": order},
                {
                    "number": area_data.get("number", ""),
                    "title": area_data["title"],
                    "subtitle": area_data.get("subtitle", ""),
                    "description": area_data.get("description", ""),
                },
            )
            areas[area.number] = area
            point_order = 0
            for theme_order, theme_data in enumerate(area_data.get("themes", [])):
                theme = self.upsert(
                    policy_models.Theme,
                    {"focus_area": area, "order": theme_order},
                    {"title": theme_data["title"], "description": theme_data.get("description", "")},
                )
                for point in theme_data.get("focus_points", []):
                    focus_points[point["number"]] = self.focus_point(area, theme, point, point_order)
                    point_order += 1
            for point in area_data.get("focus_points", []):
                focus_points[point["number"]] = self.focus_point(area, None, point, point_order)
                point_order += 1
        for order, criterion_data in enumerate(data.get("success_criteria", [])):
            criterion = self.upsert(
                policy_models.SuccessCriterion,
                {"policy": policy, "order": order},
                {
                    "text": criterion_data["text"],
                    "focus_area": areas.get(criterion_data.get("focus_area")),
                    "deadline": _date(criterion_data.get("deadline")),
                },
            )
            for indicator_data in criterion_data.get("indicators", []):
                self.indicator(criterion, indicator_data)
        return focus_points

    def focus_point(self, area, theme, point, order) -> policy_models.FocusPoint:
        return self.upsert(
            policy_models.FocusPoint,
            {"focus_area": area, "number": point["number"]},
            {"theme": theme, "title": point.get("title", ""), "text": point["text"], "order": order},
        )

    def indicator(self, criterion, data) -> None:
        indicator = self.upsert(
            policy_models.Indicator,
            {"criterion": criterion, "name": data["name"]},
            {
                "unit": data.get("unit", ""),
                "direction": data.get("direction", policy_models.Indicator.Direction.HIGHER_IS_BETTER),
                "baseline_value": _decimal(data.get("baseline_value")),
                "baseline_date": _date(data.get("baseline_date")),
                "target_value": _decimal(data.get("target_value")),
                "target_date": _date(data.get("target_date")),
                "comparator_name": data.get("comparator_name", ""),
                "source": data.get("source", ""),
            },
        )
        for date, value, series, source in data.get("measurements", []):
            self.upsert(
                policy_models.Measurement,
                {"indicator": indicator, "series": series, "date": _date(date)},
                {"value": _decimal(value), "source": source or ""},
            )


def _decimal(value):
    # Through str, so the float 56.36 becomes Decimal("56.36") and not its binary neighbour.
    return None if value is None or value == "" else Decimal(str(value))


def load_demo(*, progress: Callable[[str], None] | None = None) -> LoadReport:
    """Load every demo module. Safe to run again: returns how much was created or changed."""
    return Loader(progress=progress).load()
