"""The one CSV writer of every export: cells that a spreadsheet would run as a formula are neutralised.

A cell starting with =, +, -, @, a tab or a carriage return is a formula to Excel and LibreOffice
(`=cmd|' /C calc'!A0` runs a program on some), so it is written with an apostrophe in front, which
makes it text. Numbers (-12, -3.5) stay numbers. Imports read the apostrophe back off
(`unescape_cell`), so an export imports unchanged (OWASP "CSV injection").
"""

import csv
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def safe_cell(value):
    """The value as it may stand in a spreadsheet cell; anything but text is returned as it is."""
    if not isinstance(value, str) or _NUMBER.fullmatch(value):
        return value
    # Apostrophes already in front are escaped too, so unescape_cell gives back exactly the value.
    if value.lstrip("'")[:1] in FORMULA_STARTS and value.lstrip("'") != "":
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """The inverse of safe_cell, for imports."""
    if value.startswith("'") and value.lstrip("'")[:1] in FORMULA_STARTS and value.lstrip("'") != "":
        return value[1:]
    return value


class _SafeWriter:
    def __init__(self, handle, **options):
        self._writer = csv.writer(handle, **options)

    def writerow(self, row) -> None:
        self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


class _SafeDictWriter(csv.DictWriter):
    def __init__(self, handle, fieldnames, *, restval="", extrasaction="raise", dialect="excel", **options):
        super().__init__(handle, fieldnames, restval, extrasaction, dialect, **options)
        self.writer = _SafeWriter(handle, dialect=dialect, **options)


def writer(handle, **options) -> _SafeWriter:
    """csv.writer whose every text cell goes through safe_cell."""
    return _SafeWriter(handle, **options)


def dict_writer(handle, fieldnames, **options) -> csv.DictWriter:
    """csv.DictWriter whose every text cell goes through safe_cell (the header row too)."""
    return _SafeDictWriter(handle, fieldnames, **options)
