"""What may be proposed or edited on each kind of entry, and how its values travel as JSON.

One registry serves the public correction form, the "suggest a new entry" form, the editors' and
owners' edit forms, the API, the review diff, the conflict page and revert (decision 0010).
Values are JSON: strings, booleans, ISO dates, ids, sorted lists of slugs / codes / ids, and
schedules as a list of dicts.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samvirke.core.languages import language_names
from samvirke.directory.models import ContactPerson, Location, Organisation
from samvirke.editorial.text import clean_text
from samvirke.initiatives.models import Initiative, Schedule, TargetGroup
from samvirke.initiatives.schedules import SCHEDULE_FIELDS, describe_schedule

SCALAR = "scalar"  # a column of the entry itself
FK = "fk"  # a foreign key of the entry, as an id
TAGS = "tags"  # target groups, as slugs
CODES = "codes"  # languages offered, as ISO 639 codes
PLACES = "places"  # locations, as ids
ORGANISERS = "organisers"  # organising organisations, as ids
SCHEDULES = "schedules"  # the initiative's schedules, as dicts

PUBLIC, NEW, OWNER, EDITOR = "public", "new", "owner", "editor"
EVERYONE = frozenset({PUBLIC, NEW, OWNER, EDITOR})
STAFF = frozenset({OWNER, EDITOR})


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str = SCALAR
    audiences: frozenset = EVERYONE


SPECS: dict[str, list[FieldSpec]] = {
    "initiative": [
        FieldSpec("title"),
        FieldSpec("summary"),
        FieldSpec("description"),
        FieldSpec("status"),
        FieldSpec("start_date"),
        FieldSpec("end_date"),
        FieldSpec("section", FK),
        FieldSpec("organisers", ORGANISERS, frozenset({NEW, EDITOR})),
        FieldSpec("target_groups", TAGS),
        FieldSpec("languages", CODES),
        FieldSpec("is_free"),
        FieldSpec("price"),
        FieldSpec("registration_required"),
        FieldSpec("registration_info"),
        FieldSpec("link"),
        # A suggested new activity may say when and where (existing places); corrections say so in the comment.
        FieldSpec("locations", PLACES, STAFF | {NEW}),
        FieldSpec("schedules", SCHEDULES, STAFF | {NEW}),
    ],
    "organisation": [
        FieldSpec("name"),
        FieldSpec("kind"),
        FieldSpec("description"),
        FieldSpec("website"),
        FieldSpec("email"),
        FieldSpec("phone"),
        FieldSpec("address"),
        FieldSpec("parent", FK, frozenset({EDITOR})),
    ],
    "contact": [
        FieldSpec("name"),
        FieldSpec("role"),
        FieldSpec("email"),
        FieldSpec("phone"),
        FieldSpec("visibility", audiences=STAFF),
        FieldSpec("consent_date", audiences=STAFF),
        FieldSpec("consent_source", audiences=STAFF),
    ],
}
SCHEDULE_KEYS = ["uuid", *SCHEDULE_FIELDS]
OTHER_LABELS = {
    "languages": gettext_lazy("languages offered"),
    "schedules": gettext_lazy("when"),
    "organisers": gettext_lazy("organisers"),
}


def model_for(kind: str) -> type[models.Model]:
    return {"initiative": Initiative, "organisation": Organisation, "contact": ContactPerson}[kind]


def kind_of(entry) -> str:
    return {"Initiative": "initiative", "Organisation": "organisation", "ContactPerson": "contact"}[
        type(entry).__name__
    ]


def specs_for(kind: str, audience: str | None = None) -> list[FieldSpec]:
    return [spec for spec in SPECS[kind] if audience is None or audience in spec.audiences]


def get_spec(kind: str, name: str) -> FieldSpec | None:
    return next((spec for spec in SPECS.get(kind, []) if spec.name == name), None)


def label(kind: str, name: str) -> str:
    if name in OTHER_LABELS:
        return str(OTHER_LABELS[name])
    try:
        return str(model_for(kind)._meta.get_field(name).verbose_name)
    except Exception:
        return name


# --- JSON values ---------------------------------------------------------------------------------


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def schedule_json(schedule) -> dict:
    return {
        "uuid": str(schedule.uuid),
        "freq": schedule.freq,
        "interval": schedule.interval,
        "byday": schedule.byday,
        "bymonthday": schedule.bymonthday,
        "opens_at": _time(schedule.opens_at),
        "closes_at": _time(schedule.closes_at),
        "valid_from": _date(schedule.valid_from),
        "valid_to": _date(schedule.valid_to),
        "location": schedule.location_id,
        "description": schedule.description,
    }


def scalar_json(value):
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return _time(value)
    return value


def snapshot(entry, names: list[str] | None = None) -> dict:
    """The entry's current values for the given fields (default: every registered field) as JSON."""
    kind = kind_of(entry)
    wanted = [spec for spec in SPECS[kind] if names is None or spec.name in names]
    values = {}
    for spec in wanted:
        if spec.type == SCALAR:
            values[spec.name] = scalar_json(getattr(entry, spec.name))
        elif spec.type == FK:
            values[spec.name] = getattr(entry, f"{spec.name}_id")
        elif spec.type == TAGS:
            values[spec.name] = sorted(group.slug for group in entry.target_groups.all())
        elif spec.type == CODES:
            values[spec.name] = sorted(language.code for language in entry.languages.all())
        elif spec.type == PLACES:
            values[spec.name] = sorted(location.pk for location in entry.locations.all())
        elif spec.type == ORGANISERS:
            values[spec.name] = sorted(organisation.pk for organisation in entry.organisers.all())
        elif spec.type == SCHEDULES:
            values[spec.name] = [schedule_json(s) for s in entry.schedules.all()]
    return values


def defaults(kind: str) -> dict:
    """The values a new entry starts with (the model's defaults of its own columns)."""
    model = model_for(kind)
    values = {}
    for spec in SPECS[kind]:
        if spec.type == SCALAR:
            field = model._meta.get_field(spec.name)
            if field.has_default():
                values[spec.name] = scalar_json(field.get_default())
    return values


def normalise(kind: str, name: str, value):
    """The canonical form of a value, so that equal values compare equal."""
    spec = get_spec(kind, name)
    if spec is None:
        return value
    if spec.type in (TAGS, CODES, PLACES, ORGANISERS):
        return sorted(value or [])
    if spec.type == SCHEDULES:
        return [{key: item.get(key) for key in SCHEDULE_KEYS} for item in (value or [])]
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    return value


def changed_values(kind: str, *, current: dict, submitted: dict) -> dict:
    """The submitted values that differ from the current ones."""
    return {
        name: value
        for name, value in submitted.items()
        if normalise(kind, name, value) != normalise(kind, name, current.get(name))
    }


def clean_values(kind: str, values: dict) -> dict:
    """Strip markup and control characters from every string, including inside schedules."""
    cleaned = {}
    for name, value in values.items():
        multiline = name in {"description", "accessibility"}
        if isinstance(value, str):
            cleaned[name] = clean_text(value, multiline=multiline)
        elif name == "schedules" and isinstance(value, list):
            cleaned[name] = [
                {k: clean_text(v, multiline=False) if isinstance(v, str) else v for k, v in item.items()}
                for item in value
            ]
        else:
            cleaned[name] = value
    return cleaned


def to_python(kind: str, name: str, value):
    """A scalar JSON value as the model field wants it (dates from ISO strings)."""
    field = model_for(kind)._meta.get_field(name)
    if value in (None, "") and isinstance(field, models.DateField | models.DateTimeField):
        return None
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(field, models.DateField) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if value is None and isinstance(field, models.CharField | models.TextField):
        return ""
    return value


def schedule_fields(item: dict) -> dict:
    """A schedule dict as keyword arguments for the Schedule model."""

    def parse_time(text):
        return dt.time.fromisoformat(text) if text else None

    def parse_date(text):
        return dt.date.fromisoformat(text) if text else None

    return {
        "freq": item.get("freq") or "WEEKLY",
        "interval": item.get("interval") or 1,
        "byday": item.get("byday") or "",
        "bymonthday": item.get("bymonthday") or "",
        "opens_at": parse_time(item.get("opens_at")),
        "closes_at": parse_time(item.get("closes_at")),
        "valid_from": parse_date(item.get("valid_from")),
        "valid_to": parse_date(item.get("valid_to")),
        "location_id": item.get("location"),
        "description": item.get("description") or "",
    }


# --- Showing values ------------------------------------------------------------------------------


class Displayer:
    """Turns stored values into the words a person reads; remembers the names it looked up."""

    def __init__(self):
        self._names: dict[tuple[str, Any], str] = {}

    def _lookup(self, model: type[models.Model], pk, attribute: str | None = None) -> str:
        key = (model.__name__, pk)
        if key not in self._names:
            obj = model.objects.filter(pk=pk).first()
            if obj is None:
                self._names[key] = _("(removed, #%(id)s)") % {"id": pk}
            else:
                self._names[key] = str(getattr(obj, attribute) if attribute else obj)
        return self._names[key]

    def value(self, kind: str, name: str, value) -> str:
        """A proposal's or an edit's value for a registered field, in words."""
        spec = get_spec(kind, name)
        if spec is None:
            return "" if value in (None, "", []) else str(value)
        if spec.type == TAGS:
            groups = {g.slug: g.label() for g in TargetGroup.objects.filter(slug__in=value or [])}
            return ", ".join(groups.get(slug, slug) for slug in value or [])
        if spec.type == CODES:
            return language_names(value)
        if spec.type == PLACES:
            return ", ".join(self._lookup(Location, pk, "name") for pk in value or [])
        if spec.type == ORGANISERS:
            return ", ".join(self._lookup(Organisation, pk, "name") for pk in value or [])
        if spec.type == SCHEDULES:
            return "; ".join(self.schedule(item) for item in value or [])
        return self.model_value(model_for(kind), name, value)

    def schedule(self, item: dict) -> str:
        fields = schedule_fields(item)
        text = describe_schedule(Schedule(**fields))
        if fields["location_id"]:
            text += " – " + self._lookup(Location, fields["location_id"], "name")
        if fields["description"]:
            text += f" ({fields['description']})"
        return text

    def model_value(self, model: type[models.Model], name: str, value) -> str:
        """Any model field's stored value (a column or a foreign key id) in words."""
        if value is None or value == "":
            return ""
        field = model._meta.get_field(name)
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(field, models.BooleanField):
            return _("Yes") if value else _("No")
        if isinstance(field, models.ForeignKey):
            related = field.related_model
            attribute = next((a for a in ("title", "name") if a in _field_names(related)), None)
            return self._lookup(related, value, attribute)
        if isinstance(field, models.DateTimeField):
            moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
            # Stored in UTC; shown in local time like the history's own times (not UTC beside them).
            if timezone.is_aware(moment):
                moment = timezone.localtime(moment)
            return date_format(moment, "SHORT_DATETIME_FORMAT")
        if isinstance(field, models.DateField):
            day = dt.date.fromisoformat(value) if isinstance(value, str) else value
            return date_format(day, "SHORT_DATE_FORMAT")
        if isinstance(field, models.TimeField):
            moment = dt.time.fromisoformat(value) if isinstance(value, str) else value
            return moment.strftime("%H:%M")
        return str(value)


def _field_names(model) -> set[str]:
    return {f.name for f in model._meta.concrete_fields}
