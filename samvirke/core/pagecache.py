"""A WSGI front cache for anonymous public pages.

Django's per-view cache still runs the whole middleware stack on a hit. This wrapper answers
a repeat anonymous GET from process memory before Django is entered, so a cached page costs
about as much as a static file (bench/README.md has the figures; decision 0004).

What is cached: GET/HEAD without a session or messages cookie, answered 200, with no
Set-Cookie (a page with a CSRF token always sets its cookie, so forms are never shared) and no
private/no-store/no-cache Cache-Control. Without a session cookie the user is anonymous, so
Django's `Vary: Cookie` can only mean the language cookie, which is part of the key.
The key holds scheme, host, path, the query (its parameters sorted, so their order does not make
a new page), the language cookie and the Accept-Language primary tag. Content changes bump a
shared generation number (Django's cache: Redis in production), which every worker reads at most
once a second.

Memory is bounded in bytes, not pages (decision 0056): the pages and their gzip copies together
stay under `max_bytes`, a page over `max_entry_bytes` is not kept, and one path keeps at most
`max_variants` queries, so junk parameters (`?junk=1`, `?junk=2`, …) cannot push out the rest.
"""

import gzip
import logging
import threading
import time
from collections import Counter, OrderedDict
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache

from samvirke.core import extensions

GENERATION_KEY = "samvirke:pagecache:generation"
_SKIP_COOKIES = ("sessionid", "messages")


def bump_generation(**_kwargs) -> None:
    """Invalidate every cached page in every worker (called when content changes)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, int(time.time() * 1000), None)
    PageCache.local_generation_checked_at = 0.0


class PageCache:
    local_generation_checked_at = 0.0

    def __init__(
        self,
        app,
        *,
        max_entries: int = 2000,
        max_bytes: int = 64 * 1024 * 1024,
        max_entry_bytes: int = 1024 * 1024,
        max_variants: int = 100,
        max_query_length: int = 512,
        ttl: float = 300.0,
        check_interval: float = 1.0,
    ):
        self.app = app
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self.max_variants = max_variants
        self.max_query_length = max_query_length
        self.ttl = ttl
        self.check_interval = check_interval
        self.entries: OrderedDict = OrderedDict()
        self.bytes = 0  # identity and gzip bodies of every entry
        self.variants: Counter = Counter()  # entries per (scheme, host, path)
        self.generation = None
        self.lock = threading.Lock()
        self.skip_prefixes = tuple(getattr(settings, "PAGE_CACHE_SKIP_PREFIXES", ("/admin/", "/accounts/")))

    # -- keys -------------------------------------------------------------------------
    def _key(self, environ) -> tuple | None:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        path = environ.get("PATH_INFO", "")
        if path.startswith(self.skip_prefixes) or path == "/healthz":
            return None
        cookies = environ.get("HTTP_COOKIE", "")
        if any(name + "=" in cookies for name in _SKIP_COOKIES):
            return None
        language_cookie = ""
        if settings.LANGUAGE_COOKIE_NAME + "=" in cookies:
            language_cookie = cookies.split(settings.LANGUAGE_COOKIE_NAME + "=", 1)[1][:5]
        accept_language = environ.get("HTTP_ACCEPT_LANGUAGE", "")[:2].lower()
        scheme = environ.get("HTTP_X_FORWARDED_PROTO") or environ.get("wsgi.url_scheme", "http")
        query = environ.get("QUERY_STRING", "")
        if len(query) > self.max_query_length:
            return None  # no page of ours needs such a query: answered, never kept
        return (
            scheme,
            environ.get("HTTP_HOST", ""),
            path,
            urlencode(sorted(parse_qsl(query, keep_blank_values=True))),
            language_cookie,
            accept_language,
        )

    def _current_generation(self):
        now = time.monotonic()
        if now - PageCache.local_generation_checked_at > self.check_interval or self.generation is None:
            generation = cache.get(GENERATION_KEY)
            if generation is None:
                bump_generation()
                generation = cache.get(GENERATION_KEY)
            PageCache.local_generation_checked_at = now
            if generation != self.generation:
                with self.lock:
                    self.entries.clear()
                    self.bytes = 0
                    self.variants.clear()
                self.generation = generation
        return self.generation

    # -- WSGI ---------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        key = self._key(environ)
        if key is None:
            return self.app(environ, start_response)
        self._current_generation()
        wants_gzip = "gzip" in environ.get("HTTP_ACCEPT_ENCODING", "")
        entry = self.entries.get(key)
        if entry is not None and entry["expires"] > time.monotonic():
            return self._serve(entry, wants_gzip, environ, start_response)
        return self._fill(key, environ, start_response)

    def _serve(self, entry, wants_gzip, environ, start_response):
        body = entry["gzip"] if wants_gzip else entry["identity"]
        headers = list(entry["headers"])
        if wants_gzip:
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(body))))
        headers.append(("Vary", "Accept-Encoding, Accept-Language, Cookie"))
        headers.append(("X-Page-Cache", "hit"))
        start_response("200 OK", headers)
        if environ["REQUEST_METHOD"] == "GET":
            self._tell_listeners(environ)
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [body]

    @staticmethod
    def _tell_listeners(environ) -> None:
        """Page views are counted for cached pages too (decision 0077); counting never fails a page."""
        try:
            extensions.cached_page_served(
                path=environ.get("PATH_INFO", ""), user_agent=environ.get("HTTP_USER_AGENT", "")
            )
        except Exception:
            logging.getLogger(__name__).exception("a cached page view was not counted")

    def _fill(self, key, environ, start_response):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info)

        result = self.app(environ, capture)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        if environ["REQUEST_METHOD"] == "GET" and self._cacheable(captured, body):
            self._store(key, captured["headers"], body)
        return [body]

    def _cacheable(self, captured, body) -> bool:
        if not captured.get("status", "").startswith("200") or len(body) > self.max_entry_bytes:
            return False
        headers = {name.lower(): value for name, value in captured["headers"]}
        if "set-cookie" in headers or "content-encoding" in headers:
            return False
        control = headers.get("cache-control", "").lower()
        return not any(word in control for word in ("private", "no-store", "no-cache"))

    def _store(self, key, headers, body) -> None:
        kept = [
            (name, value)
            for name, value in headers
            if name.lower() not in ("content-length", "content-encoding", "vary", "date")
        ]
        compressed = gzip.compress(body, 6, mtime=0)
        size = len(body) + len(compressed)
        if size > self.max_bytes:
            return
        entry = {
            "headers": kept,
            "identity": body,
            "gzip": compressed,
            "size": size,
            "expires": time.monotonic() + self.ttl,
        }
        page = key[:3]
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self._forget(key, old)
            elif self.variants[page] >= self.max_variants:
                return
            self.entries[key] = entry
            self.bytes += size
            self.variants[page] += 1
            while self.bytes > self.max_bytes or len(self.entries) > self.max_entries:
                oldest_key, oldest = self.entries.popitem(last=False)
                self._forget(oldest_key, oldest)

    def _forget(self, key, entry) -> None:
        """Account for an entry already taken out of `entries` (the lock is held)."""
        self.bytes -= entry["size"]
        self.variants[key[:3]] -= 1
        if not self.variants[key[:3]]:
            del self.variants[key[:3]]
