import io
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
