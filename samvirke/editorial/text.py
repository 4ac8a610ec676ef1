"""Plain text from hostile input: every string a visitor sends is cleaned here before it is stored."""

import html
import re

import nh3
from django.utils.translation import ngettext

# Control characters other than tab and newline have no place in handbook text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def clean_text(value: str, *, multiline: bool = True) -> str:
    """Strip every HTML tag (and script/style content), control characters and outer whitespace.

    nh3 with no allowed tags leaves text with entities escaped; they are unescaped again, because
    the result is stored as plain text and escaped by the templates when shown.
    """
    if not value:
        return ""
    text = html.unescape(nh3.clean(str(value), tags=set(), attributes={}, strip_comments=True))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        text = " ".join(text.split())
    else:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def count_links(value: str) -> int:
    return len(_LINK.findall(value or ""))


def describe_counts(totals: dict) -> str:
    """An edition's totals in words, each count with its own plural form ("1 ny, 2 ændrede, …")."""
    parts = [
        ngettext("%(count)s new", "%(count)s new", totals.get("new", 0)),
        ngettext("%(count)s changed", "%(count)s changed", totals.get("changed", 0)),
        ngettext("%(count)s ended", "%(count)s ended", totals.get("ended", 0)),
        ngettext("%(count)s removed", "%(count)s removed", totals.get("removed", 0)),
    ]
    keys = ["new", "changed", "ended", "removed"]
    return ", ".join(part % {"count": totals.get(key, 0)} for part, key in zip(parts, keys, strict=True))
