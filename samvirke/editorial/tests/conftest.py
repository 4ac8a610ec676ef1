"""Shared set-up for the editorial tests: one Holstebro with every role the permission table names."""

import time
from types import SimpleNamespace

import pytest
from django.core import signing
from django.core.cache import cache

from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.editorial.forms import STARTED_SALT
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The factories hash a password per user; the production hasher is deliberately slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    # Edition PDFs are written to MEDIA_ROOT.
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # django-ratelimit counts in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def started():
    """A form-start token from ten seconds ago, as a person filling the form would send."""
    return signing.dumps(time.time() - 10, salt=STARTED_SALT)


@pytest.fixture
def world(db):
    holstebro = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    silkeborg = MunicipalityFactory(slug="silkeborg", name="Silkeborg Kommune")
    organisation = OrganisationFactory(municipality=holstebro, name="Frivilligcenter", slug="frivilligcenter")
    other_organisation = OrganisationFactory(municipality=holstebro, name="Boldklubben", slug="boldklubben")
    initiative = InitiativeFactory(
        municipality=holstebro, title="Sprogcafé", slug="sprogcafe", summary="Dansk over kaffe."
    )
    InitiativeOrganiser.objects.create(initiative=initiative, organisation=organisation)
    contact = ContactPersonFactory(organisation=organisation, name="Anne Pedersen", email="anne@example.org")
    users = {
        "practitioner": UserFactory(username="practitioner"),
        "owner": MembershipFactory(
            user=UserFactory(username="owner"),
            role="organisation_owner",
            organisation=organisation,
            municipality=holstebro,
        ).user,
        "other owner": MembershipFactory(
            user=UserFactory(username="other-owner"),
            role="organisation_owner",
            organisation=other_organisation,
            municipality=holstebro,
        ).user,
        "other editor": MembershipFactory(
            user=UserFactory(username="other-editor"), municipality=silkeborg
        ).user,
        "editor": MembershipFactory(
            user=UserFactory(username="editor", first_name="Eva", last_name="Editor"), municipality=holstebro
        ).user,
        "admin": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    return SimpleNamespace(
        holstebro=holstebro,
        silkeborg=silkeborg,
        organisation=organisation,
        other_organisation=other_organisation,
        initiative=initiative,
        contact=contact,
        users=users,
    )
