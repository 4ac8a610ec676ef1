"""Short links and QR codes for posters (decision 0072): `/g/<code>` opens an activity in the reader's language.

The code is the activity's primary key written in 31 letters and digits that are hard to misread
(no 0/o, 1/l/i): stable for as long as the activity exists, no table to keep, short enough to type
from a poster. It is not secret; the guide is public.
"""

import io

import segno
from django.urls import reverse
from django.utils.safestring import mark_safe

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def short_code(pk: int) -> str:
    digits = ""
    while True:
        pk, rest = divmod(pk, len(ALPHABET))
        digits = ALPHABET[rest] + digits
        if not pk:
            return digits


def pk_from_code(code: str) -> int | None:
    """The primary key a code stands for, or None for a string no code looks like."""
    if not code or len(code) > 12 or any(c not in ALPHABET for c in code):
        return None
    pk = 0
    for c in code:
        pk = pk * len(ALPHABET) + ALPHABET.index(c)
    return pk


def short_url(request, initiative) -> str:
    """The activity's short link, absolute, as a poster prints it."""
    return request.build_absolute_uri(reverse("guide:short", kwargs={"code": short_code(initiative.pk)}))


def qr_svg(url: str, *, title: str) -> str:
    """A QR code of `url` as an SVG document: dark modules on white, a quiet zone, scalable for posters."""
    code = segno.make(url, error="m", micro=False)
    # Scale 1 and a viewBox: one path, about 2 KB, sharp at any size. segno escapes the title and the
    # data is only modules, so the markup is safe to put in a page.
    return mark_safe(
        code.svg_inline(scale=1, border=4, title=title, svgclass="qr", lineclass=None, omitsize=True)
    )


def qr_svg_file(url: str) -> bytes:
    """The same code as a standalone SVG file with a white background, titled with its address."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=4, light="#fff", title=url)
    return buffer.getvalue()
