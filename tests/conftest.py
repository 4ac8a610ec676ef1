"""Fixtures of the project-wide tests."""

import pytest

from tests.authz_world import build_world


@pytest.fixture
def world(db, settings, tmp_path):
    """One Holstebro with one of everything and a user per role (the authorisation matrix's)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Two-factor set-up redirects are tested on their own (samvirke/accounts/tests).
    settings.SAMVIRKE_REQUIRE_2FA = False
    return build_world()
