"""The CSV helpers both imports share: delimiters, headers, numbers and dates as spreadsheets write them."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import signing

from samvirke.policy import csv_io

ALIASES = {"number": "number", "nummer": "number", "title": "title", "titel": "title"}


def test_semicolons_and_a_byte_order_mark_are_read():
    table = csv_io.read(
        "\ufeffNummer;Titel\n1;Velkomst\n\n2;Folder\n".encode(), aliases=ALIASES, required=("number",)
    )
    assert table.header == ["number", "title"]
    assert table.rows == [(2, {"number": "1", "title": "Velkomst"}), (4, {"number": "2", "title": "Folder"})]


def test_commas_work_too_and_short_rows_get_empty_cells():
    table = csv_io.read(b"number,title\n1\n", aliases=ALIASES, required=("number",))
    assert table.rows == [(2, {"number": "1", "title": ""})]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"number,colour\n1,red\n", "Unknown column"),
        (b"title\nx\n", "Missing column"),
        ("number\n1\n".encode("utf-16"), "UTF-8"),
    ],
)
def test_unreadable_files_say_why(content, message):
    with pytest.raises(csv_io.CsvError, match=message):
        csv_io.read(content, aliases=ALIASES, required=("number",))


@pytest.mark.parametrize(
    ("text", "value"), [("12.5", "12.5"), ("12,5", "12.5"), ("1.234,5", "1234.5"), (" 30 % ", "30")]
)
def test_numbers_as_spreadsheets_write_them(text, value):
    assert csv_io.parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "NaN", "inf"])
def test_what_is_not_a_number(text):
    with pytest.raises(ValueError, match="not a number"):
        csv_io.parse_decimal(text)


@pytest.mark.parametrize("text", ["2018-12-31", "31-12-2018", "31.12.2018", "31/12/2018"])
def test_dates_iso_or_day_first(text):
    assert csv_io.parse_date(text) == dt.date(2018, 12, 31)


def test_a_bad_date_names_the_format():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        csv_io.parse_date("2018-31-12")


def test_written_files_open_in_excel_and_read_back():
    content = csv_io.write(["number", "title"], [["1", "Æble; pære"], ["2", "Linje\nto"]])
    assert content.startswith("\ufeff".encode())
    table = csv_io.read(content, aliases=ALIASES, required=("number",))
    assert [cells["title"] for _line, cells in table.rows] == ["Æble; pære", "Linje\nto"]


def test_a_signed_upload_cannot_be_altered():
    payload = csv_io.sign_upload(content=b"number\n1\n", salt="s")
    assert csv_io.unsign_upload(payload=payload, salt="s") == b"number\n1\n"
    with pytest.raises(signing.BadSignature):
        csv_io.unsign_upload(payload=payload[:-2] + "xx", salt="s")
    with pytest.raises(signing.BadSignature):
        csv_io.unsign_upload(payload=payload, salt="other")
