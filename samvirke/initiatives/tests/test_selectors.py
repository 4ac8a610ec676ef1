import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.selectors import list_initiatives
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory, TargetGroupFactory


def _initiative_with_everything(municipality):
    initiative = InitiativeFactory(municipality=municipality)
    initiative.target_groups.add(TargetGroupFactory())
    initiative.languages.create(code="ar")
    ScheduleFactory(initiative=initiative)
    InitiativeOrganiser.objects.create(
        initiative=initiative, organisation=OrganisationFactory(municipality=municipality)
    )
    return initiative


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [1, 10])
def test_list_initiatives_query_count_does_not_grow(django_assert_num_queries, rows):
    municipality = MunicipalityFactory()
    for _ in range(rows):
        _initiative_with_everything(municipality)
    with django_assert_num_queries(5):
        for initiative in list_initiatives(municipality=municipality):
            assert [link.organisation.name for link in initiative.organiser_links]
            assert list(initiative.target_groups.all())
            assert initiative.language_codes == ["ar"]
            assert list(initiative.schedules.all())
            assert initiative.section is None


@pytest.mark.django_db
def test_list_initiatives_stays_in_its_municipality():
    mine, other = MunicipalityFactory(), MunicipalityFactory()
    kept = _initiative_with_everything(mine)
    _initiative_with_everything(other)
    assert list(list_initiatives(municipality=mine)) == [kept]
