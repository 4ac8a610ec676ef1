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
from simple_history.utils import bulk_create_with_history

from samvirke.core.languages import is_language_code
from samvirke.core.pagecache import bump_generation
from samvirke.core.services import apply_changes
from samvirke.core.slugs import unique_slug
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
from samvirke.search.services import index_later, indexing_batched

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
    elsewhere = _owned_elsewhere(records, municipality) if municipality is not None else {}
    for source, label, item in records:
        record = f"{label} (id {item.get('id', '?')})"
        for error in _validator("service").iter_errors(item):
            where = ".".join(str(p) for p in error.absolute_path) or (
                error.message.split("'")[1] if "required property" in error.message else "(record)"
            )
            problems.append(Problem(source, record, where, error.message))
        for where, value in _nested_ids(item):
            if _canonical(value) in elsewhere.get(where, ()):
                problems.append(
                    Problem(
                        source,
                        record,
                        where,
                        f"{ELSEWHERE[where][1]} with this id belongs to another municipality",
                    )
                )
        if item.get("id") in seen:
            problems.append(Problem(source, record, "id", "the same id appears twice in the import"))
        seen.add(item.get("id"))
    return problems


# Where a record holds an id of a row we keep → (model, what to call it in a problem).
ELSEWHERE = {
    "id": (Initiative, "a service"),
    "organization.id": (Organisation, "an organisation"),
    "service_at_locations.location.id": (Location, "a location"),
    "schedules.id": (Schedule, "a schedule"),
}


def _nested_ids(item: dict):
    yield "id", item.get("id")
    yield "organization.id", (item.get("organization") or {}).get("id")
    for link in item.get("service_at_locations") or []:
        yield "service_at_locations.location.id", (link.get("location") or {}).get("id")
    for schedule in item.get("schedules") or []:
        yield "schedules.id", schedule.get("id")


def _canonical(value) -> str | None:
    return str(uuid.UUID(value)) if isinstance(value, str) and _is_uuid(value) else None


def _owned_elsewhere(records, municipality) -> dict[str, set[str]]:
    """Ids in these records that another municipality's rows already have: writing them here
    would move or clash with that municipality's data."""
    wanted: dict[str, set[str]] = {where: set() for where in ELSEWHERE}
    for _source, _label, item in records:
        for where, value in _nested_ids(item):
            if _canonical(value):
                wanted[where].add(_canonical(value))
    found = {}
    for where, (model, _name) in ELSEWHERE.items():
        owner = "initiative__municipality" if model is Schedule else "municipality"
        rows = model.objects.filter(uuid__in=wanted[where]).exclude(**{owner: municipality})
        found[where] = {str(u) for u in rows.values_list("uuid", flat=True)}
    return found


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# -- writing ------------------------------------------------------------------------------
CHUNK = 500  # services written together: one lookup per model and chunk, bulk inserts
CHANGE_REASON = "HSDS import"


def _time(value):
    return dt.time.fromisoformat(value[:8]) if value else None


def _date(value):
    return dt.date.fromisoformat(value[:10]) if value else None


class Writer:
    """Writes services a chunk at a time.

    Each model's rows are found by id with one query a chunk. New rows are bulk-created with their
    history records; changed ones are saved one by one, since a re-import changes few. Rows met
    again later in the same import (an organisation of many services) are compared, not fetched
    again. Bulk inserts send no signals, so the caller indexes the new entries and clears the
    page cache (import_services).
    """

    def __init__(self, municipality, report: ImportReport):
        self.municipality = municipality
        self.report = report
        self.groups = {group.slug: group for group in TargetGroup.objects.all()}
        self.slugs = {
            model: set(model.objects.filter(municipality=municipality).values_list("slug", flat=True))
            for model in (Organisation, Initiative)
        }
        self.seen: dict[type, dict[str, object]] = {
            Organisation: {},
            Location: {},
            Initiative: {},
            Schedule: {},
        }
        # Written without signals, so indexed by the caller: new entries, and those with new links.
        self.created: dict[type, list[int]] = {Organisation: [], Initiative: []}
        self.relinked: set[int] = set()

    def _slug(self, model, text: str) -> str:
        slug = unique_slug(text, taken=self.slugs[model].__contains__)
        self.slugs[model].add(slug)
        return slug

    def upsert(self, model, rows: dict[str, dict], *, slug_from: dict[str, str] | None = None) -> dict:
        """{id: values} → {id: row}, each row created, updated or left as it is."""
        seen = self.seen[model]
        scope = {} if model is Schedule else {"municipality": self.municipality}
        ids = {key: str(uuid.UUID(key)) for key in rows}  # one spelling: "ABC…" is "abc…"
        earlier = {key for key in rows if ids[key] in seen}  # counted when first met
        missing = [ids[key] for key in rows if key not in earlier]
        for row in model.objects.filter(uuid__in=missing, **scope):
            seen[str(row.uuid)] = row
        new = []
        for key, values in rows.items():
            row = seen.get(ids[key])
            if row is None:
                row = model(uuid=ids[key], **scope, **values)
                if slug_from is not None:
                    row.slug = self._slug(model, slug_from[key])
                # Uniqueness is kept here (ids looked up, slugs reserved) and by the database.
                row.full_clean(validate_unique=False, validate_constraints=False)
                seen[ids[key]] = row
                new.append(row)
            elif apply_changes(row, values):
                row.full_clean(validate_unique=False, validate_constraints=False)
                row._change_reason = CHANGE_REASON
                row.save()
                self.report.updated += 1
            elif key not in earlier:
                self.report.unchanged += 1
        bulk_create_with_history(new, model, batch_size=CHUNK, default_change_reason=CHANGE_REASON)
        self.report.created += len(new)
        if model in self.created:
            self.created[model] += [row.pk for row in new]
        return {key: seen[ids[key]] for key in rows}

    def write(self, chunk: list[tuple[str, str, dict]]) -> None:
        organisations = {
            data["organization"]["id"]: data["organization"]
            for _s, _r, data in chunk
            if data.get("organization")
        }
        organisations = self.upsert(
            Organisation,
            {key: _organisation_values(data) for key, data in organisations.items()},
            slug_from={key: data["name"] for key, data in organisations.items()},
        )
        places = {}
        for source, record, data in chunk:
            for link in data.get("service_at_locations", []):
                if link.get("location"):
                    places[link["location"]["id"]] = self._location_values(source, record, link["location"])
        places = self.upsert(Location, places)
        initiatives = self.upsert(
            Initiative,
            {data["id"]: _service_values(data) for _s, _r, data in chunk},
            slug_from={data["id"]: data["name"] for _s, _r, data in chunk},
        )
        self._relations(chunk, initiatives, organisations, places)
        schedules = {}
        for source, record, data in chunk:
            for item in data.get("schedules", []):
                values = self._schedule_values(source, record, item)
                if values is not None:
                    schedules[item["id"]] = {"initiative": initiatives[data["id"]], **values}
        self.upsert(Schedule, schedules)

    def _relations(self, chunk, initiatives, organisations, places) -> None:
        """Organisers, places, languages and target groups: the missing links, added in bulk."""
        pks = [initiative.pk for initiative in initiatives.values()]
        organisers = set(
            InitiativeOrganiser.objects.filter(initiative__in=pks).values_list("initiative", "organisation")
        )
        located = set(
            Initiative.locations.through.objects.filter(initiative__in=pks).values_list(
                "initiative", "location"
            )
        )
        spoken = set(InitiativeLanguage.objects.filter(initiative__in=pks).values_list("initiative", "code"))
        grouped = set(
            Initiative.target_groups.through.objects.filter(initiative__in=pks).values_list(
                "initiative", "targetgroup"
            )
        )
        new_organisers, new_places, new_languages, new_groups = set(), set(), set(), set()
        for source, record, data in chunk:
            pk = initiatives[data["id"]].pk
            if data.get("organization"):
                new_organisers.add((pk, organisations[data["organization"]["id"]].pk))
            for link in data.get("service_at_locations", []):
                if link.get("location"):
                    new_places.add((pk, places[link["location"]["id"]].pk))
            for language in data.get("languages", []):
                code = (language.get("code") or "").lower()
                if is_language_code(code):
                    new_languages.add((pk, code))
                else:
                    self.report.warnings.append(
                        Problem(source, record, "languages.code", f"unknown language “{code}”; left out")
                    )
            codes = {a.get("taxonomy_term", {}).get("code") for a in data.get("attributes", [])}
            new_groups |= {(pk, self.groups[code].pk) for code in codes if code in self.groups}
        InitiativeOrganiser.objects.bulk_create(
            [InitiativeOrganiser(initiative_id=i, organisation_id=o) for i, o in new_organisers - organisers]
        )
        Initiative.locations.through.objects.bulk_create(
            [Initiative.locations.through(initiative_id=i, location_id=p) for i, p in new_places - located]
        )
        InitiativeLanguage.objects.bulk_create(
            [InitiativeLanguage(initiative_id=i, code=c) for i, c in new_languages - spoken]
        )
        Initiative.target_groups.through.objects.bulk_create(
            [
                Initiative.target_groups.through(initiative_id=i, targetgroup_id=g)
                for i, g in new_groups - grouped
            ]
        )
        self.relinked |= {link[0] for link in (new_organisers - organisers) | (new_places - located)}
        self.relinked |= {link[0] for link in new_groups - grouped}
        self.report.created += len(new_organisers - organisers) + len(new_languages - spoken)
        self.report.unchanged += len(new_organisers & organisers) + len(new_languages & spoken)

    def _location_values(self, source, record, data: dict) -> dict:
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
        return {
            "name": data.get("name", "")[:200] or address.get("address_1", "")[:200],
            "address": address.get("address_1", "")[:300],
            "postcode": address.get("postal_code", "")[:10],
            "city": address.get("city", "")[:100],
            "latitude": Decimal(str(lat)).quantize(Decimal("0.000001")) if lat is not None else None,
            "longitude": Decimal(str(lon)).quantize(Decimal("0.000001")) if lon is not None else None,
        }

    def _schedule_values(self, source, record, item: dict) -> dict | None:
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
            return None
        unsupported = [k for k in ("byweekno", "byyearday", "count", "until") if item.get(k)]
        if unsupported:
            self.report.warnings.append(
                Problem(source, record, "schedules", f"{', '.join(unsupported)} not supported; ignored")
            )
        byday = item.get("byday", "") if freq == "WEEKLY" or not item.get("bymonthday") else ""
        return {
            "freq": freq,
            "interval": int(item.get("interval") or 1),
            "byday": byday,
            "bymonthday": item.get("bymonthday", "") if freq == "MONTHLY" else "",
            "opens_at": _time(item.get("opens_at")),
            "closes_at": _time(item.get("closes_at")),
            "valid_from": _date(item.get("valid_from")),
            "valid_to": _date(item.get("valid_to")),
            "description": (item.get("description") or "")[:300],
        }


def _organisation_values(data: dict) -> dict:
    return {
        "name": data["name"][:200],
        "description": data.get("description", ""),
        "email": data.get("email", ""),
        "website": data.get("website", ""),
    }


def _service_values(data: dict) -> dict:
    fees = data.get("fees_description")
    return {
        "title": data["name"][:200],
        "summary": (data.get("alternate_name") or "")[:500],
        "description": data.get("description", ""),
        "status": STATUS_FROM_HSDS.get(data["status"], "running"),
        "link": data.get("url", ""),
        "is_free": not fees or fees == "Free",
        "price": "" if fees in (None, "Free") else fees[:200],
        "registration_info": (data.get("application_process") or "")[:300],
    }


def import_services(*, path: Path, municipality, dry_run: bool = False, progress=None) -> ImportReport:
    """Validate, then (unless dry_run or invalid) write every service from `path` in one transaction.

    `progress(n)` is told of every n services written."""
    report = ImportReport()
    records = read_source(path)
    report.services = len(records)
    report.errors = validate(records, municipality)
    if report.errors or dry_run:
        return report
    # The entries saved one by one are indexed once each at the end of the block; the bulk-created
    # ones are handed to it (bulk inserts send no signals).
    with transaction.atomic(), indexing_batched():
        writer = Writer(municipality, report)
        for start in range(0, len(records), CHUNK):
            chunk = [
                (s, f"{label} (id {item['id']})", item) for s, label, item in records[start : start + CHUNK]
            ]
            writer.write(chunk)
            if progress:
                progress(len(chunk))
        index_later(
            initiative_ids=set(writer.created[Initiative]) | writer.relinked,
            organisation_ids=writer.created[Organisation],
        )
        transaction.on_commit(bump_generation)
    return report
