"""The guide in the pocket, in Chromium (decision 0070, 0072): saved for offline use, brought up to date
online, and opened with the network cut, the QR code read by a real decoder, axe-core on the new pages, fonts only where needed."""

import io
import re

import pytest
import zxingcpp
from PIL import Image

from conftest import CSP_LISTENER, Page
from samvirke.guide.models import ContentTranslation
from samvirke.guide.share import short_code
from samvirke.guide.tests.factories import translation_of
from samvirke.initiatives.models import Initiative

SAVED = "تم الحفظ في"  # "Saved on", Arabic
NEW_TITLE = "مقهى اللغة في المكتبة"


def _context(browser, violations, locale="ar"):
    context = browser.new_context(locale=locale, service_workers="allow")
    context.expose_binding("__samvirkeCspViolation", lambda source, detail: violations.append(detail))
    context.add_init_script(CSP_LISTENER)
    return context


@pytest.mark.browser
def test_the_saved_arabic_guide_opens_offline_needs_activity_and_calendar(browser, live_server, demo):
    violations: list[str] = []
    context = _context(browser, violations)
    try:
        tab = Page(context.new_page(), live_server.url)
        tab.open("/holstebro/guide/ar/")
        # The size is shown before saving, and what the phone keeps stays within it.
        budget = int(re.search(r"\d+", tab.locator("form.offline-save p").first.inner_text()).group())
        tab.locator("form.offline-save button").click()
        status = tab.locator("form.offline-save .offline-status")
        status.filter(has_text=SAVED).wait_for(timeout=60_000)
        stored = int(re.search(r"\((\d+) KB\)", status.inner_text()).group(1))
        assert 0 < stored <= budget
        # Online again later, after a translation changed: the saved copy is replaced by an up-to-date one.
        first = tab.evaluate("caches.keys()")
        cafe = Initiative.objects.get(municipality__slug="holstebro", slug="sprogcafeen")
        row = ContentTranslation.objects.filter(object_id=cafe.pk, language="ar", field="title").first()
        if row is None:
            row = translation_of(cafe, "title", "ar", NEW_TITLE)
        row.text = NEW_TITLE
        row.save()
        tab.reload()

        # A new copy is written beside the old one, which goes once the new one is whole.
        def replaced() -> bool:
            keys = tab.evaluate("caches.keys()")
            return len(keys) == 1 and keys != first

        for _ in range(240):
            if replaced():
                break
            tab.wait_for_timeout(250)
        assert replaced(), "the saved guide was not brought up to date"
        context.set_offline(True)
        for path in ["/holstebro/guide/ar/", "/holstebro/guide/ar/a/sprogcafeen/"]:
            offline = Page(context.new_page(), live_server.url)
            assert offline.open(path).status == 200
            assert SAVED in offline.locator(".saved-note").inner_text()
            assert offline.locator("html").get_attribute("dir") == "rtl"
        assert NEW_TITLE in offline.locator("h1").inner_text()
        calendar = offline.evaluate(
            "fetch('/holstebro/guide/ar/a/sprogcafeen/calendar.ics').then(r => r.status + ' ' + r.headers.get('content-type') + ' ' + r.text())"
        )
        assert calendar.startswith("200 text/calendar") or "BEGIN:VCALENDAR" in offline.evaluate(
            "fetch('/holstebro/guide/ar/a/sprogcafeen/calendar.ics').then(r => r.text())"
        )
        offline.assert_accessible()  # the saved page, with its note
        # An address the saved guide does not have fails as any offline page would.
        with pytest.raises(Exception):  # noqa: B017 - Playwright's net::ERR_FAILED
            context.new_page().goto(live_server.url + "/holstebro/guide/ar/search/?q=dansk")
        assert tab.errors == [] and offline.errors == []
    finally:
        context.close()
    assert violations == []


@pytest.mark.browser
def test_the_qr_code_decodes_to_the_short_link_that_opens_the_activity_in_the_readers_language(
    browser, live_server, demo
):
    cafe = Initiative.objects.get(municipality__slug="holstebro", slug="sprogcafeen")
    violations: list[str] = []
    context = _context(browser, violations, locale="ti")
    try:
        tab = Page(context.new_page(), live_server.url)
        tab.open("/holstebro/guide/ar/a/sprogcafeen/qr.svg")
        image = Image.open(io.BytesIO(tab.screenshot()))
        decoded = [result.text for result in zxingcpp.read_barcodes(image)]
        assert decoded == [f"{live_server.url}/g/{short_code(cafe.pk)}"]
        # A Tigrinya reader's phone opens the same code in Tigrinya.
        tab.goto(decoded[0])
        assert tab.url == f"{live_server.url}/holstebro/guide/ti/a/sprogcafeen/"
        for path in [
            "/holstebro/guide/ti/a/sprogcafeen/print/",
            "/holstebro/guide/ti/need/learn-language/leaflet/",
            "/holstebro/guide/ar/need/learn-language/leaflet/",
            "/holstebro/guide/ti/offline/",
        ]:
            tab.open(path)
            tab.assert_accessible()
        # Tigrinya letters come from the bundled Ethiopic font where the system has none.
        fonts = tab.evaluate(
            "performance.getEntriesByType('resource').map(e => e.name).filter(n => /woff2/.test(n))"
        )
        assert [name.rsplit("/", 1)[1] for name in fonts] == ["NotoSansEthiopic-Regular.woff2"]
        assert tab.evaluate("document.fonts.check('16px \"Guide Noto Sans Ethiopic\"', 'ቋንቋ')")
    finally:
        context.close()
    assert violations == []
