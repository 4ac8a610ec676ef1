import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from samvirke.accounts.models import Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory


@pytest.fixture
def editor(db):
    return MembershipFactory(role=Role.EDITOR).user


def test_editors_without_totp_are_sent_to_set_it_up_when_required(client, settings, editor):
    settings.SAMVIRKE_REQUIRE_2FA = True
    client.force_login(editor)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
    assert client.get(reverse("accounts:home"))["Location"] == reverse("mfa_activate_totp")
    # allauth's own pages stay reachable: setting up, signing out.
    assert client.get(reverse("account_logout")).status_code == 200


def test_admins_are_held_to_it_too(client, settings, db):
    settings.SAMVIRKE_REQUIRE_2FA = True
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")


def test_with_totp_set_up_the_editor_goes_on(client, settings, editor):
    settings.SAMVIRKE_REQUIRE_2FA = True
    Authenticator.objects.create(user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(editor)
    assert client.get("/").status_code == 200


def test_practitioners_are_not_forced(client, settings, db):
    settings.SAMVIRKE_REQUIRE_2FA = True
    client.force_login(MembershipFactory(role=Role.PRACTITIONER).user)
    assert client.get("/").status_code == 200


def test_off_by_default_in_development(client, settings, editor):
    assert settings.SAMVIRKE_REQUIRE_2FA is False
    client.force_login(editor)
    assert client.get("/").status_code == 200
