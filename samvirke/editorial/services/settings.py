"""Changing a municipality's editorial settings."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from samvirke.editorial.models import EditorialSettings
from samvirke.editorial.permissions import can_change_editorial_settings


@transaction.atomic
def update_editorial_settings(
    *, user, municipality, owner_edits: str, verification_period_days: int, reminder_interval_days: int
) -> EditorialSettings:
    """Save the settings (creating the row on first use). Raises PermissionDenied, ValidationError."""
    if not can_change_editorial_settings(user, municipality):
        raise PermissionDenied
    row = EditorialSettings.objects.select_for_update().filter(municipality=municipality).first()
    row = row or EditorialSettings(municipality=municipality)
    row.owner_edits = owner_edits
    row.verification_period_days = verification_period_days
    row.reminder_interval_days = reminder_interval_days
    row.full_clean()
    row.save()
    return row
