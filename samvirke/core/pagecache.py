"""A WSGI front cache for anonymous public pages.

Django's per-view cache still runs the whole middleware stack on a hit. This wrapper answers
a repeat anonymous GET from process memory before Django is entered, so a cached page costs
about as much as a static file (bench/README.md has the figures; decision 0004).

What is cached: GET/HEAD without a session or messages cookie, answered 200, with no
Set-Cookie (a page with a CSRF token always sets its cookie, so forms are never shared) and no
private/no-store/no-cache Cache-Control. Without a session cookie the user is anonymous, so
Django's `Vary: Cookie` can only mean the language cookie, which is part of the key.
The key holds scheme, host, path, query, the language cookie and the Accept-Language primary
tag, and whether the client takes gzip. Content changes bump a shared generation number
(Django's cache: Redis in production), which every worker reads at most once a second.
"""

import gzip
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

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

    def __init__(self, app, *, max_entries: int = 2000, ttl: float = 300.0, check_interval: float = 1.0):
        self.app = app
        self.max_entries = max_entries
        self.ttl = ttl
        self.check_interval = check_interval
        self.entries: OrderedDict = OrderedDict()
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
        return (
            scheme,
            environ.get("HTTP_HOST", ""),
            path,
            environ.get("QUERY_STRING", ""),
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
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [body]

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

    @staticmethod
    def _cacheable(captured, body) -> bool:
        if not captured.get("status", "").startswith("200") or len(body) > 2_000_000:
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
        entry = {
            "headers": kept,
            "identity": body,
            "gzip": gzip.compress(body, 6, mtime=0),
            "expires": time.monotonic() + self.ttl,
        }
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
