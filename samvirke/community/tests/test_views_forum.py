import pytest
from django.urls import reverse

from samvirke.community.models import Notification, Post, Thread
from samvirke.community.tests.factories import ForumCategoryFactory, PostFactory, ThreadFactory


@pytest.fixture
def forum(world):
    world.category = ForumCategoryFactory(
        municipality=world.holstebro, name="Integrationsnetværket", approve_first_posts=False
    )
    world.halmstad_category = ForumCategoryFactory(municipality=world.halmstad)
    world.thread = ThreadFactory(
        category=world.category, author=world.practitioner, title="Hvem koordinerer?"
    )
    world.post = PostFactory(
        thread=world.thread, author=world.practitioner, body="Hvem koordinerer modtagelsen?"
    )
    return world


PAGES = {
    # url name, args (attribute names on world) -> who may see it (others: 404; anonymous: sign in)
    "forum": (lambda w: ["holstebro"], "practitioner"),
    "forum_search": (lambda w: ["holstebro"], "practitioner"),
    "region_forum": (lambda w: ["halland"], "practitioner"),
    "category": (lambda w: [w.category.pk], "practitioner"),
    "thread_new": (lambda w: [w.category.pk], "practitioner"),
    "thread": (lambda w: [w.thread.pk], "practitioner"),
    "post_flag": (lambda w: [w.post.pk], "practitioner"),
    "post_edit": (lambda w: [w.post.pk], "author or moderator"),
    "moderation": (lambda w: [], "editor"),
    "category_new": (lambda w: ["holstebro"], "editor"),
    "region_category_new": (lambda w: ["halland"], "region editor"),
}
ALLOWED = {
    "practitioner": {"practitioner", "colleague", "owner", "other_editor", "editor", "admin"},
    "author or moderator": {"practitioner", "editor", "admin"},
    "editor": {"editor", "admin"},
    "region editor": {"other_editor", "admin"},
}


@pytest.mark.parametrize("name", PAGES)
def test_forum_pages_follow_the_permission_table(client, forum, name):
    args, rule = PAGES[name]
    url = reverse(f"community:{name}", args=args(forum))
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"], name
    for role in ("newcomer", "practitioner", "colleague", "owner", "other_editor", "editor", "admin"):
        client.force_login(getattr(forum, role))
        expected = 200 if role in ALLOWED[rule] else 404
        if name == "moderation" and role == "other_editor":
            expected = 200  # moderates Halmstad's category
        assert client.get(url).status_code == expected, (name, role)


def test_a_practitioner_posts_a_reply_and_mentions_a_colleague(client, forum):
    client.force_login(forum.practitioner)
    response = client.post(
        reverse("community:thread", args=[forum.thread.pk]), {"body": "Spørg @karim om det."}
    )
    post = Post.objects.latest("pk")
    assert response.status_code == 302 and response["Location"].endswith(f"#post-{post.pk}")
    assert Notification.objects.get(recipient=forum.colleague).kind == Notification.Kind.MENTION
    page = client.get(reverse("community:thread", args=[forum.thread.pk])).content.decode()
    assert '<span class="mention">@karim</span>' in page


def test_a_new_thread_through_the_form(client, forum):
    client.force_login(forum.colleague)
    response = client.post(
        reverse("community:thread_new", args=[forum.category.pk]),
        {"title": "Lektiehjælp", "body": "Hvem har plads?"},
    )
    thread = Thread.objects.get(title="Lektiehjælp")
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()


def test_an_invalid_post_keeps_what_was_typed(client, forum):
    client.force_login(forum.practitioner)
    response = client.post(
        reverse("community:thread_new", args=[forum.category.pk]), {"title": "", "body": "Min lange tekst"}
    )
    assert response.status_code == 200
    assert "Min lange tekst" in response.content.decode()


def test_quoting_prefills_the_reply_with_the_quoted_post(client, forum):
    client.force_login(forum.colleague)
    page = client.get(
        reverse("community:thread", args=[forum.thread.pk]) + f"?quote={forum.post.pk}"
    ).content.decode()
    assert "&gt; @mette:" in page and "&gt; Hvem koordinerer modtagelsen?" in page


def test_moderators_hide_lock_pin_and_move(client, forum):
    client.force_login(forum.editor)
    client.post(reverse("community:thread_moderate", args=[forum.thread.pk]), {"action": "lock"})
    client.post(reverse("community:thread_moderate", args=[forum.thread.pk]), {"action": "pin"})
    other = ForumCategoryFactory(municipality=forum.holstebro)
    client.post(
        reverse("community:thread_moderate", args=[forum.thread.pk]), {"action": "move", "category": other.pk}
    )
    forum.thread.refresh_from_db()
    assert forum.thread.is_locked and forum.thread.is_pinned and forum.thread.category == other
    client.post(reverse("community:post_moderate", args=[forum.post.pk]), {"action": "hide", "note": "Fejl"})
    forum.post.refresh_from_db()
    assert forum.post.status == Post.Status.HIDDEN


def test_others_cannot_moderate(client, forum):
    client.force_login(forum.colleague)
    assert (
        client.post(
            reverse("community:thread_moderate", args=[forum.thread.pk]), {"action": "lock"}
        ).status_code
        == 404
    )
    assert (
        client.post(reverse("community:post_moderate", args=[forum.post.pk]), {"action": "hide"}).status_code
        == 404
    )
    forum.thread.refresh_from_db()
    assert not forum.thread.is_locked


def test_hidden_threads_are_not_found_by_practitioners(client, forum):
    forum.thread.is_hidden = True
    forum.thread.save()
    client.force_login(forum.colleague)
    assert client.get(reverse("community:thread", args=[forum.thread.pk])).status_code == 404
    client.force_login(forum.editor)
    assert client.get(reverse("community:thread", args=[forum.thread.pk])).status_code == 200


def test_flagging_lands_in_the_moderation_queue(client, forum):
    client.force_login(forum.colleague)
    client.post(
        reverse("community:post_flag", args=[forum.post.pk]),
        {"reason": "personal_data", "note": "Navn på borger"},
    )
    client.force_login(forum.editor)
    page = client.get(reverse("community:moderation")).content.decode()
    assert "Navn på borger" in page and "Hvem koordinerer?" in page


def test_watch_levels_are_saved_from_the_thread_page(client, forum):
    client.force_login(forum.colleague)
    client.post(reverse("community:thread_watch", args=[forum.thread.pk]), {"level": "watching"})
    client.post(reverse("community:category_watch", args=[forum.category.pk]), {"level": "muted"})
    assert forum.colleague.forum_watches.get(thread=forum.thread).level == "watching"
    assert forum.colleague.forum_watches.get(category=forum.category).level == "muted"


def test_search_finds_posts_despite_typos_and_compounds(client, forum):
    PostFactory(
        thread=forum.thread,
        author=forum.colleague,
        body="Vi søger **frivillige** til [lektiehjælp](https://example.org/lektier) i biblioteket & caféen.",
        search_text="vi søger frivillige til lektiehjælp i biblioteket.",
    )
    PostFactory(
        thread=ThreadFactory(category=forum.halmstad_category),
        body="frivillige i Halmstad",
        search_text="frivillige i halmstad",
    )
    client.force_login(forum.practitioner)
    page = client.get(
        reverse("community:forum_search", args=["holstebro"]), {"q": "frivilig lektie"}
    ).content.decode()
    assert "Hvem koordinerer?" in page  # the thread of the matching post
    assert "1 post found" in page or "1 indlæg fundet" in page
    assert "Halmstad" not in page  # another municipality's category
    # The snippet is the text people read, not its Markdown.
    assert "Vi søger frivillige til lektiehjælp i biblioteket &amp; caféen." in page and "**" not in page


@pytest.mark.parametrize("threads", [1, 8])
def test_the_category_page_query_count_does_not_grow(client, forum, django_assert_max_num_queries, threads):
    ThreadFactory.create_batch(threads, category=forum.category)
    client.force_login(forum.practitioner)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("community:category", args=[forum.category.pk])).status_code == 200


@pytest.mark.parametrize("posts", [1, 8])
def test_the_thread_page_query_count_does_not_grow(client, forum, django_assert_max_num_queries, posts):
    PostFactory.create_batch(posts, thread=forum.thread, author=forum.colleague)
    client.force_login(forum.practitioner)
    with django_assert_max_num_queries(16):
        assert client.get(reverse("community:thread", args=[forum.thread.pk])).status_code == 200


def test_the_thread_page_offers_edit_links_as_can_edit_forum_post_says(client, forum):
    """The template asks the rule (decision 0067): an author edits their post only while the thread is open.
    The page used to show the author an edit link in a locked thread that led to a 404."""
    edit_url = reverse("community:post_edit", args=[forum.post.pk])
    thread_url = reverse("community:thread", args=[forum.thread.pk])
    client.force_login(forum.practitioner)
    assert edit_url in client.get(thread_url).content.decode()

    Thread.objects.filter(pk=forum.thread.pk).update(is_locked=True)
    assert edit_url not in client.get(thread_url).content.decode()
    assert client.get(edit_url).status_code == 404

    client.force_login(forum.editor)  # moderators edit any post, locked or not
    assert edit_url in client.get(thread_url).content.decode()
    assert client.get(edit_url).status_code == 200
