"""Reads for measurements as CSV (results, decision 0066), for all indicators of one policy: export,
edit in a spreadsheet, import back (the write is services.results.import_measurements).

Columns (English or Danish/Swedish headers): indicator (its id or exact name), series (own or
comparator), date, value, source. A row for an indicator, series and date that already has a
measurement corrects it; the import is all or nothing.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from samvirke.policy import csv_io
from samvirke.policy.models import Indicator, Measurement, Policy

COLUMNS = ["indicator", "series", "date", "value", "source"]
ALIASES = {
    **{name: name for name in COLUMNS},
    "indikator": "indicator",
    "serie": "series",
    "dato": "date",
    "datum": "date",
    "værdi": "value",
    "vaerdi": "value",
    "värde": "value",
    "kilde": "source",
    "källa": "source",
}
SERIES = {
    "own": Measurement.Series.OWN,
    "egen": Measurement.Series.OWN,
    "kommune": Measurement.Series.OWN,
    "kommun": Measurement.Series.OWN,
    "comparator": Measurement.Series.COMPARATOR,
    "sammenligning": Measurement.Series.COMPARATOR,
    "jämförelse": Measurement.Series.COMPARATOR,
}
SALT = "samvirke.policy.measurements-csv"


@dataclass
class Row:
    line: int
    indicator: Indicator
    series: str
    date: object
    value: Decimal
    source: str
    previous: Decimal | None  # the value it replaces, if any

    @property
    def change(self) -> str:
        if self.previous is None:
            return "new"
        return "same" if self.previous == self.value else "changed"


def get_measurements_import_preview(*, policy: Policy, content: bytes) -> csv_io.Parsed:
    """Every row of a measurements CSV checked against the policy's indicators: what would change, and
    each row's problems (nothing is written; services.results.import_measurements applies it).
    Raises csv_io.CsvError for an unreadable file."""
    table = csv_io.read(content, aliases=ALIASES, required=("indicator", "date", "value"))
    indicators = list(Indicator.objects.filter(criterion__policy=policy))
    by_id = {str(i.pk): i for i in indicators}
    by_name = {i.name.strip().lower(): i for i in indicators}
    existing = {
        (m.indicator_id, m.series, m.date): m.value
        for m in Measurement.objects.filter(indicator__criterion__policy=policy)
    }
    parsed = csv_io.Parsed()
    seen = {}
    for line, cells in table.rows:
        problems = []
        name = cells.get("indicator", "")
        indicator = by_id.get(name) or by_name.get(name.lower())
        if indicator is None:
            problems.append(("indicator", _("No indicator “%(name)s” in this policy.") % {"name": name}))
        series_text = cells.get("series", "").lower() or "own"
        series = SERIES.get(series_text)
        if series is None:
            problems.append(
                ("series", _("Write “own” or “comparator”, not “%(text)s”.") % {"text": series_text})
            )
        date = value = None
        try:
            date = csv_io.parse_date(cells.get("date", ""))
        except ValueError as error:
            problems.append(("date", str(error)))
        try:
            value = csv_io.parse_decimal(cells.get("value", ""))
            if abs(value) >= Decimal("1e11"):
                raise ValueError(_("The number is too large."))
        except ValueError as error:
            problems.append(("value", str(error)))
        source = cells.get("source", "")
        if len(source) > 300:
            problems.append(("source", _("At most 300 characters.")))
        if not problems:
            key = (indicator.pk, series, date)
            if key in seen:
                problems.append(
                    (
                        "date",
                        _("The same indicator, series and date is also on line %(line)s.")
                        % {"line": seen[key]},
                    )
                )
            seen[key] = line
        if problems:
            parsed.problems.extend(csv_io.Problem(line, column, message) for column, message in problems)
            continue
        parsed.rows.append(
            Row(line, indicator, series, date, value, source, existing.get((indicator.pk, series, date)))
        )
    return parsed.require_rows(table)


def get_measurements_csv(*, policy: Policy) -> bytes:
    """Every measurement of the policy as CSV, in the format the import reads back."""
    measurements = (
        Measurement.objects.filter(indicator__criterion__policy=policy)
        .select_related("indicator")
        .order_by("indicator__criterion__order", "indicator_id", "series", "date")
    )
    return csv_io.write(
        COLUMNS,
        [
            [m.indicator.name, m.series, m.date.isoformat(), csv_io.format_decimal(m.value), m.source]
            for m in measurements
        ],
    )
