"""One Holstebro with an activity, an organiser and every role the permission table names."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.utils import translation

from samvirke.accounts.models import Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _english_messages():
    # Services' messages are translated; a request earlier in the session may leave Danish active.
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(db):
    holstebro = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    silkeborg = MunicipalityFactory(slug="silkeborg", name="Silkeborg Kommune")
    organisation = OrganisationFactory(municipality=holstebro, name="Frivilligcenter", slug="frivilligcenter")
    cafe = InitiativeFactory(
        municipality=holstebro,
        title="Sprogcaféen",
        slug="sprogcafeen",
        summary="Øv dansk over en kop kaffe.",
        description="Frivillige hjælper med udtale.",
    )
    InitiativeOrganiser.objects.create(initiative=cafe, organisation=organisation)
    ScheduleFactory(initiative=cafe, byday="TU", interval=1)
    users = {
        "practitioner": UserFactory(username="practitioner"),
        "owner": MembershipFactory(
            user=UserFactory(username="owner"), role=Role.ORGANISATION_OWNER, organisation=organisation
        ).user,
        "translator": MembershipFactory(
            user=UserFactory(username="translator-ar"),
            role=Role.TRANSLATOR,
            municipality=holstebro,
            language="ar",
        ).user,
        "other translator": MembershipFactory(
            user=UserFactory(username="translator-so"),
            role=Role.TRANSLATOR,
            municipality=holstebro,
            language="so",
        ).user,
        "other editor": MembershipFactory(
            user=UserFactory(username="other-editor"), municipality=silkeborg
        ).user,
        "editor": MembershipFactory(user=UserFactory(username="editor"), municipality=holstebro).user,
    }
    return SimpleNamespace(
        holstebro=holstebro, silkeborg=silkeborg, organisation=organisation, cafe=cafe, users=users
    )
