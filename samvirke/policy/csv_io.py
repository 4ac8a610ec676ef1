"""Reading and writing the policy app's CSV files (measurements, actions): the parts both share.

Files are UTF-8 (a byte-order mark is fine), comma- or semicolon-separated (Danish and Swedish
Excel write semicolons), with a header row. Exports carry a byte-order mark so Excel reads the
æøå right, and import back unchanged (decision 0021, "CSV").
"""

import base64
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core import signing
from django.utils.translation import gettext as _

from samvirke.core.spreadsheets import unescape_cell, writer


class CsvError(ValueError):
    """The file as a whole cannot be read (not a row's problem)."""


@dataclass
class Problem:
    row: int  # the line in the spreadsheet (the header is line 1)
    column: str
    message: str


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line, {canonical column: text})


@dataclass
class Parsed:
    rows: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def require_rows(self, table: Table) -> "Parsed":
        """A file with only a header is a problem too (nothing would be imported)."""
        if not table.rows:
            self.problems.append(Problem(2, "", _("The file has no rows below the header.")))
        return self

    def counts(self) -> dict[str, int]:
        """How many rows are new, changed and unchanged (rows carry .change)."""
        counts = {"new": 0, "changed": 0, "same": 0}
        for row in self.rows:
            counts[row.change] += 1
        return counts


def read(content: bytes, *, aliases: dict[str, str], required: tuple[str, ...]) -> Table:
    """Parse CSV bytes into rows keyed by canonical column names. Raises CsvError."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvError(_("The file is not UTF-8 text. Save it as “CSV UTF-8”.")) from error
    if not text.strip():
        raise CsvError(_("The file is empty."))
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:
        raise CsvError(
            _("The file could not be read as CSV (a cell may be too long): %(error)s") % {"error": error}
        ) from error
    raw_header = lines[0]
    header = []
    for name in raw_header:
        key = aliases.get(name.strip().lower())
        if key is None:
            raise CsvError(_("Unknown column “%(name)s”.") % {"name": name.strip()[:100]})
        header.append(key)
    missing = [name for name in required if name not in header]
    if missing:
        raise CsvError(_("Missing column(s): %(names)s.") % {"names": ", ".join(missing)})
    rows = []
    for line, values in enumerate(lines[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        rows.append(
            (
                line,
                {
                    key: (unescape_cell(values[i].strip()) if i < len(values) else "")
                    for i, key in enumerate(header)
                },
            )
        )
    return Table(header=header, rows=rows)


def write(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    out = writer(buffer, lineterminator="\r\n")
    out.writerow(header)
    out.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")


def parse_date(text: str) -> dt.date:
    """ISO dates, and the day-first dates Danish and Swedish spreadsheets write. Raises ValueError."""
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(_("“%(text)s” is not a date; write it as YYYY-MM-DD.") % {"text": text})


def parse_decimal(text: str) -> Decimal:
    """12.5, 12,5 and 1.234,5 all read as numbers. Raises ValueError."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(_("“%(text)s” is not a number.") % {"text": text}) from error
    if not value.is_finite():
        raise ValueError(_("“%(text)s” is not a number.") % {"text": text})
    return value


def split_list(text: str) -> list[str]:
    """A list in one cell: separated by commas or semicolons (or new lines)."""
    return [item.strip() for item in re.split(r"[;,\n]", text) if item.strip()]


def format_decimal(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


# The uploaded file travels from the preview to the confirmation signed, so it cannot be altered
# in between and nothing is stored on the server until the editor confirms.
def sign_upload(*, content: bytes, salt: str) -> str:
    return signing.dumps({"content": base64.b64encode(content).decode()}, salt=salt, compress=True)


def unsign_upload(*, payload: str, salt: str, max_age: int = 3600) -> bytes:
    """Raises signing.BadSignature (also when expired)."""
    return base64.b64decode(signing.loads(payload, salt=salt, max_age=max_age)["content"])
