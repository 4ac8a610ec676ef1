"""Import HSDS 3.0 services (service_full shape, a directory of JSON files, or a tabular package).

All or nothing: every record is validated first and every problem reported (file, record, field,
reason); only when there is none is anything written, in one transaction. Ids are kept, so
importing the same data twice changes nothing.
"""

import contextlib
import csv
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

import jsonschema
from django.db import transaction
from django.utils.text import slugify

from samvirke.core.languages import is_language_code
from samvirke.core.spreadsheets import unescape_cell
from samvirke.directory.models import Location, Organisation
from samvirke.initiatives.models import (
    Initiative,
    InitiativeLanguage,
    InitiativeOrganiser,
    Schedule,
    TargetGroup,
)
from samvirke.interop.hsds.mapping import STATUS_FROM_HSDS
from samvirke.search.services import indexing_batched

SCHEMAS = Path(__file__).parent / "schema"
# CSV cells are text; these HSDS fields are numbers in the JSON shapes.
NUMERIC = (
    "interval",
    "count",
    "timezone",
    "extension",
    "minimum_age",
    "maximum_age",
    "latitude",
    "longitude",
)


@dataclass
class Problem:
    source: str
    record: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}, {self.record}, field “{self.field}”: {self.reason}"


@dataclass
class ImportReport:
    services: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@cache
def _validator(name: str):
    schema = json.loads((SCHEMAS / f"{name}.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


# -- reading ------------------------------------------------------------------------------
def _read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [
            {k: unescape_cell(v) if isinstance(v, str) else v for k, v in row.items() if v not in ("", None)}
            for row in csv.DictReader(handle)
        ]


def _numbers(row: dict, *names: str) -> dict:
    for name in names:
        if name in row:
            with contextlib.suppress(ValueError):
                row[name] = float(row[name]) if "." in row[name] else int(row[name])
    return row


def read_tabular(folder: Path) -> list[tuple[str, str, dict]]:
    """Rebuild service_full objects from the CSV files of a tabular data package."""
    services = _read_csv(folder / "services.csv")
    organizations = {
        o["id"]: _numbers(o, "year_incorporated") for o in _read_csv(folder / "organizations.csv")
    }
    locations = {
        loc["id"]: _numbers(loc, "latitude", "longitude") for loc in _read_csv(folder / "locations.csv")
    }
    for address in _read_csv(folder / "addresses.csv"):
        if address.get("location_id") in locations:
            locations[address["location_id"]].setdefault("addresses", []).append(address)
    by_service: dict[str, dict[str, list]] = {}
    for name in ("schedules", "languages", "service_at_location", "attributes", "contacts"):
        for row in _read_csv(folder / f"{name}.csv"):
            key = row.get("service_id") or row.get("link_id")
            by_service.setdefault(key, {}).setdefault(name, []).append(_numbers(row, *NUMERIC))
    records = []
    for index, row in enumerate(services, start=2):
        row = _numbers(row, "minimum_age", "maximum_age")
        related = by_service.get(row.get("id"), {})
        row["schedules"] = [
            s for s in related.get("schedules", []) if not s.get("service_at_location_id")
        ] or related.get("schedules", [])
        row["languages"] = related.get("languages", [])
        row["attributes"] = related.get("attributes", [])
        row["service_at_locations"] = [
            {**link, "location": locations[link["location_id"]]}
            for link in related.get("service_at_location", [])
            if link.get("location_id") in locations
        ]
        if row.get("organization_id") in organizations:
            row["organization"] = organizations[row["organization_id"]]
        records.append(("services.csv", f"row {index}", row))
    return records


def read_source(path: Path) -> list[tuple[str, str, dict]]:
    """(source name, record label, service object) for every service found at `path`."""
    if path.is_dir():
        if (path / "services.csv").exists():
            return read_tabular(path)
        files = sorted(path.glob("services*.json")) or sorted(path.glob("*.json"))
        return [record for file in files for record in read_source(file)]
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "contents" in data:
        data = data["contents"]
    items = data if isinstance(data, list) else [data]
    return [(path.name, f"record {i}", item) for i, item in enumerate(items, start=1)]


# -- validating ---------------------------------------------------------------------------
def validate(records, municipality=None) -> list[Problem]:
    problems = []
    seen = set()
    elsewhere = set()
    if municipality is not None:
        ids = [item.get("id") for _s, _l, item in records if isinstance(item.get("id"), str)]
        valid = [i for i in ids if _is_uuid(i)]
        elsewhere = {
            str(u)
            for u in Initiative.objects.filter(uuid__in=valid)
            .exclude(municipality=municipality)
            .values_list("uuid", flat=True)
        }
    for source, label, item in records:
        record = f"{label} (id {item.get('id', '?')})"
        for error in _validator("service").iter_errors(item):
            where = ".".join(str(p) for p in error.absolute_path) or (
                error.message.split("'")[1] if "required property" in error.message else "(record)"
            )
            problems.append(Problem(source, record, where, error.message))
        if item.get("id") in elsewhere:
            problems.append(
                Problem(source, record, "id", "a service with this id belongs to another municipality")
            )
        if item.get("id") in seen:
            problems.append(Problem(source, record, "id", "the same id appears twice in the import"))
        seen.add(item.get("id"))
    return problems


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# -- writing ------------------------------------------------------------------------------
def _unique_slug(model, municipality, text: str, current=None) -> str:
    if current:
        return current
    base = slugify(text)[:180] or "entry"
    slug, n = base, 2
    while model.objects.filter(municipality=municipality, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _time(value):
    return dt.time.fromisoformat(value[:8]) if value else None


def _date(value):
    return dt.date.fromisoformat(value[:10]) if value else None


class Writer:
    def __init__(self, municipality, report: ImportReport):
        self.municipality = municipality
        self.report = report

    def save(self, model, lookup: dict, values: dict, *, slug_from: str | None = None):
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            if slug_from is not None:
                obj.slug = _unique_slug(model, self.municipality, slug_from)
            obj.full_clean()
            obj.save()
            self.report.created += 1
        elif any(getattr(obj, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(obj, k, v)
            obj.full_clean()
            obj.save()
            self.report.updated += 1
        else:
            self.report.unchanged += 1
        return obj

    def organisation(self, data: dict) -> Organisation:
        return self.save(
            Organisation,
            {"uuid": data["id"], "municipality": self.municipality},
            {
                "name": data["name"][:200],
                "description": data.get("description", ""),
                "email": data.get("email", ""),
                "website": data.get("website", ""),
            },
            slug_from=data["name"],
        )

    def location(self, source, record, data: dict) -> Location:
        address = (data.get("addresses") or [{}])[0]
        lat, lon = data.get("latitude"), data.get("longitude")
        if lat is not None and not (-90 <= float(lat) <= 90 and -180 <= float(lon or 0) <= 180):
            self.report.warnings.append(
                Problem(
                    source,
                    record,
                    "location.latitude",
                    f"coordinates {lat}, {lon} are outside the globe; left out",
                )
            )
            lat = lon = None
        return self.save(
            Location,
            {"uuid": data["id"], "municipality": self.municipality},
            {
                "name": data.get("name", "")[:200] or address.get("address_1", "")[:200],
                "address": address.get("address_1", "")[:300],
                "postcode": address.get("postal_code", "")[:10],
                "city": address.get("city", "")[:100],
                "latitude": Decimal(str(lat)).quantize(Decimal("0.000001")) if lat is not None else None,
                "longitude": Decimal(str(lon)).quantize(Decimal("0.000001")) if lon is not None else None,
            },
        )

    def service(self, source, record, data: dict) -> Initiative:
        organisation = self.organisation(data["organization"]) if data.get("organization") else None
        initiative = self.save(
            Initiative,
            {"uuid": data["id"], "municipality": self.municipality},
            {
                "title": data["name"][:200],
                "summary": (data.get("alternate_name") or "")[:500],
                "description": data.get("description", ""),
                "status": STATUS_FROM_HSDS.get(data["status"], "running"),
                "link": data.get("url", ""),
                "is_free": not data.get("fees_description") or data.get("fees_description") == "Free",
                "price": ""
                if data.get("fees_description") in (None, "Free")
                else data["fees_description"][:200],
                "registration_info": (data.get("application_process") or "")[:300],
            },
            slug_from=data["name"],
        )
        if organisation:
            self.save(
                InitiativeOrganiser,
                {"initiative": initiative, "organisation": organisation},
                {"role": "lead"},
            )
        for link in data.get("service_at_locations", []):
            if link.get("location"):
                place = self.location(source, record, link["location"])
                if not initiative.locations.filter(pk=place.pk).exists():
                    initiative.locations.add(place)
        for language in data.get("languages", []):
            code = (language.get("code") or "").lower()
            if is_language_code(code):
                self.save(InitiativeLanguage, {"initiative": initiative, "code": code}, {})
            else:
                self.report.warnings.append(
                    Problem(source, record, "languages.code", f"unknown language “{code}”; left out")
                )
        for item in data.get("schedules", []):
            self.schedule(source, record, initiative, item)
        codes = {a.get("taxonomy_term", {}).get("code") for a in data.get("attributes", [])}
        groups = list(TargetGroup.objects.filter(slug__in=codes - {None}))
        if groups and set(initiative.target_groups.all()) != set(groups):
            initiative.target_groups.add(*groups)
        return initiative

    def schedule(self, source, record, initiative, item: dict) -> None:
        freq = item.get("freq") if item.get("freq") in ("WEEKLY", "MONTHLY") else None
        if freq is None:
            self.report.warnings.append(
                Problem(
                    source,
                    record,
                    "schedules.freq",
                    f"frequency “{item.get('freq')}” is not supported; schedule left out",
                )
            )
            return
        unsupported = [k for k in ("byweekno", "byyearday", "count", "until") if item.get(k)]
        if unsupported:
            self.report.warnings.append(
                Problem(source, record, "schedules", f"{', '.join(unsupported)} not supported; ignored")
            )
        byday = item.get("byday", "") if freq == "WEEKLY" or not item.get("bymonthday") else ""
        self.save(
            Schedule,
            {"uuid": item["id"]},
            {
                "initiative": initiative,
                "freq": freq,
                "interval": int(item.get("interval") or 1),
                "byday": byday,
                "bymonthday": item.get("bymonthday", "") if freq == "MONTHLY" else "",
                "opens_at": _time(item.get("opens_at")),
                "closes_at": _time(item.get("closes_at")),
                "valid_from": _date(item.get("valid_from")),
                "valid_to": _date(item.get("valid_to")),
                "description": (item.get("description") or "")[:300],
            },
        )


def import_services(*, path: Path, municipality, dry_run: bool = False, progress=None) -> ImportReport:
    """Validate, then (unless dry_run or invalid) write every service from `path` in one transaction."""
    report = ImportReport()
    records = read_source(path)
    report.services = len(records)
    report.errors = validate(records, municipality)
    if report.errors or dry_run:
        return report
    # Indexed once per entry at the end, inside the transaction: a service is several saves.
    with transaction.atomic(), indexing_batched():
        writer = Writer(municipality, report)
        for source, label, item in records:
            writer.service(source, f"{label} (id {item['id']})", item)
            if progress:
                progress()
    return report
