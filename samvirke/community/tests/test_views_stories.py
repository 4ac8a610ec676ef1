import re

import pytest
from django.urls import reverse

from samvirke.community.models import Story
from samvirke.community.tests.factories import StoryFactory


@pytest.fixture
def published(world):
    return StoryFactory(
        municipality=world.holstebro,
        title="Fra sprogcafé til venskab",
        slug="venskab",
        summary="Kendskab skaber venskab.",
    )


def test_the_story_list_page_and_feed_show_published_stories_only(client, world, published):
    StoryFactory(
        municipality=world.holstebro, title="Hemmelig kladde", status=Story.Status.DRAFT, published_at=None
    )
    page = client.get(reverse("community:stories", args=["holstebro"])).content.decode()
    assert "Fra sprogcafé til venskab" in page and "Hemmelig kladde" not in page
    story = client.get(reverse("community:story", args=["holstebro", "venskab"])).content.decode()
    assert "Kendskab skaber venskab." in story
    feed = client.get(reverse("community:story_feed", args=["holstebro"]))
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert "<feed" in body and "Fra sprogcafé til venskab" in body and "Hemmelig kladde" not in body
    assert "/holstebro/stories/venskab/" in body
    # Entry ids are IRIs that survive a new slug (RFC 4287 §4.2.6): tag URIs.
    ids = re.findall(r"<entry>.*?<id>(.*?)</id>", body, re.S)
    assert ids and all(re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:story-\d+", i) for i in ids)


def test_municipality_pages_advertise_the_feed(client, world):
    page = client.get(reverse("handbook:municipality", args=["holstebro"])).content.decode()
    assert 'type="application/atom+xml" href="/holstebro/stories/feed/"' in page


def test_the_home_page_shows_the_latest_stories(client, world, published):
    assert "Fra sprogcafé til venskab" in client.get("/holstebro/").content.decode()


def test_drafts_are_not_found_except_by_who_may_edit_them(client, world):
    draft = StoryFactory(
        municipality=world.holstebro,
        slug="kladde",
        status=Story.Status.DRAFT,
        published_at=None,
        organisation=world.organisation,
    )
    url = reverse("community:story", args=["holstebro", draft.slug])
    assert client.get(url).status_code == 404
    for user, status in (
        (world.practitioner, 404),
        (world.other_owner, 404),
        (world.owner, 200),
        (world.editor, 200),
    ):
        client.force_login(user)
        assert client.get(url).status_code == status


@pytest.mark.parametrize("name", ["story_new", "story_manage"])
def test_writing_pages_are_for_editors_and_organisation_owners(client, world, name):
    url = reverse(f"community:{name}", args=["holstebro"])
    assert client.get(url).status_code == 302
    for role, status in (("practitioner", 404), ("other_editor", 404), ("owner", 200), ("editor", 200)):
        client.force_login(getattr(world, role))
        assert client.get(url).status_code == status, role


def test_an_owner_writes_a_story_through_the_form_and_an_editor_publishes_it(client, world):
    client.force_login(world.owner)
    response = client.post(
        reverse("community:story_new", args=["holstebro"]),
        {
            "title": "Lektiehjælp",
            "summary": "Om lektier.",
            "body": "Tekst",
            "language": "da",
            "organisation": world.organisation.pk,
            "save": "1",
        },
    )
    story = Story.objects.get(title="Lektiehjælp")
    assert response.status_code == 302
    client.post(reverse("community:story_submit", args=["holstebro", story.slug]))
    client.force_login(world.editor)
    assert client.get(reverse("community:story_review", args=["holstebro", story.slug])).status_code == 200
    client.post(
        reverse("community:story_review", args=["holstebro", story.slug]), {"action": "publish", "note": ""}
    )
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED


@pytest.mark.parametrize("count", [1, 6])
def test_the_story_list_query_count_does_not_grow(client, world, django_assert_max_num_queries, count):
    StoryFactory.create_batch(count, municipality=world.holstebro)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("community:stories", args=["holstebro"])).status_code == 200


def test_the_edit_page_offers_review_as_can_submit_story_says(client, world):
    story = StoryFactory(
        municipality=world.holstebro,
        organisation=world.organisation,
        author=world.owner,
        status=Story.Status.DRAFT,
        published_at=None,
    )
    edit_url = reverse("community:story_edit", args=["holstebro", story.slug])
    submit_url = reverse("community:story_submit", args=["holstebro", story.slug])
    client.force_login(world.owner)
    assert submit_url in client.get(edit_url).content.decode()
    client.post(submit_url)
    story.refresh_from_db()
    assert story.status == Story.Status.IN_REVIEW
    assert submit_url not in client.get(edit_url).content.decode()
    client.force_login(world.editor)  # editors publish or return instead
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RETURNED)
    assert submit_url not in client.get(edit_url).content.decode()
