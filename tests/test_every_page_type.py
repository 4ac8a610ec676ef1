"""Every page type, as a phone (390×844) and a desktop (1280×800) see it, in one browser on the demo:
no page wider than the screen, no axe-core violation (WCAG 2.1 AA), no language code where a name belongs.

One test, so the demo is copied once and one browser context per screen is reused (docs/testing.md).
"""

import re
import time

import pytest
from django.conf import settings
from django.test import Client

from conftest import AXE, AXE_TAGS
from samvirke.accounts.models import User
from samvirke.community.models import ForumCategory, Story, Thread, VolunteerNeed
from samvirke.core.languages import guide_languages
from samvirke.editorial.models import ChangeProposal, Edition
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import ActionProgramme, Indicator, Policy

# WCAG 2.1 AA, and axe's best practices for headings and landmarks (the heading-order,
# landmark-one-main, page-has-heading-one).
TAGS = [*AXE_TAGS, "best-practice"]
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}

# A language code standing alone or in a list ("ar", "ar, da, ti") or in brackets after a name
# ("Arabic (ar)"): the codes the demo and the guide use.
CODES = "ar|da|en|sv|so|ti|fa|prs|uk|ckb|ku|ps|ru|tr|de|pl|ro|es|fr|kmr|am"
CODE_TEXT = re.compile(rf"^(?:{CODES})(?:\s*,\s*(?:{CODES}))*$|\((?:{CODES})\)")
# The text of every element that shows a value on its own: facts, facet labels, options, cells, tags.
VISIBLE_VALUES = """() => [...document.querySelectorAll(
    'dd, dd span, li, label, option, td, .tag, .meta, legend, th, summary, p')]
  .filter(e => e.offsetParent !== null || e.tagName === 'OPTION')
  .map(e => e.innerText !== undefined && e.tagName !== 'OPTION' ? e.innerText.trim() : e.textContent.trim())"""


def _public_paths() -> list[str]:
    silkeborg = Policy.objects.get(municipality__slug="silkeborg")
    indicator = Indicator.objects.filter(criterion__policy=silkeborg).first()
    programme = ActionProgramme.objects.get(municipality__slug="hillerod")
    story = Story.objects.filter(municipality__slug="holstebro", status=Story.Status.PUBLISHED).first()
    need = VolunteerNeed.objects.filter(municipality__slug="holstebro").first()
    edition = Edition.objects.filter(municipality__slug="holstebro").order_by("number").first()
    organisation = Initiative.objects.get(
        municipality__slug="holstebro", slug="sprogcafeen"
    ).organisers.first()
    return [
        "/",
        "/accessibility/",
        "/holstebro/accessibility/",
        "/holstebro/",
        "/halmstad/",
        "/r/halland/",
        "/holstebro/initiatives/",
        "/holstebro/initiatives/sprogcafeen/",
        "/halmstad/initiatives/sfi-halmstad/",
        "/holstebro/organisations/",
        f"/holstebro/organisations/{organisation.slug}/",
        "/holstebro/contacts/",
        "/halmstad/contacts/",
        "/holstebro/gaps/",
        "/r/halland/gaps/",
        "/silkeborg/policy/",
        f"/silkeborg/policy/{silkeborg.slug}/",
        f"/silkeborg/policy/{silkeborg.slug}/results/",
        f"/silkeborg/policy/{silkeborg.slug}/indicators/{indicator.pk}/",
        "/hillerod/programmes/",
        f"/hillerod/programmes/{programme.slug}/",
        "/holstebro/editions/",
        f"/holstebro/editions/{edition.number}/",
        "/holstebro/stories/",
        f"/holstebro/stories/{story.slug}/",
        "/holstebro/volunteer/",
        f"/holstebro/volunteer/{need.pk}/",
        "/holstebro/suggest/new-activity/",
        "/holstebro/suggest/activity/sprogcafeen/",
        "/holstebro/nowhere/",  # our own 404 page
        "/api/v1/docs",
    ]


def _guide_paths() -> list[str]:
    paths = ["/holstebro/guide/"]
    for lang in guide_languages():
        paths += [
            f"/holstebro/guide/{lang}/",
            f"/holstebro/guide/{lang}/need/learn-language/",
            f"/holstebro/guide/{lang}/a/sprogcafeen/",
        ]
    # Search results look alike in every language (the guide's browser test runs axe on all eight).
    return [
        *paths,
        "/holstebro/guide/ar/search/?q=dansk",
        "/holstebro/guide/en/search/?q=dansk",
        "/holstebro/guide/ar/a/nope/",
        # Issue 20: the page the save button leads to without JavaScript, a leaflet, a print view with its QR code.
        "/holstebro/guide/ar/offline/",
        "/holstebro/guide/ti/need/learn-language/leaflet/",
        "/holstebro/guide/fa/a/sprogcafeen/print/",
    ]


def _editor_paths() -> list[str]:
    sprogcafe = Initiative.objects.get(municipality__slug="holstebro", slug="sprogcafeen")
    proposal = ChangeProposal.objects.filter(municipality__slug="holstebro").first()
    thread = Thread.objects.filter(category__municipality__slug="holstebro").first()
    category = ForumCategory.objects.filter(municipality__slug="holstebro").first()
    policy = Policy.objects.filter(municipality__slug="holstebro").first()
    paths = [
        "/holstebro/editorial/",
        "/holstebro/editorial/proposals/",
        "/holstebro/editorial/freshness/",
        "/holstebro/editorial/contacts/",
        "/holstebro/editorial/new/activity/",
        "/holstebro/editorial/new/organisation/",
        "/holstebro/editorial/edit/activity/sprogcafeen/",
        f"/holstebro/editorial/history/initiative/{sprogcafe.pk}/",
        "/holstebro/guide/translate/",
        "/holstebro/guide/translate/ar/",
        "/holstebro/volunteer/manage/",
        "/holstebro/forum/",
        f"/forum/c/{category.pk}/",
        f"/forum/t/{thread.pk}/",
        "/holstebro/forum/search/?q=sprogcaf%C3%A9",
        "/holstebro/stories/review/",
        "/accounts/",
    ]
    if proposal:
        paths.append(f"/holstebro/editorial/proposals/{proposal.pk}/")
    if policy:
        paths += [f"/holstebro/policy/{policy.slug}/edit/", f"/holstebro/policy/{policy.slug}/history/"]
    return paths


def _sign_in(context, base_url: str, username: str) -> None:
    client = Client()
    client.force_login(User.objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base_url}])


def _problems_on(tab, *, base_url: str, path: str, screen: str) -> list[str]:
    problems = []
    response = tab.goto(base_url + path)
    expected = 404 if "nowhere" in path or "nope" in path else 200
    if response is None or response.status != expected:
        return [f"{path}: answers {response.status if response else 'nothing'}, want {expected}"]
    width = tab.evaluate("document.documentElement.scrollWidth")
    if width > SCREENS[screen]["width"]:
        widest = tab.evaluate(
            """(w) => [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > w + 1)
                 .slice(-1).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""",
            SCREENS[screen]["width"],
        )
        problems.append(f"{path} ({screen}): {width}px wide, e.g. {widest}")
    codes = sorted({text for text in tab.evaluate(VISIBLE_VALUES) if CODE_TEXT.search(text)})
    if codes:
        problems.append(f"{path} ({screen}): language codes shown: {codes[:3]}")
    # The Swagger widget is a third-party bundle that renders after load; the page around it is ours.
    context = "{exclude: [['#swagger-ui']]}" if path.startswith("/api/") else "document"
    result = tab.evaluate(
        # Only violations are collected: axe skips building its passes and incomplete lists.
        f"""async (tags) => await axe.run({context}, {{
             runOnly: {{type: 'tag', values: tags}}, resultTypes: ['violations'], iframes: false}})""",
        TAGS,
    )
    for violation in result["violations"]:
        targets = [node["target"] for node in violation["nodes"]][:2]
        problems.append(f"{path} ({screen}): axe {violation['id']} at {targets}")
    return problems


@pytest.mark.browser
def test_every_page_type_fits_a_phone_and_a_desktop_is_accessible_and_names_languages(
    browser, live_server, demo
):
    guide = _guide_paths()
    # The guide is one narrow column at every width: on a desktop, one right-to-left and one
    # left-to-right language stand for all eight (the phone visits every one).
    wide_guide = [path for path in guide if not re.match(r"/holstebro/guide/(uk|so|ti|fa|en|sv)/", path)]
    visits = [
        (None, "phone", _public_paths() + guide),
        (None, "desktop", _public_paths() + wide_guide),
        ("editor-holstebro", "phone", _editor_paths()),
        ("editor-holstebro", "desktop", _editor_paths()),
    ]
    problems: list[str] = []
    axe_script = AXE.read_text()
    for username, screen, paths in visits:
        viewport = SCREENS[screen]
        context = browser.new_context(viewport=viewport, locale="da-DK")
        # axe-core in every document, through the DevTools protocol (outside the strict CSP).
        context.add_init_script(axe_script)
        if username:
            _sign_in(context, live_server.url, username)
        tab = context.new_page()
        started = time.monotonic()
        try:
            for path in paths:
                problems += _problems_on(tab, base_url=live_server.url, path=path, screen=screen)
        finally:
            context.close()
        print(
            f"{len(paths)} pages as {username or 'visitor'} on a {screen}: {time.monotonic() - started:.1f} s"
        )
    if problems:
        pytest.fail(f"{len(problems)} problems:\n" + "\n".join(problems), pytrace=False)
