"""Writes for the forum: categories, threads, posts, moderation and watches."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.models import User
from samvirke.community import permissions
from samvirke.community.markdown import mention_candidates, render_markdown
from samvirke.community.models import Flag, ForumCategory, Notification, Post, Thread, Watch, WatchLevel
from samvirke.community.services import notifications
from samvirke.core.slugs import unique_slug
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.text import fold

MAX_TITLE = 200


def _require_forum(user) -> None:
    if not permissions.can_use_forum(user):
        raise PermissionError("the forum is for approved practitioners")


def _require_moderator(user, category: ForumCategory) -> None:
    if not permissions.can_moderate_forum_category(user, category):
        raise PermissionError("not a moderator of this category")


def mentionable_usernames(text: str) -> dict[str, str]:
    """The @names in `text` that are approved practitioners, as {lower-case name: username}."""
    candidates = mention_candidates(text)
    if not candidates:
        return {}
    query = Q()
    for name in candidates:
        query |= Q(username__iexact=name)
    users = (
        User.objects.filter(query, is_active=True)
        .filter(Q(memberships__isnull=False) | Q(is_staff=True) | Q(is_superuser=True))
        .values_list("username", flat=True)
        .distinct()
    )
    return {username.lower(): username for username in users}


def _render_into(post: Post, body: str) -> list[str]:
    """Render and sanitise `body` into the post; returns the mentioned usernames."""
    rendered = render_markdown(body, known_usernames=mentionable_usernames(body))
    post.body = body
    post.body_html = rendered.html
    post.search_text = fold(body)
    post._entry_links = rendered.entry_links
    return rendered.mentioned


def _link_entries(post: Post) -> None:
    links = getattr(post, "_entry_links", [])
    initiatives, organisations = [], []
    for municipality, kind, slug in links:
        model = Initiative if kind == "initiatives" else Organisation
        entry = model.objects.filter(municipality__slug=municipality, slug=slug).first()
        if entry is not None:
            (initiatives if kind == "initiatives" else organisations).append(entry)
    post.initiatives.set(initiatives)
    post.organisations.set(organisations)


def _is_trusted(user, category: ForumCategory) -> bool:
    """Moderators, and anyone with a published post, post without approval."""
    return (
        permissions.can_moderate_forum_category(user, category)
        or Post.objects.filter(author=user, status=Post.Status.PUBLISHED).exists()
    )


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError({"title": _("Give the thread a title.")})
    if len(title) > MAX_TITLE:
        raise ValidationError({"title": _("The title is too long (at most 200 characters).")})
    return title


def _new_post(*, thread: Thread, author, body: str) -> Post:
    if not body.strip():
        raise ValidationError({"body": _("Write something first.")})
    needs_approval = thread.category.approve_first_posts and not _is_trusted(author, thread.category)
    post = Post(
        thread=thread,
        author=author,
        status=Post.Status.PENDING if needs_approval else Post.Status.PUBLISHED,
    )
    mentioned = _render_into(post, body)
    post.full_clean()
    post.save()
    post.mentions.set(User.objects.filter(username__in=mentioned).exclude(pk=author.pk))
    _link_entries(post)
    if post.status == Post.Status.PUBLISHED:
        _published(post)
    return post


def _published(post: Post) -> None:
    """Count the post in its thread and tell mentioned people and watchers."""
    thread = post.thread
    thread.post_count = thread.posts.filter(status=Post.Status.PUBLISHED).count()
    thread.last_post_at = max(thread.last_post_at, post.created_at)
    thread.save(update_fields=["post_count", "last_post_at"])
    notifications.notify_new_post(post=post)


def _recount(thread: Thread) -> None:
    published = thread.posts.filter(status=Post.Status.PUBLISHED)
    thread.post_count = published.count()
    thread.last_post_at = published.aggregate(last=Max("created_at"))["last"] or thread.created_at
    thread.save(update_fields=["post_count", "last_post_at"])


def _auto_watch(user, thread: Thread, level: str) -> None:
    Watch.objects.get_or_create(user=user, thread=thread, defaults={"level": level})


@transaction.atomic
def start_thread(*, category: ForumCategory, author, title: str, body: str) -> Thread:
    """Open a thread with its first post. The author watches it.

    Raises PermissionError (not a practitioner) or ValidationError (empty title or text).
    """
    _require_forum(author)
    thread = Thread(category=category, author=author, title=_clean_title(title), last_post_at=timezone.now())
    thread.full_clean()
    thread.save()
    _new_post(thread=thread, author=author, body=body)
    _auto_watch(author, thread, WatchLevel.WATCHING)
    return thread


@transaction.atomic
def reply(*, thread_id: int, author, body: str) -> Post:
    """Add a post to a thread. Replying tracks the thread unless the author chose a level.

    Raises PermissionError, or ValidationError when the thread is locked or the text empty.
    """
    _require_forum(author)
    thread = Thread.objects.select_for_update().select_related("category").get(pk=thread_id)
    moderator = permissions.can_moderate_forum_category(author, thread.category)
    if thread.is_hidden and not moderator:
        raise PermissionError("hidden thread")
    if thread.is_locked and not moderator:
        raise ValidationError(_("This thread is locked: no new replies."))
    post = _new_post(thread=thread, author=author, body=body)
    _auto_watch(author, thread, WatchLevel.TRACKING)
    return post


@transaction.atomic
def edit_post(*, post_id: int, editor, body: str) -> Post:
    """Change a post's text; newly mentioned people are told. Raises PermissionError or ValidationError."""
    post = Post.objects.select_for_update().select_related("thread__category").get(pk=post_id)
    if not permissions.can_edit_forum_post(editor, post):
        raise PermissionError("may not edit this post")
    if not body.strip():
        raise ValidationError({"body": _("Write something first.")})
    before = set(post.mentions.values_list("pk", flat=True))
    mentioned = _render_into(post, body)
    post.edited_at = timezone.now()
    post.full_clean()
    post.save()
    post.mentions.set(User.objects.filter(username__in=mentioned).exclude(pk=post.author_id))
    _link_entries(post)
    if post.status == Post.Status.PUBLISHED:
        new = post.mentions.exclude(pk__in=before)
        notifications.notify_mentions(post=post, users=list(new))
    return post


@transaction.atomic
def flag_post(*, post_id: int, reporter, reason: str, note: str = "") -> Flag:
    """Report a post to the moderators. Raises PermissionError or ValidationError (already flagged)."""
    _require_forum(reporter)
    post = Post.objects.select_related("thread").get(pk=post_id, status=Post.Status.PUBLISHED)
    if Flag.objects.filter(post=post, reporter=reporter, status=Flag.Status.OPEN).exists():
        raise ValidationError(_("You have already flagged this post."))
    flag = Flag(post=post, reporter=reporter, reason=reason, note=note)
    flag.full_clean()
    flag.save()
    return flag


def _lock_post_for(moderator, post_id: int) -> Post:
    post = Post.objects.select_for_update().select_related("thread__category").get(pk=post_id)
    _require_moderator(moderator, post.thread.category)
    return post


def _close_flags(post: Post, moderator, status: str) -> int:
    return Flag.objects.filter(post=post, status=Flag.Status.OPEN).update(
        status=status, handled_by=moderator, handled_at=timezone.now()
    )


@transaction.atomic
def hide_post(*, post_id: int, moderator, note: str = "") -> Post:
    """Hide a post (or reject a waiting one); open flags on it are upheld and the author is told."""
    post = _lock_post_for(moderator, post_id)
    post.status = Post.Status.HIDDEN
    post.moderated_by = moderator
    post.moderation_note = note[:300]
    post.save(update_fields=["status", "moderated_by", "moderation_note"])
    _close_flags(post, moderator, Flag.Status.UPHELD)
    _recount(post.thread)
    notifications.notify_author(post=post, kind=Notification.Kind.POST_HIDDEN, actor=moderator)
    return post


@transaction.atomic
def approve_post(*, post_id: int, moderator) -> Post:
    """Publish a waiting (or hidden) post; mentioned people and watchers are told now."""
    post = _lock_post_for(moderator, post_id)
    if post.status == Post.Status.PUBLISHED:
        raise ValidationError(_("This post is already published."))
    was_pending = post.status == Post.Status.PENDING
    post.status = Post.Status.PUBLISHED
    post.moderated_by = moderator
    post.save(update_fields=["status", "moderated_by"])
    _published(post)
    if was_pending:
        notifications.notify_author(post=post, kind=Notification.Kind.POST_APPROVED, actor=moderator)
    return post


@transaction.atomic
def dismiss_flags(*, post_id: int, moderator) -> int:
    post = _lock_post_for(moderator, post_id)
    return _close_flags(post, moderator, Flag.Status.DISMISSED)


@transaction.atomic
def update_thread(
    *,
    thread_id: int,
    moderator,
    locked: bool | None = None,
    pinned: bool | None = None,
    hidden: bool | None = None,
    category: ForumCategory | None = None,
) -> Thread:
    """Lock, pin, hide or move a thread (moving needs moderation rights in both categories)."""
    thread = Thread.objects.select_for_update().select_related("category").get(pk=thread_id)
    _require_moderator(moderator, thread.category)
    if category is not None and category.pk != thread.category_id:
        _require_moderator(moderator, category)
        thread.category = category
    for name, value in (("is_locked", locked), ("is_pinned", pinned), ("is_hidden", hidden)):
        if value is not None:
            setattr(thread, name, value)
    thread.full_clean()
    thread.save()
    return thread


@transaction.atomic
def set_watch(
    *, user, level: str, category: ForumCategory | None = None, thread: Thread | None = None
) -> Watch:
    """Choose how much to hear about a category or a thread."""
    _require_forum(user)
    if level not in WatchLevel.values:
        raise ValidationError(_("Choose a watch level."))
    lookup = (
        {"user": user, "category": category} if category is not None else {"user": user, "thread": thread}
    )
    watch, _created = Watch.objects.update_or_create(**lookup, defaults={"level": level})
    return watch


@transaction.atomic
def create_category(
    *,
    user,
    name: str,
    municipality=None,
    region=None,
    description: str = "",
    approve_first_posts: bool = True,
) -> ForumCategory:
    """A new category for a municipality (its editors) or a region (editors in the region)."""
    if not permissions.can_create_forum_category(user, municipality=municipality, region=region):
        raise PermissionError("not an editor here")
    if municipality is not None:
        siblings = ForumCategory.objects.filter(municipality=municipality)
    else:
        siblings = ForumCategory.objects.filter(region=region)
    slug = unique_slug(
        name, taken=lambda slug: siblings.filter(slug=slug).exists(), max_length=70, fallback="category"
    )
    category = ForumCategory(
        municipality=municipality,
        region=region,
        name=" ".join(name.split()),
        slug=slug,
        description=description,
        approve_first_posts=approve_first_posts,
        order=siblings.count(),
        created_by=user,
    )
    category.full_clean()
    category.save()
    return category
