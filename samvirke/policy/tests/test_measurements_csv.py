"""Measurements CSV: export, import back unchanged, per-row problems, all or nothing."""

import datetime as dt
from decimal import Decimal

import pytest

from samvirke.policy import csv_io
from samvirke.policy.models import Measurement
from samvirke.policy.selectors import measurements_csv
from samvirke.policy.services import results as result_services
from samvirke.policy.tests.factories import IndicatorFactory, MeasurementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator():
    indicator = IndicatorFactory(name="Andel i job")
    MeasurementFactory(
        indicator=indicator, date=dt.date(2016, 6, 30), value=Decimal("15.2"), source="Jobindsats"
    )
    MeasurementFactory(
        indicator=indicator, series="comparator", date=dt.date(2016, 6, 30), value=Decimal("16.1")
    )
    return indicator


def test_export_then_import_back_changes_nothing(indicator):
    policy = indicator.criterion.policy
    content = measurements_csv.get_measurements_csv(policy=policy)
    parsed = measurements_csv.get_measurements_import_preview(policy=policy, content=content)
    assert parsed.ok
    assert [row.change for row in parsed.rows] == ["same", "same"]
    assert result_services.import_measurements(parsed=parsed) == {"new": 0, "changed": 0, "same": 2}
    assert Measurement.objects.count() == 2


def test_new_rows_and_corrections_by_name_or_id_with_danish_headers(indicator):
    policy = indicator.criterion.policy
    content = (
        "Indikator;Serie;Dato;Værdi;Kilde\n"
        f"{indicator.pk};egen;30-06-2016;15,9;Jobindsats\n"
        "andel i job;;2016-12-31;17,9;Jobindsats\n"
    ).encode()
    parsed = measurements_csv.get_measurements_import_preview(policy=policy, content=content)
    assert parsed.ok, parsed.problems
    assert [(row.change, row.previous) for row in parsed.rows] == [
        ("changed", Decimal("15.2")),
        ("new", None),
    ]
    result_services.import_measurements(parsed=parsed)
    assert list(indicator.measurements.filter(series="own").values_list("value", flat=True)) == [
        Decimal("15.9"),
        Decimal("17.9"),
    ]


def test_bad_rows_are_named_and_nothing_is_imported(indicator):
    policy = indicator.criterion.policy
    other = IndicatorFactory(name="Fremmed")  # another policy's indicator
    content = (
        b"indicator,series,date,value,source\n"
        b"Andel i job,own,2017-06-30,21.5,ok\n"
        b"Fremmed,own,2017-06-30,1,\n"
        b"Andel i job,budget,2017-06-30,1,\n"
        b"Andel i job,own,2017-31-12,1,\n"
        b"Andel i job,own,2017-12-31,mange,\n"
        b"Andel i job,own,2017-06-30,22,duplicate\n"
    )
    parsed = measurements_csv.get_measurements_import_preview(policy=policy, content=content)
    assert not parsed.ok
    assert [(p.row, p.column) for p in parsed.problems] == [
        (3, "indicator"),
        (4, "series"),
        (5, "date"),
        (6, "value"),
        (7, "date"),
    ]
    assert "line 2" in parsed.problems[-1].message
    assert other.measurements.count() == 0
    assert Measurement.objects.count() == 2


def test_a_file_without_rows_is_a_problem(indicator):
    parsed = measurements_csv.get_measurements_import_preview(
        policy=indicator.criterion.policy, content=b"indicator,date,value\n"
    )
    assert not parsed.ok and parsed.problems[0].message == "The file has no rows below the header."


def test_a_file_without_the_required_columns_is_refused(indicator):
    with pytest.raises(csv_io.CsvError, match="value"):
        measurements_csv.get_measurements_import_preview(
            policy=indicator.criterion.policy, content=b"indicator,date\nx,2017-01-01\n"
        )
