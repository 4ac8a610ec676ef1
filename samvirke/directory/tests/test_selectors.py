import pytest
from django.core.exceptions import ValidationError

from samvirke.accounts.tests.factories import UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.models import ContactPerson
from samvirke.directory.selectors import list_visible_contacts
from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory

Visibility = ContactPerson.Visibility


@pytest.fixture
def contacts():
    municipality = MunicipalityFactory()
    organisation = OrganisationFactory(municipality=municipality)
    return municipality, {
        "public": ContactPersonFactory(
            organisation=organisation, name="Public", visibility=Visibility.PUBLIC
        ),
        "internal": ContactPersonFactory(
            organisation=organisation, name="Internal", visibility=Visibility.INTERNAL
        ),
        "hidden": ContactPersonFactory(
            organisation=organisation, name="Hidden", visibility=Visibility.HIDDEN
        ),
    }


@pytest.mark.django_db
def test_public_sees_only_public_contacts(contacts):
    municipality, people = contacts
    assert list(list_visible_contacts(municipality=municipality, user=None)) == [people["public"]]


@pytest.mark.django_db
def test_logged_in_practitioner_also_sees_internal_contacts(contacts):
    municipality, people = contacts
    visible = list_visible_contacts(municipality=municipality, user=UserFactory())
    assert list(visible) == [people["internal"], people["public"]]


@pytest.mark.django_db
def test_showing_a_contact_requires_a_recorded_consent():
    contact = ContactPersonFactory.build(
        organisation=OrganisationFactory(), visibility=Visibility.PUBLIC, consent_date=None
    )
    contact.municipality = contact.organisation.municipality
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert list(error.value.message_dict) == ["visibility"]
