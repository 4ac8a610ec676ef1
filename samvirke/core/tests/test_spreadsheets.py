import csv
import io

import pytest

from samvirke.core.spreadsheets import dict_writer, safe_cell, unescape_cell, writer

TEXTS = ["=cmd|' /C calc'!A0", "+45 12 34 56 78", "-x", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "'", "plain"]


@pytest.mark.parametrize("value", TEXTS)
def test_a_cell_never_starts_a_formula_and_reads_back_unchanged(value):
    cell = safe_cell(value)
    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unescape_cell(cell) == value


def test_numbers_stay_numbers():
    assert [safe_cell(v) for v in ("-12", "-3.5", "-3,5", 7, None)] == ["-12", "-3.5", "-3,5", 7, None]


def test_both_writers_escape_every_cell():
    out = io.StringIO()
    writer(out).writerow(["=1+1", "ok", -2])
    rows = dict_writer(out, fieldnames=["a", "b"])
    rows.writerow({"a": "@x", "b": "-1"})
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["'=1+1", "ok", "-2"], ["'@x", "-1"]]
