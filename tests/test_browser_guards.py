"""The `page` fixture's guards can fail: a script the CSP blocks and a dialog are both recorded."""

import pytest


@pytest.mark.browser
def test_a_blocked_inline_handler_is_recorded_as_a_csp_violation(page, db):
    page.open("/accessibility/")
    # What an unescaped payload would do: an inline event handler, which the strict CSP refuses.
    page.raw.evaluate(
        """() => { const div = document.createElement("div");
        div.innerHTML = '<img src="/static/none.png" onerror="window.__xss = 1">';
        document.body.append(div); }"""
    )
    page.raw.wait_for_timeout(300)
    assert page.raw.evaluate("() => window.__xss") is None
    assert page.csp_violations, "the CSP violation was not recorded"
    assert any("script-src" in violation for violation in page.csp_violations), page.csp_violations
    page.csp_violations.clear()  # seen: the fixture's own check at teardown must pass


@pytest.mark.browser
def test_a_dialog_is_recorded(page, db):
    page.open("/accessibility/")
    page.raw.evaluate("() => alert('x')")  # from the DevTools protocol, as a payload that ran would
    assert page.dialogs and page.dialogs[0].startswith("alert: x"), page.dialogs
    page.dialogs.clear()
