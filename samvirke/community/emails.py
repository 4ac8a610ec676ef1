"""The community's e-mails: notifications (at once or as a digest) and volunteers' confirmations.

Every notification e-mail has a signed one-click unsubscribe link, also in the List-Unsubscribe
and List-Unsubscribe-Post headers (RFC 8058), so mail clients can offer it.
"""

from collections import defaultdict
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from samvirke.accounts.mail import absolute_url, send_mail_from_templates
from samvirke.accounts.models import Membership, Role, User
from samvirke.community.ics import build_shift_ics
from samvirke.community.models import (
    EmailMode,
    Notification,
    NotificationPreference,
    Story,
    VolunteerBooking,
    VolunteerMessage,
    VolunteerSignup,
)
from samvirke.community.tokens import make_unsubscribe_token, signup_path


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


# --- what the background tasks send (services queue them; community/tasks.py runs them) ---


def message_recipients(message: VolunteerMessage) -> list[str]:
    bookings = VolunteerBooking.objects.filter(shift__need=message.need).exclude(
        status=VolunteerBooking.Status.CANCELLED
    )
    if message.shift_id:
        bookings = bookings.filter(shift_id=message.shift_id)
    if message.audience != VolunteerMessage.Audience.ALL:
        bookings = bookings.filter(status=message.audience)
    return sorted(set(bookings.values_list("signup__email", flat=True)))


def deliver_message(*, message_id: int) -> int:
    message = VolunteerMessage.objects.select_related("need__initiative", "need__municipality", "sender").get(
        pk=message_id
    )
    reply_to = [message.need.contact_email or (message.sender.email if message.sender else "")]
    sent = 0
    for address in message_recipients(
        message
    ):  # one e-mail each: volunteers never see each other's addresses
        sent += send_mail_from_templates(
            to=[address],
            template="community/email/volunteer_message",
            context={"message": message},
            language=message.need.municipality.language,
            reply_to=[a for a in reply_to if a] or None,
        )
    return sent


def email_volunteer(*, signup_id: int, event: str, booking_ids: list[int]) -> int:
    """Confirmation (with an .ics per confirmed shift), promotion from the waiting list, or cancellation."""
    signup = (
        VolunteerSignup.objects.select_related("need__initiative", "need__municipality")
        .filter(pk=signup_id)
        .first()
    )
    if signup is None:
        return 0  # deleted meanwhile (at the volunteer's request)
    bookings = list(signup.bookings.select_related("shift__need__initiative").order_by("shift__starts_at"))
    chosen = [b for b in bookings if b.pk in booking_ids] if booking_ids else bookings
    path = signup_path(signup)
    attachments = [
        (
            f"{b.shift.starts_at.astimezone(ZoneInfo(signup.need.municipality.time_zone)):%Y-%m-%d-%H%M}.ics",
            build_shift_ics(booking=b, manage_path=path),
            "text/calendar",
        )
        for b in chosen
        if b.status == VolunteerBooking.Status.CONFIRMED and event in ("confirmation", "promoted")
    ]
    return send_mail_from_templates(
        to=[signup.email],
        template=f"community/email/volunteer_{event}",
        context={
            "signup": signup,
            "bookings": chosen,
            "url": absolute_url(path),
            "zone": signup.need.municipality.time_zone,
        },
        language=signup.need.municipality.language,
        attachments=attachments,
        reply_to=[signup.need.contact_email] if signup.need.contact_email else None,
    )


def email_about_review(*, story_id: int, event: str) -> int:
    """E-mail editors about a submitted story, or its author about a decision."""
    story = Story.objects.select_related("municipality", "author").get(pk=story_id)
    municipality = story.municipality
    if event == "submitted":
        editor_ids = Membership.objects.filter(role=Role.EDITOR, municipality=municipality).values("user_id")
        if municipality.region_id:
            editor_ids = editor_ids.union(
                Membership.objects.filter(role=Role.EDITOR, region_id=municipality.region_id).values(
                    "user_id"
                )
            )
        recipients = list(
            User.objects.filter(pk__in=editor_ids, is_active=True).values_list("email", flat=True)
        )
        url = reverse("community:story_review", args=[municipality.slug, story.slug])
    else:
        recipients = [story.author.email] if story.author and story.author.is_active else []
        url = (
            story.get_absolute_url()
            if event == "published"
            else reverse("community:story_edit", args=[municipality.slug, story.slug])
        )
    sent = 0
    for address in recipients:
        sent += send_mail_from_templates(
            to=[address],
            template=f"community/email/story_{event}",
            context={"story": story, "url": absolute_url(url)},
            language=municipality.language,
        )
    return sent
