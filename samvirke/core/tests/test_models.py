import pytest

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.models import FocusPoint, Measurement
from samvirke.policy.tests.factories import FocusPointFactory, MeasurementFactory


@pytest.mark.django_db
def test_municipality_queries_never_return_another_municipalitys_rows():
    holstebro, silkeborg = MunicipalityFactory(slug="holstebro"), MunicipalityFactory(slug="silkeborg")
    mine = InitiativeFactory.create_batch(3, municipality=holstebro)
    InitiativeFactory.create_batch(2, municipality=silkeborg)
    my_contact = ContactPersonFactory(organisation=OrganisationFactory(municipality=holstebro))
    ContactPersonFactory(organisation=OrganisationFactory(municipality=silkeborg))
    my_point = FocusPointFactory(focus_area__policy__municipality=holstebro)
    FocusPointFactory(focus_area__policy__municipality=silkeborg)
    my_measurement = MeasurementFactory(indicator__criterion__policy__municipality=holstebro)
    MeasurementFactory(indicator__criterion__policy__municipality=silkeborg)

    assert set(Initiative.objects.for_municipality(holstebro)) == set(mine)
    assert list(ContactPerson.objects.for_municipality(holstebro)) == [my_contact]
    assert Organisation.objects.for_municipality(holstebro).count() == 1
    assert list(FocusPoint.objects.for_municipality(holstebro)) == [my_point]
    assert list(Measurement.objects.for_municipality(holstebro)) == [my_measurement]


@pytest.mark.django_db
def test_region_sees_its_members_content_and_nothing_else():
    halland = RegionFactory(slug="halland")
    halmstad = MunicipalityFactory(slug="halmstad", country="SE", region=halland)
    varberg = MunicipalityFactory(slug="varberg", country="SE", region=halland)
    outside = MunicipalityFactory(slug="holstebro")
    inside = [InitiativeFactory(municipality=halmstad), InitiativeFactory(municipality=varberg)]
    InitiativeFactory(municipality=outside)

    assert set(Initiative.objects.for_region(halland)) == set(inside)


def test_municipality_language_and_time_zone_follow_the_country():
    assert MunicipalityFactory.build(country="DK").language == "da"
    swedish = MunicipalityFactory.build(country="SE")
    assert swedish.language == "sv"
    assert swedish.time_zone == "Europe/Stockholm"
