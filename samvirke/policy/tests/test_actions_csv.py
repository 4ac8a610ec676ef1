"""Actions CSV in one format: export, edit, import back; bad rows named; all or nothing."""

import datetime as dt
from decimal import Decimal

import pytest

from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy import csv_io
from samvirke.policy.models import Action, Milestone
from samvirke.policy.selectors import actions_csv
from samvirke.policy.services import programmes as programme_services
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    FocusPointFactory,
    MilestoneFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme():
    programme = ProgrammeFactory()
    place = programme.municipality
    started = ActionStatusFactory(municipality=place, key="started", name="Started", progress=30)
    ActionStatusFactory(municipality=place, key="done", name="Done", progress=100)
    school = OrganisationFactory(municipality=place, slug="skolen", name="Skolen")
    cafe = InitiativeFactory(municipality=place, slug="lektiecafe")
    point = FocusPointFactory(focus_area__policy=programme.policy, number="10")
    action = ActionFactory(
        programme=programme,
        number="10",
        title="Dansksproglige kompetencer",
        status=started,
        weight=Decimal(2),
        responsible_organisation=school,
        responsible_body="Børne- og Skoleudvalget",
        start_date=dt.date(2012, 8, 1),
    )
    action.initiatives.set([cafe])
    action.focus_points.set([point])
    MilestoneFactory(action=action, date=dt.date(2012, 8, 1), title="Sprogvurdering")
    ActionFactory(programme=programme, number="11", title="Hillerød læser")
    return programme


def _rows(content: bytes) -> list[dict]:
    return [cells for _line, cells in csv_io.read(content, aliases=actions_csv.ALIASES, required=()).rows]


def test_export_then_import_back_changes_nothing(programme):
    content = actions_csv.get_actions_csv(programme=programme)
    rows = _rows(content)
    assert rows[0] == {
        "number": "10",
        "title": "Dansksproglige kompetencer",
        "description": "",
        "status": "started",
        "weight": "2",
        "responsible_organisation": "skolen",
        "responsible_committee": "Børne- og Skoleudvalget",
        "start_date": "2012-08-01",
        "end_date": "",
        "initiatives": "lektiecafe",
        "focus_points": "10",
        "milestones": "2012-08-01: Sprogvurdering",
    }
    parsed = actions_csv.get_actions_import_preview(programme=programme, content=content)
    assert parsed.ok, parsed.problems
    assert [row.change for row in parsed.rows] == ["same", "same"]
    assert programme_services.import_actions(parsed=parsed) == {"new": 0, "changed": 0, "same": 2}


def test_edit_in_a_spreadsheet_and_import_back(programme):
    rows = _rows(actions_csv.get_actions_csv(programme=programme))
    rows[0].update(status="done", weight="3", milestones="2012-08-01: Sprogvurdering\n2013-06-01: Evaluering")
    rows.append(
        dict.fromkeys(actions_csv.COLUMNS, "")
        | {"number": "12", "title": "Ungdomsuddannelse", "status": "Started"}
    )
    content = csv_io.write(actions_csv.COLUMNS, [[row[c] for c in actions_csv.COLUMNS] for row in rows])
    parsed = actions_csv.get_actions_import_preview(programme=programme, content=content)
    assert parsed.ok, parsed.problems
    assert [(row.action.number, row.change) for row in parsed.rows] == [
        ("10", "changed"),
        ("11", "same"),
        ("12", "new"),
    ]
    assert set(parsed.rows[0].changed_fields) == {"status_id", "weight", "milestones"}
    assert programme_services.import_actions(parsed=parsed) == {"new": 1, "changed": 1, "same": 1}
    action = Action.objects.get(programme=programme, number="10")
    assert (action.status.key, action.weight, action.progress) == ("done", Decimal(3), 100)
    assert list(action.milestones.values_list("title", flat=True)) == ["Sprogvurdering", "Evaluering"]
    orders = dict(Action.objects.filter(programme=programme).values_list("number", "order"))
    assert orders["12"] > max(orders["10"], orders["11"])  # added at the end
    # Exported again, it reads the same.
    assert (
        actions_csv.get_actions_import_preview(
            programme=programme, content=actions_csv.get_actions_csv(programme=programme)
        )
        .rows[0]
        .change
        == "same"
    )


def test_bad_rows_are_named_by_line_and_column_and_nothing_changes(programme):
    content = (
        "number;title;status;weight;responsible_organisation;start_date;end_date;initiatives;focus_points;milestones\n"
        "10;Ny titel;started;;;;;;;\n"
        "10;Dobbelt;;;;;;;;\n"
        ";Uden nummer;;;;;;;;\n"
        "13;Ukendt status;halvvejs;;;;;;;\n"
        "14;Vægt;;-1;;;;;;\n"
        "15;Organisation;;;ukendt-forening;;;;;\n"
        "16;Datoer;;;;2013-01-01;2012-01-01;;;\n"
        "17;Links;;;;;;findes-ikke;99;\n"
        "18;Milepæl;;;;;;;;2013-01-01 uden kolon\n"
    ).encode()
    parsed = actions_csv.get_actions_import_preview(programme=programme, content=content)
    assert not parsed.ok
    assert [(p.row, p.column) for p in parsed.problems] == [
        (3, "number"),
        (4, "number"),
        (5, "status"),
        (6, "weight"),
        (7, "responsible_organisation"),
        (8, "end_date"),
        (9, "initiatives"),
        (9, "focus_points"),
        (10, "milestones"),
    ]
    assert "started, done" in parsed.problems[2].message
    assert Action.objects.get(programme=programme, number="10").title == "Dansksproglige kompetencer"
    assert Action.objects.filter(programme=programme).count() == 2


def test_without_a_milestones_column_milestones_stay(programme):
    parsed = actions_csv.get_actions_import_preview(
        programme=programme, content=b"number,title\n10,Ny titel\n"
    )
    assert parsed.ok
    programme_services.import_actions(parsed=parsed)
    assert Milestone.objects.filter(action__number="10").count() == 1
    assert Action.objects.get(programme=programme, number="10").initiatives.count() == 1


def test_the_import_matches_actions_of_this_programme_only(programme):
    other = ActionFactory(number="10", title="Another programme's action")
    programme_services.import_actions(
        parsed=actions_csv.get_actions_import_preview(
            programme=programme, content=b"number,title\n10,Ny titel\n"
        )
    )
    other.refresh_from_db()
    assert other.title == "Another programme's action"
