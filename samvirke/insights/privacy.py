"""What may be recorded about a reader, and how a query is normalised before it is (docs/privacy.md).

A query is counted only after normalisation and only when it cannot be a personal detail (an
e-mail address, a phone or CPR number): people do type those into search boxes.
"""

import datetime as dt
import hashlib
import re
import secrets
import unicodedata

from django.core.cache import cache
from django.utils import timezone

from samvirke.core.clients import client_ip

MAX_QUERY = 100
MAX_WORDS = 8
_PERSONAL = re.compile(r"@|\d[\d\s\-]{5,}\d")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
# Crawlers: never counted.
_CRAWLERS = re.compile(r"bot|crawl|spider|slurp|archiver|facebookexternalhit|preview", re.IGNORECASE)
# Page views also leave out monitors and command-line clients, and an empty User-Agent (browsers send
# one). Searches do not: the search API is for programs, and a program's search that found nothing
# is as telling as a person's.
_BOTS = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetch|monitor|preview|scan|curl|wget|python|httpx|"
    r"java/|go-http|headless|lighthouse|pingdom|uptime|facebookexternalhit|whatsapp|^$",
    re.IGNORECASE,
)


def normalise_query(text: str) -> str | None:
    """The query as counted (NFKC, case-folded, spaces collapsed, edge punctuation off, at most 8
    words and 100 characters), or None when it is empty or looks like a personal detail."""
    # Tabs and line breaks separate words; other control and invisible characters are dropped.
    text = "".join(
        " " if ch.isspace() else ch
        for ch in unicodedata.normalize("NFKC", text or "")
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    words = [_EDGES.sub("", word) for word in text.casefold().split()]
    query = " ".join(word for word in words if word)[: MAX_QUERY * 2]
    query = " ".join(query.split()[:MAX_WORDS])[:MAX_QUERY].strip()
    if not query or _PERSONAL.search(query):
        return None
    return query


def asker_of(request) -> dict:
    """What record_search needs to tell askers apart for a day: used for a salted hash, never stored."""
    return {"client": client_ip(request), "user_agent": request.headers.get("User-Agent", "")[:256]}


def is_bot(user_agent: str | None) -> bool:
    """Not a person reading a page: left out of page views."""
    return bool(_BOTS.search((user_agent or "")[:512]))


def is_crawler(user_agent: str | None) -> bool:
    """A search engine's or preview's crawler: left out of every count."""
    return bool(_CRAWLERS.search((user_agent or "")[:512]))


def first_time_today(*parts: str) -> bool:
    """True the first time today these parts (e.g. client address, User-Agent, query) are seen.

    Only a hash salted with today's random salt is kept, in the cache, until the day ends; the
    salt is never stored in the database, so yesterday's hashes cannot be recomputed (decision 0075).
    """
    today = timezone.localdate().isoformat()
    salt = cache.get_or_set(f"insights:salt:{today}", secrets.token_hex(16), timeout=_seconds_left_today())
    digest = hashlib.sha256("\x1f".join((salt, *parts)).encode()).hexdigest()[:24]
    return cache.add(f"insights:seen:{today}:{digest}", 1, timeout=_seconds_left_today())


def _seconds_left_today() -> int:
    now = timezone.localtime()
    midnight = (now + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(60, int((midnight - now).total_seconds()))
