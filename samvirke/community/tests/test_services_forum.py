import pytest
from django.core.exceptions import ValidationError

from samvirke.community.models import Flag, Notification, Post, Thread, Watch, WatchLevel
from samvirke.community.services import forum
from samvirke.community.tests.factories import ForumCategoryFactory, PostFactory, ThreadFactory


@pytest.fixture
def category(world):
    return ForumCategoryFactory(municipality=world.holstebro, approve_first_posts=False)


def test_starting_a_thread_publishes_the_first_post_and_the_author_watches_it(world, category):
    thread = forum.start_thread(
        category=category, author=world.practitioner, title="  Sprogcafé  om tirsdagen ", body="Hej alle"
    )
    assert thread.title == "Sprogcafé om tirsdagen"
    assert thread.post_count == 1
    assert thread.posts.get().status == Post.Status.PUBLISHED
    assert Watch.objects.get(user=world.practitioner, thread=thread).level == WatchLevel.WATCHING


def test_only_approved_practitioners_post(world, category):
    with pytest.raises(PermissionError):
        forum.start_thread(category=category, author=world.newcomer, title="Hej", body="Hej")


def test_empty_title_or_text_is_refused_with_a_message(world, category):
    with pytest.raises(ValidationError) as error:
        forum.start_thread(category=category, author=world.practitioner, title="   ", body="tekst")
    assert "title" in error.value.message_dict
    with pytest.raises(ValidationError):
        forum.start_thread(category=category, author=world.practitioner, title="Titel", body="  ")
    assert not Thread.objects.exists()


def test_a_mention_notifies_the_colleague_by_email_wanted(world, category):
    thread = forum.start_thread(
        category=category, author=world.practitioner, title="Møde", body="Hvad siger @karim?"
    )
    notification = Notification.objects.get(recipient=world.colleague)
    assert notification.kind == Notification.Kind.MENTION
    assert notification.email_wanted
    assert notification.thread == thread
    assert list(thread.posts.get().mentions.all()) == [world.colleague]


def test_an_unapproved_user_cannot_be_mentioned(world, category):
    forum.start_thread(category=category, author=world.practitioner, title="Møde", body="Hej @nyoprettet")
    assert not Notification.objects.exists()


def test_a_new_members_first_post_waits_for_approval_and_then_notifies(world):
    moderated = ForumCategoryFactory(municipality=world.holstebro, approve_first_posts=True)
    thread = forum.start_thread(
        category=moderated, author=world.practitioner, title="Første", body="Hej @karim"
    )
    post = thread.posts.get()
    assert post.status == Post.Status.PENDING
    assert thread.post_count == 0
    assert not Notification.objects.filter(recipient=world.colleague).exists()

    forum.approve_post(post_id=post.pk, moderator=world.editor)
    post.refresh_from_db()
    thread.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED and thread.post_count == 1
    assert Notification.objects.filter(recipient=world.colleague, kind=Notification.Kind.MENTION).exists()
    assert Notification.objects.filter(
        recipient=world.practitioner, kind=Notification.Kind.POST_APPROVED
    ).exists()
    # Now trusted: the second post needs no approval.
    second = forum.reply(thread_id=thread.pk, author=world.practitioner, body="Og én mere")
    assert second.status == Post.Status.PUBLISHED


def test_editors_posts_never_wait(world):
    moderated = ForumCategoryFactory(municipality=world.holstebro, approve_first_posts=True)
    thread = forum.start_thread(category=moderated, author=world.editor, title="Velkommen", body="Velkommen")
    assert thread.posts.get().status == Post.Status.PUBLISHED


def test_replies_notify_watchers_by_level(world, category):
    thread = forum.start_thread(category=category, author=world.practitioner, title="Tråd", body="Start")
    forum.set_watch(user=world.colleague, thread=thread, level=WatchLevel.TRACKING)
    forum.set_watch(user=world.owner, category=category, level=WatchLevel.WATCHING)
    forum.set_watch(user=world.other_owner, category=category, level=WatchLevel.WATCHING)
    forum.set_watch(
        user=world.other_owner, thread=thread, level=WatchLevel.MUTED
    )  # the thread's own level wins
    forum.reply(thread_id=thread.pk, author=world.editor, body="Svar")
    notifications = {n.recipient: n for n in Notification.objects.filter(kind=Notification.Kind.NEW_POST)}
    assert set(notifications) == {world.practitioner, world.colleague, world.owner}
    assert notifications[world.practitioner].email_wanted  # the author watches their thread
    assert not notifications[world.colleague].email_wanted  # tracking: in-site only
    assert notifications[world.owner].email_wanted
    assert Watch.objects.get(user=world.editor, thread=thread).level == WatchLevel.TRACKING  # replying tracks


def test_a_muted_thread_silences_even_mentions(world, category):
    thread = forum.start_thread(category=category, author=world.practitioner, title="Tråd", body="Start")
    forum.set_watch(user=world.colleague, thread=thread, level=WatchLevel.MUTED)
    forum.reply(thread_id=thread.pk, author=world.practitioner, body="@karim se her")
    assert not Notification.objects.filter(recipient=world.colleague).exists()


def test_locked_threads_take_replies_only_from_moderators(world, category):
    thread = forum.start_thread(category=category, author=world.practitioner, title="Tråd", body="Start")
    forum.update_thread(thread_id=thread.pk, moderator=world.editor, locked=True)
    with pytest.raises(ValidationError):
        forum.reply(thread_id=thread.pk, author=world.colleague, body="Må jeg?")
    assert (
        forum.reply(thread_id=thread.pk, author=world.editor, body="Lukket").status == Post.Status.PUBLISHED
    )


def test_only_moderators_of_the_category_moderate(world, category):
    thread = ThreadFactory(category=category, author=world.practitioner)
    for user in (world.practitioner, world.owner, world.other_editor):
        with pytest.raises(PermissionError):
            forum.update_thread(thread_id=thread.pk, moderator=user, pinned=True)
    forum.update_thread(thread_id=thread.pk, moderator=world.editor, pinned=True)
    thread.refresh_from_db()
    assert thread.is_pinned


def test_regional_categories_are_moderated_by_editors_in_the_region(world):
    regional = ForumCategoryFactory(municipality=None, region=world.halland)
    thread = ThreadFactory(category=regional)
    forum.update_thread(
        thread_id=thread.pk, moderator=world.other_editor, locked=True
    )  # Halmstad is in Halland
    with pytest.raises(PermissionError):
        forum.update_thread(thread_id=thread.pk, moderator=world.editor, locked=False)  # Holstebro is not


def test_moving_a_thread_needs_rights_in_both_categories(world, category):
    thread = ThreadFactory(category=category)
    elsewhere = ForumCategoryFactory(municipality=world.halmstad)
    with pytest.raises(PermissionError):
        forum.update_thread(thread_id=thread.pk, moderator=world.editor, category=elsewhere)
    sibling = ForumCategoryFactory(municipality=world.holstebro)
    forum.update_thread(thread_id=thread.pk, moderator=world.editor, category=sibling)
    thread.refresh_from_db()
    assert thread.category == sibling


def test_flagging_then_hiding_upholds_the_flags_and_tells_the_author(world, category):
    post = PostFactory(
        thread=ThreadFactory(category=category, author=world.practitioner), author=world.practitioner
    )
    flag = forum.flag_post(post_id=post.pk, reporter=world.colleague, reason=Flag.Reason.PERSONAL_DATA)
    with pytest.raises(ValidationError):
        forum.flag_post(post_id=post.pk, reporter=world.colleague, reason=Flag.Reason.SPAM)
    forum.hide_post(post_id=post.pk, moderator=world.editor, note="Personoplysninger")
    post.refresh_from_db()
    flag.refresh_from_db()
    assert post.status == Post.Status.HIDDEN and post.thread.post_count == 0
    assert flag.status == Flag.Status.UPHELD and flag.handled_by == world.editor
    assert Notification.objects.filter(
        recipient=world.practitioner, kind=Notification.Kind.POST_HIDDEN
    ).exists()


def test_authors_edit_their_own_posts_and_new_mentions_are_told(world, category):
    thread = forum.start_thread(category=category, author=world.practitioner, title="Tråd", body="Start")
    post = thread.posts.get()
    with pytest.raises(PermissionError):
        forum.edit_post(post_id=post.pk, editor=world.colleague, body="Ændret")
    forum.edit_post(post_id=post.pk, editor=world.practitioner, body="Start, @karim")
    post.refresh_from_db()
    assert post.edited_at is not None and "mention" in post.body_html
    assert Notification.objects.filter(recipient=world.colleague, kind=Notification.Kind.MENTION).count() == 1


def test_links_to_handbook_entries_become_cards(world, category):
    thread = forum.start_thread(
        category=category,
        author=world.practitioner,
        title="Tråd",
        body="Se [Sprogcaféen](/holstebro/initiatives/sprogcafeen/) og [os](/holstebro/organisations/frivilligcenter/)",
    )
    post = thread.posts.get()
    assert list(post.initiatives.all()) == [world.initiative]
    assert list(post.organisations.all()) == [world.organisation]


def test_categories_are_created_by_editors_with_unique_slugs(world):
    first = forum.create_category(user=world.editor, municipality=world.holstebro, name="Sprog")
    second = forum.create_category(user=world.editor, municipality=world.holstebro, name="Sprog")
    assert (first.slug, second.slug) == ("sprog", "sprog-2")
    with pytest.raises(PermissionError):
        forum.create_category(user=world.owner, municipality=world.holstebro, name="Mit eget")
    regional = forum.create_category(user=world.other_editor, region=world.halland, name="Hela Halland")
    assert regional.region == world.halland and regional.municipality is None
