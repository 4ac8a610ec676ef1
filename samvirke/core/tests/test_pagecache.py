import io
import os
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from samvirke.core.pagecache import PageCache
from samvirke.core.tests.factories import MunicipalityFactory


@pytest.fixture
def cached_app():
    # As Django's test client does: keep the test's database connection across requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield PageCache(WSGIHandler(), check_interval=0)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def call(app, path="/", **extra):
    environ = {"PATH_INFO": path, "REQUEST_METHOD": "GET", "HTTP_HOST": "testserver", **extra}
    setup_testing_defaults(environ)
    environ["wsgi.input"] = io.BytesIO(b"")
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_memory(cached_app):
    MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")
    status, headers, first = call(cached_app)
    assert status.startswith("200") and "X-Page-Cache" not in headers
    status, headers, second = call(cached_app)
    assert headers["X-Page-Cache"] == "hit"
    assert second == first
    # Security headers travel with the cached page.
    assert "default-src 'self'" in headers["Content-Security-Policy"]


@pytest.mark.django_db
def test_cached_page_is_gzipped_for_clients_that_accept_it(cached_app):
    call(cached_app)
    _status, headers, body = call(cached_app, HTTP_ACCEPT_ENCODING="gzip, br")
    assert headers["Content-Encoding"] == "gzip"
    assert body[:2] == b"\x1f\x8b"


@pytest.mark.django_db
def test_content_change_invalidates_the_cached_page(cached_app):
    municipality = MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")
    call(cached_app)
    municipality.name = "Holstebro Kommune (ny)"
    municipality.save()
    _status, headers, body = call(cached_app)
    assert "X-Page-Cache" not in headers
    assert "Holstebro Kommune (ny)" in body.decode()


@pytest.mark.django_db
def test_logged_in_visitors_and_other_languages_are_not_served_the_anonymous_copy(cached_app):
    call(cached_app)
    _s, headers, _b = call(cached_app, HTTP_COOKIE="sessionid=abc")
    assert "X-Page-Cache" not in headers
    _s, headers, _b = call(cached_app, HTTP_COOKIE="django_language=en")
    assert "X-Page-Cache" not in headers


@pytest.mark.django_db
def test_responses_that_set_cookies_or_fail_are_never_cached(cached_app):
    call(cached_app, "/no-such-page/")
    _s, headers, _b = call(cached_app, "/no-such-page/")
    assert "X-Page-Cache" not in headers
    call(cached_app, "/admin/login/")
    _s, headers, _b = call(cached_app, "/admin/login/")
    assert "X-Page-Cache" not in headers


def _pages(environ, start_response):
    """A site whose every page is 100 KB of incompressible bytes (as a big listing, gzipped, nearly is)."""
    start_response("200 OK", [("Content-Type", "text/html")])
    return [os.urandom(100_000)]


def test_junk_query_parameters_cannot_grow_the_cache_past_its_bytes(db):
    """Issue 17, finding 4: 2,000 entries of up to 2 MB (plus gzip) per worker, filled with ?junk=N."""
    app = PageCache(_pages, check_interval=0, max_bytes=2_000_000, max_entry_bytes=150_000, max_variants=10)
    for n in range(300):
        call(app, "/api/hsds/services", QUERY_STRING=f"full_service=true&per_page=200&junk={n}")
        call(app, f"/page-{n % 30}/")
    held = sum(len(entry["identity"]) + len(entry["gzip"]) for entry in app.entries.values())
    assert held <= 2_000_000 and held == app.bytes
    # One path keeps at most max_variants queries, so junk cannot push out the other pages.
    assert sum(1 for key in app.entries if key[2] == "/api/hsds/services") <= 10
    assert sum(1 for key in app.entries if key[2].startswith("/page-")) >= 5


def test_a_page_over_the_entry_cap_is_served_but_not_kept(db):
    app = PageCache(_pages, check_interval=0, max_entry_bytes=50_000)
    status, _headers, body = call(app, "/big/")
    assert status.startswith("200") and len(body) == 100_000
    assert app.entries == {} and app.bytes == 0


def test_the_order_of_query_parameters_does_not_make_a_new_page(db):
    app = PageCache(_pages, check_interval=0)
    _status, _headers, first = call(app, "/list/", QUERY_STRING="a=1&b=2")
    _status, headers, second = call(app, "/list/", QUERY_STRING="b=2&a=1")
    assert headers.get("X-Page-Cache") == "hit" and second == first
