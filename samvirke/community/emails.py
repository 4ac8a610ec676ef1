"""The community's e-mails: notifications (at once or as a digest) and volunteers' confirmations.

Every notification e-mail has a signed one-click unsubscribe link, also in the List-Unsubscribe
and List-Unsubscribe-Post headers (RFC 8058), so mail clients can offer it.
"""

from collections import defaultdict

from django.urls import reverse
from django.utils import timezone

from samvirke.accounts.mail import absolute_url, send_mail_from_templates
from samvirke.community.models import EmailMode, Notification, NotificationPreference
from samvirke.community.tokens import make_unsubscribe_token


def _unsubscribe_headers(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _modes(user_ids) -> dict[int, str]:
    return dict(
        NotificationPreference.objects.filter(user_id__in=user_ids).values_list("user_id", "email_mode")
    )


def send_immediate(*, notification_ids: list[int]) -> int:
    """E-mail the given notifications now to recipients who want e-mail at once; returns how many went out."""
    notifications = list(
        Notification.objects.filter(pk__in=notification_ids, email_wanted=True, emailed_at__isnull=True)
        .select_related(
            "recipient", "actor", "thread__category__municipality", "thread__category__region", "post"
        )
        .order_by("pk")
    )
    modes = _modes({n.recipient_id for n in notifications})
    sent = 0
    for notification in notifications:
        if modes.get(notification.recipient_id, EmailMode.IMMEDIATELY) != EmailMode.IMMEDIATELY:
            continue  # the digest (or nobody) takes it
        thread = notification.thread
        unsubscribe = absolute_url(
            reverse(
                "community:unsubscribe",
                args=[make_unsubscribe_token(user_id=notification.recipient_id, thread_id=thread.pk)],
            )
        )
        sent += send_mail_from_templates(
            to=[notification.recipient.email],
            template="community/email/notification",
            context={
                "notification": notification,
                "url": absolute_url(
                    notification.post.get_absolute_url() if notification.post else thread.get_absolute_url()
                ),
                "unsubscribe_url": unsubscribe,
                "settings_url": absolute_url(reverse("community:notification_settings")),
            },
            language=thread.category.language,
            headers=_unsubscribe_headers(unsubscribe),
        )
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return sent


def send_daily_digests(*, now=None) -> int:
    """One e-mail per practitioner who chose the daily digest, listing what they have not been e-mailed
    about, grouped by thread. Returns the number of digests sent."""
    now = now or timezone.now()
    digest_users = NotificationPreference.objects.filter(email_mode=EmailMode.DAILY).values("user_id")
    pending = (
        Notification.objects.filter(
            email_wanted=True,
            emailed_at__isnull=True,
            recipient_id__in=digest_users,
            recipient__is_active=True,
        )
        .select_related(
            "recipient", "actor", "thread__category__municipality", "thread__category__region", "post"
        )
        .order_by("recipient_id", "thread_id", "created_at")
    )
    by_user: dict[int, list[Notification]] = defaultdict(list)
    for notification in pending:
        by_user[notification.recipient_id].append(notification)
    sent = 0
    for items in by_user.values():
        recipient = items[0].recipient
        threads: dict[int, dict] = {}
        for item in items:
            entry = threads.setdefault(
                item.thread_id,
                {"thread": item.thread, "url": absolute_url(item.thread.get_absolute_url()), "items": []},
            )
            entry["items"].append(item)
        unsubscribe = absolute_url(
            reverse("community:unsubscribe", args=[make_unsubscribe_token(user_id=recipient.pk)])
        )
        sent += send_mail_from_templates(
            to=[recipient.email],
            template="community/email/digest",
            context={
                "recipient": recipient,
                "threads": list(threads.values()),
                "count": len(items),
                "unsubscribe_url": unsubscribe,
                "settings_url": absolute_url(reverse("community:notification_settings")),
            },
            language=items[0].thread.category.language,
            headers=_unsubscribe_headers(unsubscribe),
        )
        Notification.objects.filter(pk__in=[item.pk for item in items]).update(emailed_at=now)
    return sent
