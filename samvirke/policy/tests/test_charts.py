"""Server-rendered SVG charts: described, readable without colour, free of inline style."""

import datetime as dt
import re
import xml.etree.ElementTree as ET  # parses our own markup, not untrusted input
from decimal import Decimal

import pytest
from django.utils import translation

from samvirke.policy.charts import Chart, Series, fmt, indicator_chart, render
from samvirke.policy.tests.factories import IndicatorFactory, MeasurementFactory

SVG = "{http://www.w3.org/2000/svg}"


def chart(**changes):
    values = {
        "id": "c1",
        "title": "Jobs <within> a year",
        "description": "Silkeborg & the national average",
        "unit": "%",
        "series": [
            Series(
                "own",
                "Silkeborg",
                [(dt.date(2016, 6, 30), Decimal("15.2")), (dt.date(2018, 12, 31), Decimal("31.6"))],
            ),
            Series(
                "comparator",
                "Landsgennemsnit",
                [(dt.date(2016, 6, 30), Decimal("16.1")), (dt.date(2018, 12, 31), Decimal("27.4"))],
            ),
            Series(
                "target", "Plan", [(dt.date(2015, 12, 31), Decimal(14)), (dt.date(2018, 12, 31), Decimal(30))]
            ),
        ],
    }
    values.update(changes)
    return render(Chart(**values))


def test_the_svg_is_an_image_with_a_title_and_a_description():
    result = chart()
    root = ET.fromstring(str(result.svg))  # noqa: S314
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "c1-title c1-desc"
    assert (
        root.find(f"{SVG}title").text == "Jobs <within> a year"
    )  # escaped in the markup, intact when parsed
    assert root.find(f"{SVG}desc").text == "Silkeborg & the national average"


def test_series_differ_by_marker_and_dash_not_only_by_colour():
    svg = str(chart().svg)
    root = ET.fromstring(svg)  # noqa: S314
    lines = root.findall(f"{SVG}polyline")
    assert [line.get("stroke-dasharray") for line in lines] == [None, "8 5", "2 4"]
    assert root.findall(f"{SVG}circle") and root.findall(f"{SVG}rect") and root.findall(f"{SVG}path")
    # Every line is named at its end and in the legend.
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Silkeborg: 31.6 %" in texts and "Landsgennemsnit: 27.4 %" in texts
    assert texts.count("Silkeborg") == 1  # the legend


def test_no_inline_style_or_script_so_the_csp_holds():
    svg = str(chart().svg)
    assert "style=" not in svg and "<script" not in svg and "<style" not in svg


def test_the_table_has_one_row_per_date_and_a_column_per_series():
    result = chart()
    assert [row["date"] for row in result.rows][:2] == ["12/31/2015", "06/30/2016"]
    assert result.rows[1]["values"] == ["15.2", "16.1", ""]


def test_a_chart_without_points_renders_nothing():
    result = chart(series=[Series("own", "Silkeborg", [])])
    assert str(result.svg) == "" and result.rows == []


def test_numbers_are_written_as_the_language_writes_them():
    with translation.override("da"):
        assert fmt(Decimal("31.600"), "%") == "31,6 %"
        assert fmt(Decimal("42.000"), "personer") == "42 personer"
    assert fmt(None) == ""


@pytest.mark.django_db
def test_indicator_chart_draws_own_comparator_and_plan_up_to_the_day_asked():
    indicator = IndicatorFactory(name="Andel i job", comparator_name="Landsgennemsnit")
    MeasurementFactory(indicator=indicator, date=dt.date(2016, 6, 30), value=Decimal("15.2"))
    MeasurementFactory(indicator=indicator, date=dt.date(2019, 6, 30), value=Decimal("32.4"))
    MeasurementFactory(indicator=indicator, series="comparator", date=dt.date(2016, 6, 30), value=Decimal(16))
    result = indicator_chart(indicator, own_label="Silkeborg", as_of=dt.date(2018, 12, 31))
    assert [s.key for s in result.series] == ["own", "comparator", "target"]
    assert len(result.series[0].points) == 1  # 2019 lies after the day asked
    assert "Landsgennemsnit" in result.description and "Silkeborg" in result.description
    assert re.search(r'<svg[^>]+viewBox="0 0 640 \d+"', str(result.svg))
