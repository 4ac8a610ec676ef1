"""Every new page type in a real browser: axe-core WCAG 2.1 AA, no CSP violation; and a volunteer who
signs up for a shift from a phone and cancels through the link in the e-mail."""

import re

import pytest
from django.core import mail
from django.test import Client

from samvirke.accounts.models import User
from samvirke.community.models import ForumCategory, Post, Story, Thread, VolunteerNeed
from samvirke.community.tokens import make_unsubscribe_token


def sign_in(page, username: str) -> None:
    client = Client()
    client.force_login(User.objects.get(username=username))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base_url}]
    )


def check(page, paths) -> dict:
    failures = {}
    for path in paths:
        response = page.open(path)
        assert response.status == 200, (path, response.status)
        violations = page.axe_violations()
        if violations:
            failures[path] = violations
    return failures


@pytest.mark.browser
def test_public_community_pages_have_no_axe_violations(page, demo):
    need = VolunteerNeed.objects.get(role="Samtalevært i Sprogcaféen")
    paths = [
        "/holstebro/stories/",
        "/holstebro/stories/fra-sprogcafe-til-venskab/",
        "/holstebro/volunteer/",
        f"/holstebro/volunteer/{need.pk}/",
        "/holstebro/initiatives/sprogcafeen/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/notifications/unsubscribe/" + make_unsubscribe_token(user_id=1) + "/",
    ]
    assert check(page, paths) == {}
    page.open("/holstebro/stories/fra-sprogcafe-til-venskab/")
    image = page.locator("article img").first
    assert image.get_attribute("alt") and "480w" in image.get_attribute("srcset")


@pytest.mark.browser
def test_practitioner_pages_have_no_axe_violations(page, demo):
    thread = Thread.objects.get(title__startswith="Sprogcaféen mangler")
    post = thread.posts.first()
    category = ForumCategory.objects.get(slug="integrationsnetvaerket")
    sign_in(page, "praktiker-holstebro")
    paths = [
        "/holstebro/forum/",
        "/r/halland/forum/",
        f"/forum/c/{category.pk}/",
        f"/forum/c/{category.pk}/new/",
        f"/forum/t/{thread.pk}/",
        f"/forum/t/{thread.pk}/?quote={post.pk}",
        f"/forum/p/{post.pk}/flag/",
        "/holstebro/forum/search/?q=frivilig",
        "/notifications/",
        "/notifications/settings/",
        "/accounts/",
        "/accounts/join/",
    ]
    assert check(page, paths) == {}


@pytest.mark.browser
def test_editor_and_organiser_pages_have_no_axe_violations(page, demo):
    Post.objects.filter(pk=Post.objects.first().pk).update(status=Post.Status.PENDING)
    need = VolunteerNeed.objects.get(role="Samtalevært i Sprogcaféen")
    shift = need.shifts.first()
    story = Story.objects.get(slug="fra-sprogcafe-til-venskab")
    sign_in(page, "editor-holstebro")
    paths = [
        "/forum/moderation/",
        "/holstebro/forum/categories/new/",
        "/holstebro/stories/new/",
        "/holstebro/stories/review/",
        f"/holstebro/stories/{story.slug}/edit/",
        f"/holstebro/stories/{story.slug}/review/",
        "/holstebro/volunteer/manage/",
        "/holstebro/volunteer/manage/new/",
        "/holstebro/volunteer/manage/settings/",
        f"/holstebro/volunteer/manage/{need.pk}/",
        f"/holstebro/volunteer/manage/{need.pk}/shifts/",
        f"/holstebro/volunteer/manage/{need.pk}/shifts/{shift.pk}/",
        f"/holstebro/volunteer/manage/{need.pk}/signups/",
        f"/holstebro/volunteer/manage/{need.pk}/message/",
        "/accounts/requests/",
        "/accounts/2fa/",
    ]
    assert check(page, paths) == {}


@pytest.mark.browser
def test_a_volunteer_signs_up_from_a_phone_and_cancels_through_the_email_link(
    page, demo, mailoutbox, run_tasks
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.open("/holstebro/")
    page.get_by_role("link", name="Bliv frivillig").first.click()
    page.get_by_role("link", name="Tilmeld dig: Samtalevært i Sprogcaféen").click()
    page.locator("input[name=shifts]").first.check()
    page.get_by_label("Dit navn").fill("Amal Frivillig")
    page.get_by_role("textbox", name="E-mail:").fill("amal@example.org")
    page.get_by_label("Arabisk").check()
    page.locator("input[name=consent]").check()
    # No horizontal scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.wait_for_timeout(3200)  # people take a few seconds; the form refuses bots that do not
    page.get_by_role("button", name="Tilmeld dig").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Tak for din tilmelding!"
    page.assert_accessible()

    run_tasks()
    confirmation = next(m for m in mailoutbox if m.to == ["amal@example.org"])
    assert confirmation.attachments and confirmation.attachments[0][2] == "text/calendar"
    link = re.search(r"https?://\S+/volunteer/signup/\S+/", confirmation.body).group(0)
    page.open(link[link.index("/volunteer/") :])
    assert "Amal Frivillig" in page.content()
    page.assert_accessible()
    page.get_by_role("button", name=re.compile("Afmeld min vagt")).click()
    page.wait_for_load_state()
    assert "Afmeldt" in page.content()
    assert len(mail.outbox) >= 1
