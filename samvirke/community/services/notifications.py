"""Who hears about a post (mentions and watch levels), the in-site list, and e-mail preferences.

E-mail goes out at once (a background task enqueued on commit) or in the daily digest
(`manage.py send_forum_digest`), as the recipient chose; every e-mail carries a signed one-click
unsubscribe link (RFC 8058 List-Unsubscribe-Post).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from samvirke.accounts.models import User
from samvirke.community.models import (
    EmailMode,
    Notification,
    NotificationPreference,
    Post,
    Thread,
    Watch,
    WatchLevel,
)
from samvirke.community.tasks import send_notification_emails
from samvirke.community.tokens import read_unsubscribe_token


def _enqueue_emails(notification_ids: list[int]) -> None:
    if not notification_ids:
        return

    ids = list(notification_ids)
    transaction.on_commit(lambda: send_notification_emails.enqueue(notification_ids=ids))


def _watch_levels(thread) -> tuple[dict[int, str], dict[int, str]]:
    by_thread = dict(Watch.objects.filter(thread=thread).values_list("user_id", "level"))
    by_category = dict(Watch.objects.filter(category_id=thread.category_id).values_list("user_id", "level"))
    return by_thread, by_category


def _create(post: Post, wanted: dict[int, tuple[str, bool]]) -> list[Notification]:
    active = set(User.objects.filter(pk__in=wanted, is_active=True).values_list("pk", flat=True))
    created = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                kind=kind,
                actor_id=post.author_id,
                thread_id=post.thread_id,
                post=post,
                email_wanted=email,
            )
            for user_id, (kind, email) in wanted.items()
            if user_id in active
        ]
    )
    _enqueue_emails([n.pk for n in created if n.email_wanted])
    return created


def notify_new_post(*, post: Post) -> list[Notification]:
    """Tell mentioned practitioners, and those watching or tracking the thread or its category.

    A thread's own watch level wins over its category's; muted means nothing at all, not even
    mentions (as in Discourse). The author is never told about their own post.
    """
    thread = post.thread
    by_thread, by_category = _watch_levels(thread)

    def level(user_id: int) -> str:
        return by_thread.get(user_id) or by_category.get(user_id) or WatchLevel.NORMAL

    first = thread.post_count == 1
    wanted: dict[int, tuple[str, bool]] = {}
    for user_id in post.mentions.values_list("pk", flat=True):
        if level(user_id) != WatchLevel.MUTED:
            wanted[user_id] = (Notification.Kind.MENTION, True)
    for user_id in set(by_thread) | set(by_category):
        if user_id == post.author_id or user_id in wanted:
            continue
        kind = Notification.Kind.NEW_THREAD if first else Notification.Kind.NEW_POST
        if level(user_id) == WatchLevel.WATCHING:
            wanted[user_id] = (kind, True)
        elif level(user_id) == WatchLevel.TRACKING:
            wanted[user_id] = (kind, False)
    wanted.pop(post.author_id, None)
    return _create(post, wanted)


def notify_mentions(*, post: Post, users: list) -> list[Notification]:
    """Mentions added by an edit."""
    by_thread, by_category = _watch_levels(post.thread)
    wanted = {
        user.pk: (Notification.Kind.MENTION, True)
        for user in users
        if (by_thread.get(user.pk) or by_category.get(user.pk)) != WatchLevel.MUTED
    }
    return _create(post, wanted)


def notify_author(*, post: Post, kind: str, actor) -> Notification | None:
    """Tell a post's author that a moderator approved or hid it (in-site and by e-mail)."""
    if post.author_id is None or post.author_id == actor.pk:
        return None
    notification = Notification.objects.create(
        recipient_id=post.author_id, kind=kind, actor=actor, thread=post.thread, post=post, email_wanted=True
    )
    _enqueue_emails([notification.pk])
    return notification


def mark_read(*, user, notification_ids: list[int] | None = None) -> int:
    """Mark some (or all) of the user's unread notifications read."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())


def get_email_mode(*, user) -> str:
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference.email_mode if preference else EmailMode.IMMEDIATELY


def set_email_mode(*, user, mode: str) -> NotificationPreference:
    if mode not in EmailMode.values:
        raise ValidationError("unknown e-mail mode")
    preference, _created = NotificationPreference.objects.update_or_create(
        user=user, defaults={"email_mode": mode}
    )
    return preference


@transaction.atomic
def unsubscribe(*, token: str) -> dict:
    """Act on a signed unsubscribe token: mute one thread, or stop all notification e-mail.

    Returns {"user": ..., "thread": thread or None}. Raises signing.BadSignature (tampered or expired)
    or User.DoesNotExist.
    """
    data = read_unsubscribe_token(token)
    user = User.objects.get(pk=data["u"], is_active=True)
    thread = None
    if data.get("t"):
        thread = Thread.objects.filter(pk=data["t"]).first()
    if thread is not None:
        Watch.objects.update_or_create(user=user, thread=thread, defaults={"level": WatchLevel.MUTED})
    else:
        set_email_mode(user=user, mode=EmailMode.NEVER)
    return {"user": user, "thread": thread}
