"""The XSS corpus, through every free-text field, rendered in Chromium: no payload may run.

Two ways in. Through the public forms people really use (a correction proposal, a new-activity
proposal, a volunteer sign-up, a forum thread and reply, a story, the CSV import in the browser), and, so that no
field is forgotten, by writing the payload into every free-text column of every model a page shows
(a field added later is covered without touching this test). Then every page that shows them is
loaded by a signed-out visitor and by an editor (who also sees forms, proposals, history and
sign-ups). A payload that ran would open a dialog or set `window.__xss`; one that reached the page
unescaped would at least be blocked by the CSP, and the `page` fixture fails on any CSP violation.
"""

import csv
import io
import time

import pytest
from django.core import signing
from django.core.cache import cache
from django.db import models
from django.test import Client

from samvirke.community.forms import HardenedForm
from samvirke.community.markdown import render_markdown
from samvirke.community.models import Post, Story, Thread, VolunteerNeed, VolunteerSignup
from samvirke.community.tests.test_markdown import ATTACKS
from samvirke.directory.models import ContactPerson, Location, Organisation
from samvirke.editorial.forms import STARTED_SALT
from samvirke.editorial.models import ChangeProposal
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    NarrativeSection,
    Policy,
)
from tests.authz_world import build_world

# Columns that are not free text a person types (identifiers, codes, derived text).
NOT_FREE_TEXT = {"slug", "uuid", "language", "code", "byday", "bymonthday", "search_text", "nonce", "key"}
MODELS = [
    Initiative,
    Organisation,
    ContactPerson,
    Location,
    Policy,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    ActionProgramme,
    Action,
    EvaluationReport,
    NarrativeSection,
    Story,
    Thread,
    Post,
    VolunteerNeed,
    VolunteerSignup,
]


def free_text_fields(model) -> list[models.Field]:
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.SlugField | models.EmailField | models.URLField)
        and not field.choices
        and field.name not in NOT_FREE_TEXT
        and not field.name.endswith("_html")
    ]


def write_everywhere(payload: str) -> list[str]:
    """The payload in every free-text column (cut to the column's length); returns model.field names."""
    covered = []
    for model in MODELS:
        changes = {}
        for field in free_text_fields(model):
            changes[field.attname] = payload[: field.max_length] if field.max_length else payload
            covered.append(f"{model.__name__}.{field.name}")
        for html_field in ("body_html",):
            if any(f.name == html_field for f in model._meta.concrete_fields):
                changes[html_field] = render_markdown(payload).html
        model.objects.update(**changes)
    cache.clear()  # cached public pages
    return covered


def signed_in(page, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base_url}]
    )


def pages(w) -> tuple[list[str], list[str]]:
    public = [
        "/",
        "/holstebro/",
        "/holstebro/initiatives/",
        f"/holstebro/initiatives/{w.initiative.slug}/",
        "/holstebro/organisations/",
        f"/holstebro/organisations/{w.organisation.slug}/",
        "/holstebro/contacts/",
        "/holstebro/stories/",
        f"/holstebro/stories/{w.story.slug}/",
        "/holstebro/volunteer/",
        f"/holstebro/volunteer/{w.need.pk}/",
        f"/volunteer/signup/{w.signup_token}/",
        "/holstebro/policy/",
        f"/holstebro/policy/{w.policy.slug}/",
        f"/holstebro/policy/{w.policy.slug}/results/",
        f"/holstebro/policy/{w.policy.slug}/focus-points/{w.focus_point.pk}/",
        f"/holstebro/policy/{w.policy.slug}/indicators/{w.indicator.pk}/",
        f"/holstebro/programmes/{w.programme.slug}/",
        f"/holstebro/programmes/{w.programme.slug}/actions/{w.action.pk}/",
        f"/holstebro/evaluations/{w.report.pk}/",
        "/holstebro/gaps/",
        f"/holstebro/suggest/activity/{w.initiative.slug}/",
        f"/holstebro/suggest/contact/{w.contact.uuid}/",
    ]
    editors = [
        f"/holstebro/initiatives/{w.initiative.slug}/",
        f"/forum/c/{w.category.pk}/",
        f"/forum/t/{w.thread.pk}/",
        "/holstebro/forum/",
        "/holstebro/editorial/",
        "/holstebro/editorial/proposals/",
        *[
            f"/holstebro/editorial/proposals/{pk}/"
            for pk in ChangeProposal.objects.values_list("pk", flat=True)
        ],
        "/holstebro/editorial/freshness/",
        f"/holstebro/editorial/edit/activity/{w.initiative.slug}/",
        f"/holstebro/editorial/edit/organisation/{w.organisation.slug}/",
        f"/holstebro/editorial/edit/contact/{w.contact.uuid}/",
        f"/holstebro/editorial/history/initiative/{w.initiative.pk}/",
        f"/holstebro/editorial/contacts/{w.contact.uuid}/",
        f"/holstebro/policy/{w.policy.slug}/edit/",
        f"/holstebro/programmes/{w.programme.slug}/edit/",
        f"/holstebro/evaluations/{w.report.pk}/edit/",
        f"/holstebro/stories/{w.story.slug}/edit/",
        "/holstebro/volunteer/manage/",
        f"/holstebro/volunteer/manage/{w.need.pk}/",
        f"/holstebro/volunteer/manage/{w.need.pk}/signups/",
    ]
    return public, editors


# Payloads that announce themselves: any of them running sets the flag or opens a dialog.
FLAG = "window.__xss=1"
CORPUS = [
    *ATTACKS,
    f"<script>{FLAG}</script>",
    f'"><script>{FLAG}</script>',
    f"'><img src=x onerror={FLAG}>",
    f'" onfocus="{FLAG}" autofocus="',
    f"' onmouseover='{FLAG}' x='",
    f"</textarea><script>{FLAG}</script>",
    f"</title><svg/onload={FLAG}>",
    f'<svg><script href="data:,{FLAG}"></script></svg>',
    f"<svg><a xlink:href=\"javascript:{FLAG}\"><text y='20'>klik</text></a></svg>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={FLAG}>",
    f"<img src=x onerror={FLAG}//",
    f"<<script>{FLAG}//<</script>",
    f'<a href="jav&#x09;ascript:{FLAG}">tab</a>',
    f"[klik](javascript:{FLAG})",
    f"[klik](JaVaScRiPt:{FLAG})",
    f'[klik](https://example.org "title" onclick="{FLAG}")',
    f'![billede](x" onerror="{FLAG})',
    f"<details open ontoggle={FLAG}>",
    f"{{{{ {FLAG} }}}} {{% now 'Y' %}}",
    f"javascript:{FLAG}",
]


def started() -> str:
    return signing.dumps(time.time() - 30, salt=STARTED_SALT)


def assert_accepted(response) -> None:
    if response.status_code != 302:
        errors = [
            dict(value.errors)
            for context in response.context or []
            for value in context.flatten().values()
            if hasattr(value, "errors") and hasattr(value, "is_bound")
        ]
        pytest.fail(f"{response.request['PATH_INFO']}: {response.status_code}: {errors}")


def submit_through_forms(w, payload: str) -> list[str]:
    """The payload through the public forms and a few signed-in ones; returns what was sent."""
    # After some text: a required field that is only a script would be empty once sanitised.
    payload = f"Sprogcafé {payload}"
    anonymous = Client()
    sent = []
    response = anonymous.post(
        f"/holstebro/suggest/activity/{w.initiative.slug}/",
        {
            "title": payload[:200],
            "summary": payload,
            "description": payload,
            "status": "running",
            "is_free": "on",
            "comment": payload,
            "started": started(),
        },
    )
    assert_accepted(response)
    sent.append("correction proposal: title, summary, description, comment")
    response = anonymous.post(
        "/holstebro/suggest/new-activity/",
        {
            "title": payload[:200],
            "summary": payload,
            "status": "running",
            "comment": payload,
            "started": started(),
        },
    )
    assert_accepted(response)
    sent.append("new-activity proposal: title, summary, comment")
    response = anonymous.post(
        f"/holstebro/volunteer/{w.need.pk}/",
        {
            "name": payload[:100],
            "email": "frivillig@example.org",
            "phone": "",
            "message": payload,
            "shifts": [w.shift.pk],
            "consent": "on",
            "started": HardenedForm.start_token(at=time.time() - 30),
            "website": "",
        },
    )
    if "community/volunteering/thanks.html" not in [template.name for template in response.templates]:
        assert_accepted(response)
    sent.append("volunteer sign-up: name, message")
    practitioner = Client()
    practitioner.force_login(w.users["practitioner"])
    response = practitioner.post(f"/forum/c/{w.category.pk}/new/", {"title": payload[:200], "body": payload})
    assert_accepted(response)
    response = practitioner.post(f"/forum/t/{w.thread.pk}/", {"body": payload})
    assert_accepted(response)
    sent.append("forum thread: title, body; reply: body")
    editor = Client()
    editor.force_login(w.users["editor"])
    response = editor.post(
        "/holstebro/stories/new/",
        {"title": payload[:200], "summary": payload[:300], "body": payload, "language": "da"},
    )
    assert_accepted(response)
    sent.append("story: title, summary, body")
    return sent


def import_csv_in_the_browser(page, w, payload: str) -> None:
    """An editor uploads a spreadsheet with the payload in every text column: the preview shows it,
    then the import writes it (the list and activity pages are visited afterwards)."""
    buffer = io.StringIO()
    row = {
        "title": f"Import {payload}"[:200],
        "summary": payload,
        "description": payload,
        "organisation": w.organisation.name,
        "location": payload[:200],
        "address": payload[:300],
        "city": payload[:100],
        "price": payload[:200],
        "registration": payload[:300],
    }
    writer = csv.DictWriter(buffer, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    page.open("/holstebro/import/")
    page.raw.set_input_files(
        "input[type=file]",
        files=[{"name": "aktiviteter.csv", "mimeType": "text/csv", "buffer": buffer.getvalue().encode()}],
    )
    with page.raw.expect_navigation():
        page.raw.locator("form:has(input[type=file]) [type=submit]").click()
    confirm = page.raw.locator("form:has(input[name=payload]) [type=submit]")
    assert confirm.count() == 1, page.raw.locator("main").inner_text()[:1000]
    with page.raw.expect_navigation():
        confirm.click()
    assert Initiative.objects.filter(title__startswith="Import").exists()


@pytest.fixture
def xss_world(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.SAMVIRKE_REQUIRE_2FA = False
    settings.RATELIMIT_ENABLE = False
    return build_world()


def visit(page, paths: list[str]) -> list[str]:
    wrong = []
    for path in paths:
        response = page.open(path)
        if response.status != 200:
            wrong.append(f"{path}: {response.status}")
            continue
        if page.raw.evaluate("() => window.__xss === 1"):
            wrong.append(f"{path}: a payload ran")
    return wrong


@pytest.mark.browser
@pytest.mark.parametrize("payload", CORPUS)
def test_no_payload_runs_anywhere(page, xss_world, payload):
    w = xss_world
    submit_through_forms(w, payload)
    covered = write_everywhere(payload)
    assert "Initiative.description" in covered and "VolunteerSignup.message" in covered, covered
    public, editors = pages(w)
    wrong = visit(page, public)
    signed_in(page, w.users["editor"])
    import_csv_in_the_browser(page, w, payload)
    imported = Initiative.objects.get(title__startswith="Import")
    wrong += visit(page, [*editors, "/holstebro/initiatives/", f"/holstebro/initiatives/{imported.slug}/"])
    signed_in(page, w.users["practitioner"])
    wrong += visit(page, [f"/forum/t/{pk}/" for pk in Thread.objects.values_list("pk", flat=True)])
    assert wrong == [], wrong
    # The page fixture fails at teardown on any dialog or CSP violation.
