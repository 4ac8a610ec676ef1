"""Reads for notifications."""

from django.db.models import QuerySet

from samvirke.community.models import Notification


def list_notifications(*, user) -> QuerySet[Notification]:
    return (
        Notification.objects.filter(recipient=user)
        .select_related("actor", "thread__category", "post")
        .order_by("-created_at", "-pk")
    )


def count_unread(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
