"""Every public handbook page type in a real browser: axe-core WCAG 2.1 AA, keyboard use, no CSP violation."""

import gzip
import urllib.request

import pytest

PAGES = [
    "/",
    "/holstebro/",
    "/holstebro/initiatives/",
    "/holstebro/initiatives/?group=women&lang=ar",
    "/holstebro/initiatives/?group=women&lang=uk&day=MO",  # the empty state
    "/holstebro/initiatives/?q=sprogcafe",
    "/holstebro/initiatives/sprogcafeen/",
    "/holstebro/organisations/",
    "/holstebro/organisations/frivilligcenter-holstebro/",
    "/holstebro/contacts/",
    "/r/halland/",
    "/accessibility/",
]


@pytest.mark.browser
def test_every_page_type_has_no_axe_violations(page, demo):
    failures = {}
    for path in PAGES:
        assert page.open(path).status == 200, path
        violations = page.axe_violations()
        if violations:
            failures[path] = violations
    assert failures == {}


@pytest.mark.browser
def test_facets_work_with_the_keyboard_alone(page, demo):
    page.open("/holstebro/initiatives/")
    checkbox = page.locator("input[type=checkbox][name=group][value=women]")
    checkbox.focus()
    page.keyboard.press("Space")  # ticking submits the form (progressive enhancement)
    page.wait_for_url("**group=women**")
    assert "Kvindernes cykelkursus" in page.content()
    assert page.locator("input[type=checkbox][name=group][value=women]").is_checked()
    page.go_back()
    page.wait_for_url("**/holstebro/initiatives/")


@pytest.mark.browser
def test_search_and_language_switch_as_a_visitor_would(page, demo):
    page.open("/holstebro/")
    assert page.locator("html").get_attribute("lang") == "da"
    page.get_by_label("Søg i håndbogen").fill("sprogcafé")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Sprogcaféen").click()
    assert page.locator("h1").inner_text() == "Sprogcaféen"
    page.get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Tuesdays 17:00–19:00" in page.content()


def _transferred(url: str) -> int:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        return len(body if response.headers.get("Content-Encoding") == "gzip" else gzip.compress(body))


@pytest.mark.browser
def test_public_pages_weigh_under_50_kb_on_first_load(page, demo, live_server):
    for path in ["/holstebro/", "/holstebro/initiatives/", "/r/halland/"]:
        page.open(path)
        assets = page.evaluate(
            "Array.from(document.querySelectorAll('link[rel=stylesheet], script[src]')).map(e => e.href || e.src)"
        )
        total = _transferred(live_server.url + path) + sum(_transferred(url) for url in assets)
        assert total <= 50 * 1024, (path, total)
