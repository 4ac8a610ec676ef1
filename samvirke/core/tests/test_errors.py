"""Our own error pages with DEBUG off: the site's layout, the visitor's language, a way back."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from samvirke.core import errors
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _production_like(settings):
    settings.DEBUG = False


@pytest.fixture
def places():
    region = RegionFactory(slug="halland", name="Region Halland", country="SE")
    return (
        MunicipalityFactory(slug="holstebro", name="Holstebro Kommune", country="DK"),
        MunicipalityFactory(slug="halmstad", name="Halmstads kommun", country="SE", region=region),
    )


def test_an_unknown_address_is_answered_in_danish_with_a_way_home(client, places):
    response = client.get("/nowhere/at/all/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="da"' in html
    assert "Siden findes ikke" in html
    assert 'href="/"' in html and 'id="main"' in html


def test_a_missing_activity_keeps_the_municipalitys_navigation_and_language(client, places):
    response = client.get("/holstebro/initiatives/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/holstebro/"' in html and 'href="/holstebro/initiatives/"' in html
    swedish = client.get("/halmstad/initiatives/finns-inte/").content.decode()
    assert '<html lang="sv"' in swedish and "Sidan finns inte" in swedish and 'href="/halmstad/"' in swedish


def test_a_region_address_links_the_region(client, places):
    html = client.get("/r/halland/nothing-here/").content.decode()
    assert 'href="/r/halland/"' in html


def test_a_failed_csrf_check_says_what_to_do_in_the_visitors_language(places):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("editorial:suggest_new_initiative", args=["holstebro"]), {"title": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="da"' in html and "Formularen kunne ikke sendes" in html


@pytest.mark.parametrize(
    ("handler", "status", "words"),
    [
        (errors.bad_request, 400, "Adressen er ikke gyldig"),
        (errors.permission_denied, 403, "Du har ikke adgang til denne side"),
        (errors.server_error, 500, "Noget gik galt"),
    ],
)
def test_400_403_and_500_pages_are_ours(places, handler, status, words):
    request = RequestFactory().get("/holstebro/editorial/")
    request.LANGUAGE_CODE = "da"
    request.user = None
    response = handler(request) if handler is errors.server_error else handler(request, Exception())
    assert response.status_code == status
    html = response.content.decode()
    assert words in html and 'href="/holstebro/"' in html


def test_a_500_page_answers_even_when_the_layout_cannot_be_rendered(places, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the session store is down")

    monkeypatch.setattr(errors, "render", broken)
    response = errors.server_error(RequestFactory().get("/holstebro/"))
    assert response.status_code == 500
    assert "<h1>" in response.content.decode()


def test_the_urlconf_uses_our_handlers():
    from config import urls

    assert urls.handler404 == "samvirke.core.errors.page_not_found"
    assert urls.handler500 == "samvirke.core.errors.server_error"
