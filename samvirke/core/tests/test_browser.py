import pytest

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_front_page_is_accessible_and_keyboard_reachable(page):
    region = RegionFactory(name="Region Halland", slug="halland")
    MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")
    MunicipalityFactory(name="Halmstads kommun", slug="halmstad", country="SE", region=region)
    response = page.open("/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "da"
    page.assert_accessible()
    # The skip link is the first thing a keyboard user reaches.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"


@pytest.mark.django_db
def test_every_page_sends_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
