"""Reads for a programme's actions as CSV (programmes, decision 0066): one format for export and
import (export, edit, import back); the import's write is services.programmes.import_actions.

Columns (English or Danish headers): number, title, description, status (a status key or name),
weight, responsible_organisation (an organisation's slug or name), responsible_committee,
start_date, end_date, initiatives (slugs), focus_points (numbers), milestones (one per line:
"YYYY-MM-DD: title"). Rows are matched to actions by number: a known number updates the action,
a new number adds one; actions missing from the file are left alone. When the milestones column
is present it replaces each listed action's milestones. All or nothing: one bad row, no change.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.policy import csv_io
from samvirke.policy.models import Action, ActionProgramme, FocusPoint
from samvirke.policy.selectors.programmes import list_statuses

COLUMNS = [
    "number",
    "title",
    "description",
    "status",
    "weight",
    "responsible_organisation",
    "responsible_committee",
    "start_date",
    "end_date",
    "initiatives",
    "focus_points",
    "milestones",
]
ALIASES = {
    **{name: name for name in COLUMNS},
    "nummer": "number",
    "nr": "number",
    "titel": "title",
    "beskrivelse": "description",
    "vægt": "weight",
    "vaegt": "weight",
    "ansvarlig_organisation": "responsible_organisation",
    "ansvarligt_udvalg": "responsible_committee",
    "startdato": "start_date",
    "slutdato": "end_date",
    "initiativer": "initiatives",
    "aktiviteter": "initiatives",
    "fokuspunkter": "focus_points",
    "milepæle": "milestones",
    "milepaele": "milestones",
}
SALT = "samvirke.policy.actions-csv"


@dataclass
class Row:
    line: int
    action: Action  # unsaved changes applied, or a new unsaved action
    initiatives: list[Initiative]
    focus_points: list[FocusPoint]
    milestones: list[tuple] | None  # None: the file has no milestones column
    change: str = "new"  # new, changed or same
    changed_fields: list[str] = field(default_factory=list)


def _milestones(text: str) -> list[tuple]:
    entries = []
    for line in (line.strip() for line in text.splitlines() if line.strip()):
        date_text, _sep, title = line.partition(":")
        if not title.strip():
            raise ValueError(
                _("Write each milestone as “YYYY-MM-DD: title”, not “%(line)s”.") % {"line": line}
            )
        entries.append((csv_io.parse_date(date_text), title.strip()))
    return entries


FIELDS = [
    "title",
    "description",
    "status_id",
    "weight",
    "responsible_organisation_id",
    "responsible_body",
    "start_date",
    "end_date",
]


class _Reader:
    """Reads rows into actions of one programme, collecting each row's problems by column."""

    def __init__(self, programme: ActionProgramme):
        place = programme.municipality
        self.programme = programme
        self.statuses = list(list_statuses(programme=programme))
        self.status_lookup = {s.key.lower(): s for s in self.statuses} | {
            s.name.lower(): s for s in self.statuses
        }
        organisations = list(Organisation.objects.for_municipality(place))
        self.organisations = {o.slug: o for o in organisations} | {o.name.lower(): o for o in organisations}
        self.initiatives = {i.slug: i for i in Initiative.objects.for_municipality(place)}
        self.points: dict[str, FocusPoint] = {}
        for point in FocusPoint.objects.filter(focus_area__policy=programme.policy):
            self.points.setdefault(point.number, point)
        self.existing = {
            a.number: a
            for a in Action.objects.filter(programme=programme).prefetch_related(
                "initiatives", "focus_points", "milestones"
            )
        }
        self.seen: dict[str, int] = {}

    def row(self, line: int, cells: dict, *, has_milestones: bool) -> tuple[Row | None, list]:
        self.problems: list[csv_io.Problem] = []
        self.line = line
        number = self._number(cells.get("number", ""))
        title = cells.get("title", "")
        if not title:
            self.problem("title", _("Every action needs a title."))
        elif len(title) > 300:
            self.problem("title", _("At most 300 characters."))
        action = self.existing.get(number) or Action(programme=self.programme, number=number)
        before = {name: getattr(action, name) for name in FIELDS}
        action.title = title
        self._fields(action, cells)
        initiatives = list(action.initiatives.all()) if action.pk else []
        if "initiatives" in cells:
            initiatives = self._linked(
                cells["initiatives"], self.initiatives, "initiatives", self._no_initiative
            )
        points = list(action.focus_points.all()) if action.pk else []
        if "focus_points" in cells:
            points = self._linked(cells["focus_points"], self.points, "focus_points", self._no_point)
        milestones = None
        if has_milestones:
            try:
                milestones = _milestones(cells.get("milestones", ""))
            except ValueError as error:
                self.problem("milestones", str(error))
        if self.problems:
            return None, self.problems
        row = Row(line, action, initiatives, points, milestones)
        if action.pk:
            row.changed_fields = _changes(action, before, initiatives, points, milestones)
            row.change = "changed" if row.changed_fields else "same"
        return row, []

    def problem(self, column: str, message: str) -> None:
        self.problems.append(csv_io.Problem(self.line, column, message))

    def _number(self, number: str) -> str:
        if not number:
            self.problem("number", _("Every action needs a number."))
        elif len(number) > 12:
            self.problem("number", _("At most 12 characters."))
        elif number in self.seen:
            self.problem(
                "number",
                _("Number %(number)s is also on line %(line)s.")
                % {"number": number, "line": self.seen[number]},
            )
        self.seen.setdefault(number, self.line)
        return number

    def _fields(self, action: Action, cells: dict) -> None:
        if "description" in cells:
            action.description = cells["description"]
        if "status" in cells:
            text = cells["status"]
            action.status = self.status_lookup.get(text.lower()) if text else None
            if text and action.status is None:
                keys = ", ".join(s.key for s in self.statuses) or "–"
                self.problem(
                    "status",
                    _("Unknown status “%(text)s”. Use one of: %(keys)s.") % {"text": text, "keys": keys},
                )
        if "weight" in cells:
            action.weight = self._weight(cells["weight"])
        if "responsible_organisation" in cells:
            text = cells["responsible_organisation"]
            organisation = (
                (self.organisations.get(text) or self.organisations.get(text.lower())) if text else None
            )
            if text and organisation is None:
                self.problem(
                    "responsible_organisation",
                    _("No organisation “%(text)s” in the directory.") % {"text": text},
                )
            action.responsible_organisation = organisation
        if "responsible_committee" in cells:
            action.responsible_body = cells["responsible_committee"][:200]
        for column in ("start_date", "end_date"):
            if column in cells:
                setattr(action, column, self._date(column, cells[column]))
        if action.start_date and action.end_date and action.end_date < action.start_date:
            self.problem("end_date", _("The end date cannot be before the start date."))

    def _weight(self, text: str):
        if not text:
            return None
        try:
            weight = csv_io.parse_decimal(text)
            if weight <= 0 or weight >= 10000:
                raise ValueError(_("A weight is a number above 0 (and below 10,000)."))
        except ValueError as error:
            self.problem("weight", str(error))
            return None
        return weight

    def _date(self, column: str, text: str):
        if not text:
            return None
        try:
            return csv_io.parse_date(text)
        except ValueError as error:
            self.problem(column, str(error))
            return None

    def _linked(self, text: str, known: dict, column: str, message) -> list:
        found = []
        for key in csv_io.split_list(text):
            if key in known:
                found.append(known[key])
            else:
                self.problem(column, message(key))
        return found

    @staticmethod
    def _no_initiative(slug: str) -> str:
        return _("No initiative with the address “%(slug)s”.") % {"slug": slug}

    @staticmethod
    def _no_point(number: str) -> str:
        return _("No focus point %(number)s in the policy.") % {"number": number}


def _changes(action: Action, before: dict, initiatives, points, milestones) -> list[str]:
    changed = [name for name, value in before.items() if getattr(action, name) != value]
    if {i.pk for i in initiatives} != {i.pk for i in action.initiatives.all()}:
        changed.append("initiatives")
    if {p.pk for p in points} != {p.pk for p in action.focus_points.all()}:
        changed.append("focus_points")
    if milestones is not None and sorted(milestones) != sorted(
        (m.date, m.title) for m in action.milestones.all()
    ):
        changed.append("milestones")
    return changed


def get_actions_import_preview(*, programme: ActionProgramme, content: bytes) -> csv_io.Parsed:
    """Every row of an actions CSV checked against the programme: what would change, and each row's
    problems by column (nothing is written; services.programmes.import_actions applies it).
    Raises csv_io.CsvError when the file as a whole cannot be read."""
    table = csv_io.read(content, aliases=ALIASES, required=("number", "title"))
    reader = _Reader(programme)
    parsed = csv_io.Parsed()
    for line, cells in table.rows:
        row, problems = reader.row(line, cells, has_milestones="milestones" in table.header)
        if row is None:
            parsed.problems.extend(problems)
        else:
            parsed.rows.append(row)
    return parsed.require_rows(table)


def get_actions_csv(*, programme: ActionProgramme) -> bytes:
    """The programme's actions as CSV, in the format the import reads back."""
    actions = (
        Action.objects.filter(programme=programme)
        .select_related("status", "responsible_organisation")
        .prefetch_related("initiatives", "focus_points", "milestones")
        .order_by("order", "pk")
    )
    return csv_io.write(
        COLUMNS,
        [
            [
                a.number,
                a.title,
                a.description,
                a.status.key if a.status else "",
                csv_io.format_decimal(a.weight),
                a.responsible_organisation.slug if a.responsible_organisation else "",
                a.responsible_body,
                a.start_date.isoformat() if a.start_date else "",
                a.end_date.isoformat() if a.end_date else "",
                ", ".join(sorted(i.slug for i in a.initiatives.all())),
                ", ".join(p.number for p in a.focus_points.all()),
                "\n".join(f"{m.date.isoformat()}: {m.title}" for m in a.milestones.all()),
            ]
            for a in actions
        ],
    )
