import pytest

from samvirke.accounts.models import Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The world has a dozen users: PBKDF2 for each would dominate the run time of these tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class World:
    """Holstebro (DK) and Halmstad in Region Halland (SE), an organisation and an initiative it runs,
    and one user per role of docs/permissions.md."""


@pytest.fixture
def world(db):
    w = World()
    w.halland = RegionFactory(slug="halland", name="Region Halland")
    w.holstebro = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    w.halmstad = MunicipalityFactory(slug="halmstad", name="Halmstads kommun", country="SE", region=w.halland)
    w.organisation = OrganisationFactory(
        municipality=w.holstebro, name="Frivilligcenter", slug="frivilligcenter"
    )
    w.other_organisation = OrganisationFactory(
        municipality=w.holstebro, name="Boldklubben", slug="boldklubben"
    )
    w.initiative = InitiativeFactory(municipality=w.holstebro, title="Sprogcaféen", slug="sprogcafeen")
    InitiativeOrganiser.objects.create(initiative=w.initiative, organisation=w.organisation)
    w.anonymous = None
    w.newcomer = UserFactory(username="nyoprettet")  # signed in but never approved
    w.practitioner = MembershipFactory(
        user=UserFactory(username="mette", first_name="Mette", last_name="Holm"),
        role=Role.PRACTITIONER,
        municipality=w.holstebro,
        organisation=w.other_organisation,
    ).user
    w.colleague = MembershipFactory(
        user=UserFactory(username="karim", first_name="Karim", last_name="Said"),
        role=Role.PRACTITIONER,
        municipality=w.holstebro,
        organisation=w.organisation,
    ).user
    w.owner = MembershipFactory(
        user=UserFactory(username="ejer"),
        role=Role.ORGANISATION_OWNER,
        municipality=w.holstebro,
        organisation=w.organisation,
    ).user
    w.other_owner = MembershipFactory(
        user=UserFactory(username="andenejer"),
        role=Role.ORGANISATION_OWNER,
        municipality=w.holstebro,
        organisation=w.other_organisation,
    ).user
    w.other_editor = MembershipFactory(
        user=UserFactory(username="redaktor-halmstad"), role=Role.EDITOR, municipality=w.halmstad
    ).user
    w.editor = MembershipFactory(
        user=UserFactory(username="redaktor"), role=Role.EDITOR, municipality=w.holstebro
    ).user
    w.admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    return w
