"""The community's rules (samvirke.community.permissions), one behaviour per test."""

import pytest
from django.contrib.auth.models import AnonymousUser

from samvirke.community import permissions
from samvirke.community.models import Post, Story
from samvirke.community.tests.factories import ForumCategoryFactory, PostFactory, StoryFactory, ThreadFactory


def test_authors_edit_their_own_published_posts_while_the_thread_is_open(world):
    thread = ThreadFactory(
        category=ForumCategoryFactory(municipality=world.holstebro), author=world.practitioner
    )
    post = PostFactory(thread=thread, author=world.practitioner)
    assert permissions.can_edit_forum_post(world.practitioner, post)
    assert not permissions.can_edit_forum_post(world.colleague, post)
    post.status = Post.Status.PENDING
    assert not permissions.can_edit_forum_post(world.practitioner, post)
    post.status = Post.Status.PUBLISHED
    thread.is_locked = True
    assert not permissions.can_edit_forum_post(world.practitioner, post)
    assert permissions.can_edit_forum_post(world.editor, post)
    assert not permissions.can_edit_forum_post(world.other_editor, post)


def test_forum_categories_are_created_by_the_editors_of_their_scope(world):
    assert permissions.can_create_forum_category(world.editor, municipality=world.holstebro)
    assert not permissions.can_create_forum_category(world.other_editor, municipality=world.holstebro)
    assert permissions.can_create_forum_category(world.other_editor, region=world.halland)
    assert not permissions.can_create_forum_category(world.editor, region=world.halland)
    assert not permissions.can_create_forum_category(world.editor)
    assert not permissions.can_create_forum_category(AnonymousUser(), municipality=world.holstebro)


@pytest.mark.parametrize(
    ("status", "may_submit"),
    [
        (Story.Status.DRAFT, True),
        (Story.Status.RETURNED, True),
        (Story.Status.IN_REVIEW, False),
        (Story.Status.PUBLISHED, False),
    ],
)
def test_drafts_and_returned_stories_are_sent_for_review_by_who_may_edit_them(world, status, may_submit):
    story = StoryFactory(
        municipality=world.holstebro, organisation=world.organisation, author=world.owner, status=status
    )
    assert permissions.can_submit_story(world.owner, story) is may_submit
    assert not permissions.can_submit_story(world.other_owner, story)


def test_volunteer_organisers_are_editors_and_organisation_owners(world):
    assert permissions.can_organise_volunteers(world.editor, world.holstebro)
    assert permissions.can_organise_volunteers(world.owner, world.holstebro)
    assert not permissions.can_organise_volunteers(world.practitioner, world.holstebro)
    assert not permissions.can_organise_volunteers(world.other_editor, world.holstebro)
    assert not permissions.can_organise_volunteers(AnonymousUser(), world.holstebro)
