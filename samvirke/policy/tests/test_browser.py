"""Every page type of the policy app in a real browser: axe-core WCAG 2.1 AA, no CSP violation,
keyboard use, and the weight of public pages."""

import gzip
import urllib.request

import pytest
from django.conf import settings
from django.test import Client

from samvirke.accounts.models import User
from samvirke.policy import tokens
from samvirke.policy.models import (
    ActionProgramme,
    EvaluationReport,
    FocusPoint,
    Goal,
    Indicator,
    Policy,
    StakeholderInvitation,
)


def _login(page, username: str) -> None:
    """Sign the browser in as a demo user (the session cookie of a Django test client login)."""
    client = Client()
    client.force_login(User.objects.get(username=username))
    page.raw.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": page.base_url,
            }
        ]
    )


def _public_pages() -> list[str]:
    silkeborg = Policy.objects.get(municipality__slug="silkeborg")
    point = FocusPoint.objects.get(focus_area__policy=silkeborg, number="1.2")
    job = Indicator.objects.get(criterion__policy=silkeborg, comparison="comparator")
    programme = ActionProgramme.objects.get(municipality__slug="hillerod")
    base = f"/silkeborg/policy/{silkeborg.slug}"
    return [
        "/silkeborg/policy/",
        f"{base}/",
        f"{base}/focus-points/{point.pk}/",
        f"{base}/results/",
        f"{base}/indicators/{job.pk}/",
        "/hillerod/programmes/",
        f"/hillerod/programmes/{programme.slug}/",
        f"/hillerod/programmes/{programme.slug}/actions/{programme.actions.first().pk}/",
        "/halmstad/gaps/",
        "/r/halland/gaps/",
        "/holstebro/evaluations/",
        "/laholm/policy/",  # no policy yet: the empty state
    ]


def _check(page, paths) -> dict:
    failures = {}
    for path in paths:
        assert page.open(path).status in (200, 404, 410), path
        violations = page.axe_violations()
        if violations:
            failures[path] = violations
    return failures


@pytest.mark.browser
def test_every_public_page_type_has_no_axe_violations(page, demo):
    assert _check(page, _public_pages()) == {}


@pytest.mark.browser
def test_every_editor_page_type_has_no_axe_violations(page, demo):
    _login(page, "editor-holstebro")
    holstebro = Policy.objects.get(municipality__slug="holstebro")
    report = EvaluationReport.objects.get(municipality__slug="holstebro")
    point = FocusPoint.objects.filter(focus_area__policy=holstebro).first()
    base = f"/holstebro/policy/{holstebro.slug}"
    paths = [
        f"{base}/edit/",
        f"{base}/edit/focus-point/{point.pk}/",
        f"{base}/edit/indicator/add/",
        f"{base}/edit/goal/{holstebro.goals.first().pk}/delete/",
        f"{base}/edit/renumber/",
        f"{base}/history/",
        f"{base}/measurements/import/",
        "/holstebro/policy/new/",
        f"/holstebro/evaluations/{report.pk}/",
        f"/holstebro/evaluations/{report.pk}/edit/",
        f"/holstebro/evaluations/{report.pk}/edit/section/{report.sections.first().pk}/",
        f"/holstebro/evaluations/{report.pk}/stakeholders/",
        "/holstebro/evaluations/new/",
    ]
    failures = _check(page, paths)
    _login(page, "editor-hillerod")
    programme = ActionProgramme.objects.get(municipality__slug="hillerod")
    failures |= _check(
        page,
        [
            f"/hillerod/programmes/{programme.slug}/edit/",
            f"/hillerod/programmes/{programme.slug}/edit/action/{programme.actions.first().pk}/",
            f"/hillerod/programmes/{programme.slug}/import/",
            "/hillerod/programmes/new/",
        ],
    )
    assert failures == {}


@pytest.mark.browser
def test_the_csv_preview_with_problems_is_accessible(page, demo, tmp_path):
    _login(page, "editor-silkeborg")
    silkeborg = Policy.objects.get(municipality__slug="silkeborg")
    upload = tmp_path / "m.csv"
    upload.write_text(
        "indicator;date;value\nUkendt;2019-12-31;1\nAndel nytilkomne flygtninge i job inden for et år;2020-06-30;33,5\n"
    )
    page.open(f"/silkeborg/policy/{silkeborg.slug}/measurements/import/")
    page.set_input_files("input[type=file]", str(upload))
    page.get_by_role("button", name="Tjek filen").click()
    page.wait_for_selector("#problems-heading")
    page.assert_accessible()


@pytest.mark.browser
def test_a_stakeholder_answers_with_the_keyboard_alone(page, demo):
    invitation = StakeholderInvitation.objects.filter(answered_at__isnull=True).first()
    token = tokens.make_token(invitation)
    page.open(f"/holstebro/evaluations/answer/{token}/")
    page.assert_accessible()
    page.locator("textarea").first.focus()
    page.keyboard.type("Jobklubben virker.")
    page.get_by_role("button", name="Send svarene").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Tak')")
    page.assert_accessible()
    invitation.refresh_from_db()
    assert invitation.answered_at is not None
    for bad in (token[:-3] + "abc", "x"):
        page.open(f"/holstebro/evaluations/answer/{bad}/")
        page.assert_accessible()


@pytest.mark.browser
def test_an_editor_reorders_goals_with_the_keyboard(page, demo):
    _login(page, "editor-holstebro")
    holstebro = Policy.objects.get(municipality__slug="holstebro")
    first, second = holstebro.goals.order_by("order")[:2]
    page.open(f"/holstebro/policy/{holstebro.slug}/edit/")
    button = page.locator(f"#goal-{first.pk} button:has-text('Flyt ned')")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**#goal-{first.pk}")
    assert list(Goal.objects.filter(policy=holstebro).order_by("order").values_list("pk", flat=True))[:2] == [
        second.pk,
        first.pk,
    ]


def _transferred(url: str) -> int:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        return len(body if response.headers.get("Content-Encoding") == "gzip" else gzip.compress(body))


@pytest.mark.browser
def test_public_policy_pages_weigh_under_50_kb_on_first_load(page, demo, live_server):
    for path in _public_pages()[1:4] + _public_pages()[6:7] + ["/r/halland/gaps/"]:
        page.open(path)
        assets = page.evaluate(
            "Array.from(document.querySelectorAll('link[rel=stylesheet], script[src]')).map(e => e.href || e.src)"
        )
        total = _transferred(live_server.url + path) + sum(_transferred(url) for url in assets)
        assert total <= 50 * 1024, (path, total)
