"""Fixtures shared by every app's tests: a real browser (Debian's chromium through Playwright) and axe-core."""

import os
import shutil
from pathlib import Path

import pytest

# The demo, built once per test process, and the empty database kept beside it (decision 0051).
pytest_plugins = ["tests.database_snapshots"]

# Playwright's sync API runs an event loop in this thread; the ORM calls in tests stay synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

AXE = Path(__file__).parent / "tests" / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# WCAG 2.1 A and AA rules, as the Danish web accessibility act requires.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing():
    """Every test hashes with MD5: the production hasher is slow on purpose, and the demo's users,
    hashed once per run, must verify in every test that signs them in."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(scope="session", autouse=True)
def _private_files_and_ledger_in_a_temporary_folder(tmp_path_factory):
    """Private files and the erasure ledger are written outside the project's var/ folder."""
    from django.test import override_settings

    folder = tmp_path_factory.mktemp("private")
    with override_settings(PRIVATE_MEDIA_ROOT=folder / "files", ERASURE_LEDGER=folder / "erasures.jsonl"):
        yield


@pytest.fixture(scope="session", autouse=True)
def _page_views_written_at_once():
    """Counted page views are written at once, so no count outlives its test's transaction."""
    from django.test import override_settings

    with override_settings(INSIGHTS_PAGE_VIEW_FLUSH_SECONDS=0):
        yield


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Debian's chromium is missing: `make browser` installs it.")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


# Every page reports its CSP violations as DOM events; the init script and the binding run through
# the DevTools protocol, outside the page's own policy.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__samvirkeCspViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


class Page:
    """A browser tab that records Content-Security-Policy violations (DOM events and console reports)
    and dialogs (alert, confirm, prompt: an injected script's usual first move), and can run axe-core."""

    def __init__(self, page, base_url: str):
        self.raw = page
        self.base_url = base_url
        self.csp_violations: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message} on {self.raw.url}")
        dialog.dismiss()

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.csp_violations.append(f"{message.text} on {self.raw.url}")

    def __getattr__(self, name):
        return getattr(self.raw, name)

    def open(self, path: str):
        response = self.raw.goto(self.base_url + path)
        assert response is not None
        return response

    def axe_violations(self) -> list[dict]:
        # Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
        self.raw.evaluate(AXE.read_text())
        result = self.raw.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        return [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]

    def assert_accessible(self) -> None:
        violations = self.axe_violations()
        assert violations == [], violations


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(locale="da-DK")
    violations: list[str] = []
    context.expose_binding("__samvirkeCspViolation", lambda source, detail: violations.append(detail))
    context.add_init_script(CSP_LISTENER)
    tab = Page(context.new_page(), live_server.url)
    tab.csp_violations = violations
    yield tab
    context.close()
    # Every browser test fails on a CSP violation or an unexpected dialog.
    assert tab.csp_violations == [], tab.csp_violations
    assert tab.dialogs == [], tab.dialogs


@pytest.fixture
def run_tasks(monkeypatch):
    """Run every queued background task now, as `manage.py db_worker` would; returns how many ran,
    not counting the search index's upkeep."""
    from django.core.management import call_command
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # Between tasks the worker closes connections not in autocommit mode, which is the test's own
    # transaction on PostgreSQL; everything else runs as in production.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run() -> int:
        # Every save of an entry also queues the search index's embedding task (decision 0035);
        # the count is of the other tasks, the ones a test is about. All of them run.
        pending = DBTaskResult.objects.ready().exclude(task_path__startswith="samvirke.search.").count()
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
        return pending

    return run


@pytest.fixture
def steady_rate_limits(monkeypatch):
    """Rate-limit counts start at zero and stay in one time window for the whole test, so a test
    that sends N+1 requests is not split by a minute boundary (django-ratelimit's fixed windows)."""
    import time

    from django.core.cache import cache
    from django_ratelimit import core

    cache.clear()
    window_end = int(time.time()) + 3600
    monkeypatch.setattr(core, "_get_window", lambda value, period: window_end)
    yield
    cache.clear()
