"""Spreadsheet import and export of a handbook: one row per activity, Danish or English headers.

The import is all or nothing: every row is checked first and each problem reported with its
row, column and message; only a file without problems is written, in one transaction.
"""

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samvirke.core.languages import is_language_code
from samvirke.core.spreadsheets import dict_writer, unescape_cell
from samvirke.directory.models import Location, Organisation
from samvirke.editorial.services.entries import unique_entry_slug
from samvirke.initiatives.models import (
    Initiative,
    InitiativeLanguage,
    InitiativeOrganiser,
    Schedule,
    TargetGroup,
)
from samvirke.initiatives.selectors import list_initiatives
from samvirke.search.services import indexing_batched

# Canonical column -> accepted headers (lower-cased). The first is what export writes.
COLUMNS = {
    "title": ["title", "titel", "aktivitet", "activity"],
    "summary": ["summary", "resumé", "resume", "kort beskrivelse"],
    "description": ["description", "beskrivelse"],
    "status": ["status"],
    "start_date": ["start_date", "startdato", "start"],
    "end_date": ["end_date", "slutdato", "slut"],
    "organisation": ["organisation", "organization", "arrangør", "arrangoer", "organiser"],
    "target_groups": ["target_groups", "målgrupper", "maalgrupper", "målgruppe", "target group"],
    "languages": ["languages", "sprog", "language"],
    "location": ["location", "sted", "place"],
    "address": ["address", "adresse"],
    "postcode": ["postcode", "postnummer", "postnr"],
    "city": ["city", "by"],
    "days": ["days", "dage", "ugedage", "day", "dag"],
    "opens_at": ["opens_at", "fra", "from", "starttid"],
    "closes_at": ["closes_at", "til", "to", "sluttid"],
    "price": ["price", "pris"],
    "registration": ["registration", "tilmelding"],
    "link": ["link", "url", "hjemmeside"],
}
REQUIRED = ["title", "organisation"]
STATUSES = {
    "planned": "planned",
    "planlagt": "planned",
    "running": "running",
    "i gang": "running",
    "igang": "running",
    "aktiv": "running",
    "paused": "paused",
    "på pause": "paused",
    "pause": "paused",
    "ended": "ended",
    "afsluttet": "ended",
    "slut": "ended",
    "": "running",
}
DAYS = {
    "mo": "MO",
    "man": "MO",
    "mandag": "MO",
    "monday": "MO",
    "tu": "TU",
    "tir": "TU",
    "tirsdag": "TU",
    "tuesday": "TU",
    "we": "WE",
    "ons": "WE",
    "onsdag": "WE",
    "wednesday": "WE",
    "th": "TH",
    "tor": "TH",
    "torsdag": "TH",
    "thursday": "TH",
    "fr": "FR",
    "fre": "FR",
    "fredag": "FR",
    "friday": "FR",
    "sa": "SA",
    "lør": "SA",
    "lørdag": "SA",
    "saturday": "SA",
    "su": "SU",
    "søn": "SU",
    "søndag": "SU",
    "sunday": "SU",
}


@dataclass
class RowProblem:
    row: int
    column: str
    message: str


@dataclass
class CsvImport:
    rows: list[dict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class TableError(ValueError):
    """The file as a whole cannot be read; the message says why, in the editor's language."""


def read_table(*, content: bytes, filename: str) -> list[dict[str, str]]:
    """Rows of a CSV (comma, semicolon or tab; UTF-8) or XLSX file as {header: text}. Raises TableError."""
    if filename.lower().endswith(".xlsx"):
        # openpyxl is heavy: loaded when a workbook arrives, not by every worker at start.
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
            values = [
                ["" if cell is None else str(cell) for cell in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
            raise TableError(
                _("The file is not an XLSX workbook. Save it again as .xlsx or as CSV.")
            ) from error
        if not values:
            return []
        header, body = values[0], values[1:]
        rows = [dict(zip(header, row, strict=False)) for row in body if any(cell.strip() for cell in row)]
        return [{key: unescape_cell(value) for key, value in row.items()} for row in rows]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableError(_("The file is not UTF-8 text. Save it as “CSV UTF-8”.")) from error
    first_line = text.splitlines()[0] if text.strip() else ""
    # The separator the header uses most; a header of one column has none, so a comma.
    delimiter = max(",;\t", key=first_line.count) if any(c in first_line for c in ",;\t") else ","
    try:
        rows = [
            row
            for row in csv.DictReader(io.StringIO(text), delimiter=delimiter)
            if any((v or "").strip() for v in row.values() if isinstance(v, str))
        ]
    except csv.Error as error:
        raise TableError(
            _("The file could not be read as CSV (a cell may be too long): %(error)s") % {"error": error}
        ) from error
    return [
        {key: unescape_cell(value) if isinstance(value, str) else value for key, value in row.items()}
        for row in rows
    ]


def _canonical(headers) -> tuple[dict[str, str], list[str]]:
    mapping, unknown = {}, []
    for header in headers:
        key = (header or "").strip().lower()
        column = next((name for name, names in COLUMNS.items() if key in names), None)
        if column:
            mapping[header] = column
        elif key:
            unknown.append(header)
    return mapping, unknown


def _date(value: str):
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("“%(value)s” is not a date; write e.g. 2026-09-01 or 01-09-2026.") % {"value": value})


def _time(value: str):
    try:
        return dt.time.fromisoformat(value.replace(".", ":").zfill(5))
    except ValueError as error:
        raise ValueError(_("“%(value)s” is not a time; write e.g. 17:00.") % {"value": value}) from error


def parse(*, table: list[dict[str, str]]) -> CsvImport:
    """Check every row and turn it into clean values; problems carry row (as in the sheet), column, message."""
    result = CsvImport()
    if not table:
        result.problems.append(RowProblem(1, "", _("The file has no rows.")))
        return result
    mapping, unknown = _canonical(table[0].keys())
    for header in unknown:
        result.problems.append(RowProblem(1, header, _("Unknown column; see the documented column names.")))
    for column in REQUIRED:
        if column not in mapping.values():
            result.problems.append(RowProblem(1, column, _("This column is required.")))
    if result.problems:
        return result
    groups = {}
    for group in TargetGroup.objects.all():
        for name in [group.slug, group.name, *group.labels.values()]:
            groups[name.lower()] = group
    for number, raw in enumerate(table, start=2):
        row = {mapping[k]: (v or "").strip() for k, v in raw.items() if k in mapping}
        clean = {"row": number, **row}

        def problem(column, message, number=number):
            result.problems.append(RowProblem(number, column, message))

        for column in REQUIRED:
            if not row.get(column):
                problem(column, _("This field is required."))
        status = STATUSES.get(row.get("status", "").lower())
        if status is None:
            problem(
                "status",
                _("Use planned, running, paused or ended (or planlagt, i gang, på pause, afsluttet)."),
            )
        clean["status"] = status
        for column in ("start_date", "end_date"):
            try:
                clean[column] = _date(row[column]) if row.get(column) else None
            except ValueError as error:
                problem(column, str(error))
        if clean.get("start_date") and clean.get("end_date") and clean["end_date"] < clean["start_date"]:
            problem("end_date", _("The end date cannot be before the start date."))
        for column in ("opens_at", "closes_at"):
            try:
                clean[column] = _time(row[column]) if row.get(column) else None
            except ValueError as error:
                problem(column, str(error))
        clean["groups"] = []
        for name in filter(None, (n.strip().lower() for n in row.get("target_groups", "").split(","))):
            if name in groups:
                clean["groups"].append(groups[name])
            else:
                problem("target_groups", _("Unknown target group “%(name)s”.") % {"name": name})
        clean["languages"] = [
            code.strip().lower() for code in row.get("languages", "").split(",") if code.strip()
        ]
        for code in clean["languages"]:
            if not is_language_code(code):
                problem("languages", _("“%(code)s” is not an ISO 639 language code.") % {"code": code})
        days = [
            DAYS.get(d.strip().lower()) for d in row.get("days", "").replace(";", ",").split(",") if d.strip()
        ]
        if None in days:
            problem("days", _("Write days as e.g. “tirsdag” or “MO,WE”."))
        clean["days"] = ",".join(d for d in days if d)
        if all(row.get(column) for column in REQUIRED) and status is not None:
            for column, message in _field_problems(clean):
                problem(column, message)
        result.rows.append(clean)
    return result


@transaction.atomic
@indexing_batched()  # each initiative's search text once, at the end, inside the transaction
def write(*, parsed: CsvImport, municipality) -> CsvImport:
    """Create or update one initiative per row (matched by title), with its organiser, place and schedule."""
    if not parsed.ok:
        raise ValidationError(_("The file has problems; nothing was imported."))
    for row in parsed.rows:
        organisation = (
            Organisation.objects.for_municipality(municipality)
            .filter(name__iexact=row["organisation"])
            .first()
        )
        if organisation is None:
            organisation = Organisation(
                municipality=municipality,
                name=row["organisation"],
                slug=unique_entry_slug(Organisation, municipality=municipality, text=row["organisation"]),
            )
            organisation.full_clean()
            organisation.save()
        initiative = (
            Initiative.objects.for_municipality(municipality).filter(title__iexact=row["title"]).first()
        )
        values = _initiative_values(row)
        if initiative is None:
            initiative = Initiative(
                municipality=municipality,
                slug=unique_entry_slug(Initiative, municipality=municipality, text=row["title"]),
                **values,
            )
            parsed.created += 1
        else:
            for key, value in values.items():
                setattr(initiative, key, value)
            parsed.updated += 1
        initiative.full_clean()
        initiative.save()
        InitiativeOrganiser.objects.get_or_create(initiative=initiative, organisation=organisation)
        initiative.target_groups.add(*row["groups"])
        for code in row["languages"]:
            InitiativeLanguage.objects.get_or_create(initiative=initiative, code=code)
        place = None
        if row.get("location") or row.get("address"):
            place, _created = Location.objects.get_or_create(
                municipality=municipality,
                name=row.get("location") or row["address"],
                defaults={
                    "address": row.get("address", ""),
                    "postcode": row.get("postcode", ""),
                    "city": row.get("city", ""),
                },
            )
            initiative.locations.add(place)
        if row["days"]:
            schedule = Schedule(
                initiative=initiative,
                location=place,
                freq="WEEKLY",
                byday=row["days"],
                opens_at=row.get("opens_at"),
                closes_at=row.get("closes_at"),
            )
            if not initiative.schedules.filter(byday=schedule.byday, opens_at=schedule.opens_at).exists():
                schedule.full_clean()
                schedule.save()
    return parsed


def _initiative_values(row: dict) -> dict:
    return {
        "title": row["title"],
        "summary": row.get("summary", ""),
        "description": row.get("description", ""),
        "status": row["status"],
        "start_date": row.get("start_date"),
        "end_date": row.get("end_date"),
        "is_free": not row.get("price") or row.get("price", "").lower() in ("gratis", "free", "0"),
        "price": "" if row.get("price", "").lower() in ("", "gratis", "free", "0") else row["price"],
        "registration_required": bool(row.get("registration")),
        "registration_info": row.get("registration", "")[:300],
        "link": row.get("link", ""),
    }


# The model fields a row fills, by the column they come from: checked at preview time, so that a
# file the preview accepts also imports (a link "notaurl", a title longer than the field).
_CHECKED = {
    Initiative: {name: name for name in ("title", "summary", "description", "price", "link")}
    | {"registration_info": "registration"},
    Organisation: {"name": "organisation"},
    Location: {"name": "location", "address": "address", "postcode": "postcode", "city": "city"},
}


def _field_problems(row: dict) -> list[tuple[str, str]]:
    """(column, message) for every value its model field would refuse."""
    values = {
        Initiative: _initiative_values(row),
        Organisation: {"name": row["organisation"]},
        Location: {
            "name": row.get("location") or row.get("address", ""),
            **{key: row.get(key, "") for key in ("address", "postcode", "city")},
        },
    }
    problems = []
    for model, columns in _CHECKED.items():
        if model is Location and not values[Location]["name"]:
            continue
        instance = model(**{name: values[model][name] for name in columns})
        try:
            instance.clean_fields(exclude=[f.name for f in model._meta.fields if f.name not in columns])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                problems.extend((columns[name], message) for message in messages)
    return problems


def export_rows(*, municipality) -> list[dict[str, str]]:
    """The municipality's activities in the import format (English headers)."""
    rows = []
    for item in list_initiatives(municipality=municipality).prefetch_related("locations"):
        schedule = next(iter(item.schedules.all()), None)
        place = next(iter(item.locations.all()), None)
        lead = next((link.organisation for link in item.organiser_links), None)
        rows.append(
            {
                "title": item.title,
                "summary": item.summary,
                "description": item.description,
                "status": item.status,
                "start_date": item.start_date.isoformat() if item.start_date else "",
                "end_date": item.end_date.isoformat() if item.end_date else "",
                "organisation": lead.name if lead else "",
                "target_groups": ",".join(g.slug for g in item.target_groups.all()),
                "languages": ",".join(item.language_codes),
                "location": place.name if place else "",
                "address": place.address if place else "",
                "postcode": place.postcode if place else "",
                "city": place.city if place else "",
                "days": schedule.byday if schedule and schedule.freq == "WEEKLY" else "",
                "opens_at": f"{schedule.opens_at:%H:%M}" if schedule and schedule.opens_at else "",
                "closes_at": f"{schedule.closes_at:%H:%M}" if schedule and schedule.closes_at else "",
                "price": "" if item.is_free else item.price,
                "registration": item.registration_info,
                "link": item.link,
            }
        )
    return rows


def export_csv(*, municipality) -> str:
    buffer = io.StringIO()
    writer = dict_writer(buffer, fieldnames=[names[0] for names in COLUMNS.values()])
    writer.writeheader()
    writer.writerows(export_rows(municipality=municipality))
    return buffer.getvalue()
