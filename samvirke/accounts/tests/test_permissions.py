import pytest
from django.contrib.auth.models import AnonymousUser

from samvirke.accounts import permissions
from samvirke.accounts.models import Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.models import Municipality
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture
def world():
    halland = RegionFactory(slug="halland")
    halmstad = MunicipalityFactory(slug="halmstad", country="SE", region=halland)
    varberg = MunicipalityFactory(slug="varberg", country="SE", region=halland)
    holstebro = MunicipalityFactory(slug="holstebro")
    return halland, halmstad, varberg, holstebro


@pytest.mark.django_db
def test_editor_edits_only_their_municipality(world):
    _halland, halmstad, _varberg, holstebro = world
    editor = MembershipFactory(role=Role.EDITOR, municipality=holstebro).user
    assert permissions.is_editor_for(editor, holstebro)
    assert not permissions.is_editor_for(editor, halmstad)
    assert set(Municipality.objects.filter(permissions.editable_municipalities_filter(editor))) == {holstebro}


@pytest.mark.django_db
def test_region_editor_edits_every_member(world):
    halland, halmstad, varberg, holstebro = world
    editor = MembershipFactory(role=Role.EDITOR, municipality=None, region=halland).user
    assert permissions.is_editor_for(editor, halmstad)
    assert permissions.is_editor_for(editor, varberg)
    assert not permissions.is_editor_for(editor, holstebro)


@pytest.mark.django_db
def test_anonymous_and_inactive_users_edit_nothing(world):
    _halland, halmstad, _varberg, _holstebro = world
    assert not permissions.is_editor_for(AnonymousUser(), halmstad)
    inactive = MembershipFactory(role=Role.EDITOR, municipality=halmstad, user__is_active=False).user
    assert not permissions.is_editor_for(inactive, halmstad)
    assert not permissions.is_practitioner(AnonymousUser())


@pytest.mark.django_db
def test_organisation_owner_edits_only_their_organisations_entries(world):
    _halland, _halmstad, _varberg, holstebro = world
    mine, theirs = OrganisationFactory(municipality=holstebro), OrganisationFactory(municipality=holstebro)
    owner = MembershipFactory(role=Role.ORGANISATION_OWNER, municipality=holstebro, organisation=mine).user
    my_initiative, their_initiative = (
        InitiativeFactory(municipality=holstebro),
        InitiativeFactory(municipality=holstebro),
    )
    InitiativeOrganiser.objects.create(initiative=my_initiative, organisation=mine)
    InitiativeOrganiser.objects.create(initiative=their_initiative, organisation=theirs)

    assert permissions.can_edit_entry(owner, mine)
    assert permissions.can_edit_entry(owner, my_initiative)
    assert permissions.can_edit_entry(owner, ContactPersonFactory(organisation=mine))
    assert not permissions.can_edit_entry(owner, theirs)
    assert not permissions.can_edit_entry(owner, their_initiative)
    assert not permissions.is_editor_for(owner, holstebro)


@pytest.mark.django_db
def test_site_admin_edits_everything(world):
    _halland, halmstad, _varberg, _holstebro = world
    admin = UserFactory(is_superuser=True, is_staff=True)
    assert permissions.is_editor_for(admin, halmstad)
    assert permissions.can_edit_entry(admin, InitiativeFactory(municipality=halmstad))


@pytest.mark.django_db
def test_role_facts_the_apps_build_on(world):
    halland, halmstad, _varberg, holstebro = world
    region_editor = MembershipFactory(role=Role.EDITOR, municipality=halmstad).user
    owner = MembershipFactory(
        role=Role.ORGANISATION_OWNER,
        municipality=holstebro,
        organisation=OrganisationFactory(municipality=holstebro),
    ).user
    translator = MembershipFactory(role=Role.TRANSLATOR, municipality=holstebro, language="ar").user
    assert permissions.is_editor_in_region(region_editor, halland)
    assert not permissions.is_editor_in_region(owner, halland)
    assert permissions.is_editor_anywhere(region_editor) and not permissions.is_editor_anywhere(owner)
    assert permissions.owns_organisation_in(owner, holstebro)
    assert not permissions.owns_organisation_in(owner, halmstad)
    assert permissions.translates_language(translator, "ar") and not permissions.translates_language(
        translator, "so"
    )
    assert not permissions.translates_language(AnonymousUser(), "ar")
