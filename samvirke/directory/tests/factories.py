import datetime as dt

import factory

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.models import ContactPerson, Location, Organisation


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Forening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")
    kind = Organisation.Kind.ASSOCIATION


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    organisation = factory.SubFactory(OrganisationFactory)
    municipality = factory.SelfAttribute("organisation.municipality")
    name = factory.Sequence(lambda n: f"Kontakt Person {n}")
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    visibility = ContactPerson.Visibility.PUBLIC
    consent_date = dt.date(2026, 1, 15)
    consent_source = "Samtykke pr. e-mail"


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Medborgerhus {n}")
    address = "Torvet 1"
    postcode = "7500"
    city = "Holstebro"
