"""Writes for a policy's results: measurements of its indicators, one at a time or from a CSV file
(decision 0066)."""

import datetime as dt
from decimal import Decimal

from django.db import transaction

from samvirke.policy import csv_io
from samvirke.policy.models import Measurement
from samvirke.policy.services.parts import save_validated


@transaction.atomic
def record_measurement(
    *, indicator_id: int, series: str, date: dt.date, value: Decimal, source: str = ""
) -> tuple[Measurement, bool]:
    """Add a measurement, or correct the value of the one on the same date and series.

    Returns (measurement, created). Raises ValidationError.
    """
    measurement = Measurement.objects.filter(indicator_id=indicator_id, series=series, date=date).first()
    created = measurement is None
    if created:
        measurement = Measurement(indicator_id=indicator_id, series=series, date=date)
    measurement.value = value
    measurement.source = source
    save_validated(measurement)
    return measurement, created


@transaction.atomic
def import_measurements(*, parsed: csv_io.Parsed) -> dict[str, int]:
    """Record every row of a problem-free measurements CSV preview, or none (all or nothing).

    Returns counts of new, changed and unchanged rows. Raises ValidationError.
    """
    for row in parsed.rows:
        if row.change != "same":
            record_measurement(
                indicator_id=row.indicator.pk,
                series=row.series,
                date=row.date,
                value=row.value,
                source=row.source,
            )
    return parsed.counts()
