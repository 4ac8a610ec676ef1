"""A programme's actions as CSV, in one format for export and import (export, edit, import back).

Columns (English or Danish headers): number, title, description, status (a status key or name),
weight, responsible_organisation (an organisation's slug or name), responsible_committee,
start_date, end_date, initiatives (slugs), focus_points (numbers), milestones (one per line:
"YYYY-MM-DD: title"). Rows are matched to actions by number: a known number updates the action,
a new number adds one; actions missing from the file are left alone. When the milestones column
is present it replaces each listed action's milestones. All or nothing: one bad row, no change.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.policy import csv_io
from samvirke.policy.models import Action, ActionProgramme, FocusPoint, Milestone
from samvirke.policy.services import save_action

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


def parse(*, programme: ActionProgramme, content: bytes) -> csv_io.Parsed:
    """Check every row. Raises csv_io.CsvError when the file as a whole cannot be read."""
    from samvirke.policy.selectors import statuses_for

    table = csv_io.read(content, aliases=ALIASES, required=("number", "title"))
    has_milestones = "milestones" in table.header
    statuses = list(statuses_for(programme=programme))
    status_lookup = {s.key.lower(): s for s in statuses} | {s.name.lower(): s for s in statuses}
    organisations = list(Organisation.objects.for_municipality(programme.municipality))
    organisation_lookup = {o.slug: o for o in organisations} | {o.name.lower(): o for o in organisations}
    initiatives = {i.slug: i for i in Initiative.objects.for_municipality(programme.municipality)}
    points = {}
    for point in FocusPoint.objects.filter(focus_area__policy=programme.policy).select_related("focus_area"):
        points.setdefault(point.number, point)
    existing = {
        a.number: a
        for a in Action.objects.filter(programme=programme).prefetch_related(
            "initiatives", "focus_points", "milestones"
        )
    }
    parsed = csv_io.Parsed()
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        problems = []

        def problem(column, message, problems=problems, line=line):
            problems.append(csv_io.Problem(line, column, message))

        number = cells.get("number", "")
        if not number:
            problem("number", _("Every action needs a number."))
        elif len(number) > 12:
            problem("number", _("At most 12 characters."))
        elif number in seen:
            problem(
                "number",
                _("Number %(number)s is also on line %(line)s.") % {"number": number, "line": seen[number]},
            )
        seen.setdefault(number, line)
        title = cells.get("title", "")
        if not title:
            problem("title", _("Every action needs a title."))
        elif len(title) > 300:
            problem("title", _("At most 300 characters."))
        action = existing.get(number) or Action(programme=programme, number=number)
        before = {
            name: getattr(action, name)
            for name in (
                "title",
                "description",
                "status_id",
                "weight",
                "responsible_organisation_id",
                "responsible_body",
                "start_date",
                "end_date",
            )
        }
        action.title = title
        if "description" in cells:
            action.description = cells["description"]
        if "status" in cells:
            text = cells["status"]
            status = status_lookup.get(text.lower()) if text else None
            if text and status is None:
                problem(
                    "status",
                    _("Unknown status “%(text)s”. Use one of: %(keys)s.")
                    % {"text": text, "keys": ", ".join(s.key for s in statuses) or "–"},
                )
            action.status = status
        if "weight" in cells:
            action.weight = None
            if cells["weight"]:
                try:
                    action.weight = csv_io.parse_decimal(cells["weight"])
                    if action.weight <= 0 or action.weight >= 10000:
                        raise ValueError(_("A weight is a number above 0 (and below 10,000)."))
                except ValueError as error:
                    problem("weight", str(error))
                    action.weight = None
        if "responsible_organisation" in cells:
            text = cells["responsible_organisation"]
            organisation = (
                organisation_lookup.get(text) or organisation_lookup.get(text.lower()) if text else None
            )
            if text and organisation is None:
                problem(
                    "responsible_organisation",
                    _("No organisation “%(text)s” in the directory.") % {"text": text},
                )
            action.responsible_organisation = organisation
        if "responsible_committee" in cells:
            action.responsible_body = cells["responsible_committee"][:200]
        for column in ("start_date", "end_date"):
            if column in cells:
                value = None
                if cells[column]:
                    try:
                        value = csv_io.parse_date(cells[column])
                    except ValueError as error:
                        problem(column, str(error))
                setattr(action, column, value)
        if action.start_date and action.end_date and action.end_date < action.start_date:
            problem("end_date", _("The end date cannot be before the start date."))
        linked_initiatives = list(action.initiatives.all()) if action.pk else []
        if "initiatives" in cells:
            linked_initiatives = []
            for slug in csv_io.split_list(cells["initiatives"]):
                if slug in initiatives:
                    linked_initiatives.append(initiatives[slug])
                else:
                    problem("initiatives", _("No initiative with the address “%(slug)s”.") % {"slug": slug})
        linked_points = list(action.focus_points.all()) if action.pk else []
        if "focus_points" in cells:
            linked_points = []
            for point_number in csv_io.split_list(cells["focus_points"]):
                if point_number in points:
                    linked_points.append(points[point_number])
                else:
                    problem(
                        "focus_points",
                        _("No focus point %(number)s in the policy.") % {"number": point_number},
                    )
        milestones = None
        if has_milestones:
            try:
                milestones = _milestones(cells.get("milestones", ""))
            except ValueError as error:
                problem("milestones", str(error))
        if problems:
            parsed.problems.extend(problems)
            continue
        row = Row(line, action, linked_initiatives, linked_points, milestones)
        if action.pk:
            row.changed_fields = [name for name, value in before.items() if getattr(action, name) != value]
            if {i.pk for i in linked_initiatives} != {i.pk for i in action.initiatives.all()}:
                row.changed_fields.append("initiatives")
            if {p.pk for p in linked_points} != {p.pk for p in action.focus_points.all()}:
                row.changed_fields.append("focus_points")
            if milestones is not None and sorted(milestones) != sorted(
                (m.date, m.title) for m in action.milestones.all()
            ):
                row.changed_fields.append("milestones")
            row.change = "changed" if row.changed_fields else "same"
        parsed.rows.append(row)
    if not table.rows:
        parsed.problems.append(csv_io.Problem(2, "", _("The file has no rows below the header.")))
    return parsed


@transaction.atomic
def write(*, parsed: csv_io.Parsed) -> dict[str, int]:
    """Apply a problem-free parse, or nothing. Returns counts of new, changed and unchanged actions."""
    counts = {"new": 0, "changed": 0, "same": 0}
    for row in parsed.rows:
        counts[row.change] += 1
        if row.change == "same":
            continue
        action = save_action(action=row.action, initiatives=row.initiatives, focus_points=row.focus_points)
        if row.milestones is not None:
            wanted = set(row.milestones)
            for milestone in action.milestones.all():
                if (milestone.date, milestone.title) not in wanted:
                    milestone.delete()
            have = set(action.milestones.values_list("date", "title"))
            for date, title in row.milestones:
                if (date, title) not in have:
                    milestone = Milestone(action=action, date=date, title=title)
                    milestone.full_clean()
                    milestone.save()
                    have.add((date, title))
    return counts


def export(*, programme: ActionProgramme) -> bytes:
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
