import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture
def holstebro(db):
    return MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")


def test_contact_directory_shows_only_what_visibility_allows(client, holstebro, django_user_model):
    organisation = OrganisationFactory(municipality=holstebro, name="Røde Kors")
    ContactPersonFactory(organisation=organisation, name="Offentlig Olsen", visibility="public")
    ContactPersonFactory(organisation=organisation, name="Intern Iversen", visibility="internal")
    ContactPersonFactory(organisation=organisation, name="Skjult Skov", visibility="hidden")
    ContactPersonFactory(organisation=OrganisationFactory(), name="Anden Kommune", visibility="public")

    page = client.get("/holstebro/contacts/").content.decode()
    assert "Offentlig Olsen" in page
    assert "Intern Iversen" not in page and "Skjult Skov" not in page and "Anden Kommune" not in page

    client.force_login(django_user_model.objects.create_user("fagperson", "f@example.org", "x"))
    page = client.get("/holstebro/contacts/").content.decode()
    assert "Intern Iversen" in page and "Skjult Skov" not in page
    assert "Offentlig Olsen" not in client.get("/holstebro/contacts/", {"q": "iversen"}).content.decode()


def test_organisation_page_lists_its_public_contacts_and_initiatives(client, holstebro):
    organisation = OrganisationFactory(
        municipality=holstebro, name="Frivilligcenter Holstebro", slug="frivilligcenter"
    )
    ContactPersonFactory(organisation=organisation, name="Anne Public", visibility="public")
    ContactPersonFactory(organisation=organisation, name="Hidden Hansen", visibility="hidden")
    initiative = InitiativeFactory(municipality=holstebro, title="Bliv frivillig")
    InitiativeOrganiser.objects.create(initiative=initiative, organisation=organisation)
    page = client.get("/holstebro/organisations/frivilligcenter/").content.decode()
    assert "Anne Public" in page and "Hidden Hansen" not in page
    assert "Bliv frivillig" in page
    assert client.get("/holstebro/organisations/no-such/").status_code == 404


@pytest.mark.parametrize("rows", [1, 10])
def test_directory_pages_query_counts_do_not_grow(client, holstebro, django_assert_max_num_queries, rows):
    for _ in range(rows):
        ContactPersonFactory(organisation=OrganisationFactory(municipality=holstebro))
    with django_assert_max_num_queries(6):
        assert client.get("/holstebro/organisations/").status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get("/holstebro/contacts/").status_code == 200
