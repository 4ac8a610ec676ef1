"""The guide in a real browser: right-to-left for Arabic and Farsi, axe-core clean, light pages, one printed page."""

import re

import pytest

PAGES = [
    "/holstebro/guide/{lang}/",
    "/holstebro/guide/{lang}/need/learn-language/",
    "/holstebro/guide/{lang}/a/sprogcafeen/",
]
LIMIT = 30 * 1024


def _transferred(page) -> int:
    """Bytes Chromium fetched for the page and its assets (the test server does not compress: an upper bound)."""
    return page.evaluate(
        """() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
               .reduce((sum, e) => sum + e.transferSize, 0)"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_right_to_left_pages_are_mirrored_readable_and_accessible(page, demo, lang):
    for path in PAGES:
        page.open(path.format(lang=lang))
        assert page.locator("html").get_attribute("lang") == lang
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        page.assert_accessible()
    # Mirrored: the language switch sits at the left end of the header, the brand at the right.
    brand, switch = page.locator(".top .brand").bounding_box(), page.locator(".top .lang").bounding_box()
    assert switch["x"] < brand["x"]
    # Terms stand right of their values.
    term, value = (
        page.locator(".facts dt").first.bounding_box(),
        page.locator(".facts dd").first.bounding_box(),
    )
    assert term["x"] > value["x"]
    # Times stay left-to-right inside the Arabic sentence; Danish fallback text keeps its own direction.
    time = page.locator(".facts .time").first
    assert time.inner_text() == "17:00–19:00"
    assert time.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator('[lang="da"][dir="ltr"]').count() >= 1


@pytest.mark.browser
def test_every_language_is_accessible_and_the_picker_follows_the_browser(browser, live_server, demo):
    from conftest import Page

    context = browser.new_context(locale="uk-UA")
    tab = Page(context.new_page(), live_server.url)
    try:
        tab.open("/holstebro/guide/")
        assert tab.locator("html").get_attribute("lang") == "uk"
        assert tab.locator(".languages .chosen a").inner_text() == "Українська"
        tab.assert_accessible()
        for lang in ["ar", "uk", "so", "ti", "fa", "en", "da", "sv"]:
            tab.open(f"/holstebro/guide/{lang}/search/?q=sprogcafe")
            tab.assert_accessible()
        assert tab.csp_violations == []
    finally:
        context.close()


@pytest.mark.browser
def test_guide_pages_weigh_at_most_30_kb_on_first_load_with_system_fonts(browser, live_server, demo):
    sizes = {}
    for path in (
        ["/holstebro/guide/"] + [p.format(lang="ar") for p in PAGES] + ["/holstebro/guide/ar/search/?q=dansk"]
    ):
        # A fresh browser context per page: an empty cache, as on a first visit.
        context = browser.new_context(locale="ar")
        tab = context.new_page()
        try:
            tab.goto(live_server.url + path)
            sizes[path] = _transferred(tab)
            fonts = tab.evaluate(
                "performance.getEntriesByType('resource').filter(e => /woff|ttf|otf/.test(e.name)).length"
            )
            assert fonts == 0  # Arabic letters come from the system's fonts where it has them
            # One small static script (the offline layer); never an inline one. The pages work without it:
            # test_without_javascript_the_save_button_leads_to_a_page_that_explains.
            assert tab.evaluate("[...document.scripts].every(s => s.src.endsWith('/guide/offline.js'))")
        finally:
            context.close()
    print("guide page weights (bytes):", sizes)
    assert max(sizes.values()) <= LIMIT, sizes


@pytest.mark.browser
def test_the_printable_view_is_one_page_in_the_readers_language(page, demo):
    page.open("/holstebro/guide/ar/a/kvindernes-cykelkursus/print/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


@pytest.mark.browser
def test_without_javascript_the_save_button_leads_to_a_page_that_explains(browser, live_server, demo):
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(live_server.url + "/holstebro/guide/en/")
        tab.get_by_role("button", name="Save for offline use").click()
        tab.wait_for_url(re.compile(r"/holstebro/guide/en/offline/\??$"))
        assert "leaflet" in tab.locator("main").inner_text().lower()
        assert tab.locator("main a[href$='/leaflet/']").count() >= 1
    finally:
        context.close()
