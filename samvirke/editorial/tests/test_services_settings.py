import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.editorial.services.settings import update_editorial_settings


def test_editors_change_the_settings_within_limits(world):
    row = update_editorial_settings(
        user=world.users["editor"],
        municipality=world.holstebro,
        owner_edits="direct",
        verification_period_days=90,
        reminder_interval_days=7,
    )
    assert row.pk and row.owner_edits == "direct"
    with pytest.raises(ValidationError):
        update_editorial_settings(
            user=world.users["editor"],
            municipality=world.holstebro,
            owner_edits="sometimes",
            verification_period_days=9999,
            reminder_interval_days=7,
        )
    with pytest.raises(PermissionDenied):
        update_editorial_settings(
            user=world.users["owner"],
            municipality=world.holstebro,
            owner_edits="direct",
            verification_period_days=90,
            reminder_interval_days=7,
        )
