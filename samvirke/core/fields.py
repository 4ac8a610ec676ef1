"""Model fields every app declares the same way."""

from django.conf import settings
from django.db import models


def person_field(verbose_name) -> models.ForeignKey:
    """Who did something (created, decided, reviewed): the record stays when the account is
    deleted (the field empties), and the user gets no reverse accessor for it."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
