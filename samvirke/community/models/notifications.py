"""In-site notifications, sent by e-mail at once or in a daily digest."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field


class EmailMode(models.TextChoices):
    IMMEDIATELY = "immediately", _("At once")
    DAILY = "daily", _("A daily digest")
    NEVER = "never", _("Never (only in Samvirke)")


class NotificationPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    email_mode = models.CharField(
        _("e-mail me"), max_length=12, choices=EmailMode.choices, default=EmailMode.IMMEDIATELY
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user}: {self.email_mode}"


class Notification(models.Model):
    class Kind(models.TextChoices):
        MENTION = "mention", _("mentioned you")
        NEW_POST = "new_post", _("wrote in a thread you follow")
        NEW_THREAD = "new_thread", _("started a thread in a category you watch")
        POST_APPROVED = "post_approved", _("approved your post")
        POST_HIDDEN = "post_hidden", _("hid your post")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    actor = person_field(_("by"))
    thread = models.ForeignKey(
        "community.Thread", verbose_name=_("thread"), on_delete=models.CASCADE, related_name="notifications"
    )
    post = models.ForeignKey(
        "community.Post",
        verbose_name=_("post"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # Whether the recipient's watch level asks for an e-mail; emailed_at is set once it went out
    # (at once, or in the next daily digest).
    email_wanted = models.BooleanField(_("e-mail wanted"), default=False)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["email_wanted", "emailed_at"], name="notification_unsent"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.kind} ({self.thread})"
