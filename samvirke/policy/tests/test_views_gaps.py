"""Gap analysis pages for a municipality and for a region."""

import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.tests.factories import FocusPointFactory

pytestmark = pytest.mark.django_db


def test_the_municipality_page_lists_each_kind_of_gap(en, world):
    unserved = FocusPointFactory(focus_area=world.area, number="1.9", title="Ingen tilbud endnu")
    page = en.get("/holstebro/gaps/").content.decode()
    assert "1 focus point with no running initiative" in page and "Ingen tilbud endnu" in page
    assert f"/focus-points/{unserved.pk}/" in page
    assert "Languages of the newcomers' guide" in page and "Tigrinya" in page
    assert "/r/vest/gaps/" in page


def test_the_region_page_shows_its_members_side_by_side(en, world):
    MunicipalityFactory(slug="struer", name="Struer Kommune", region=world.place.region)
    page = en.get("/r/vest/gaps/").content.decode()
    assert page.index("Holstebro Kommune") < page.index("Struer Kommune")
    assert 'href="/struer/gaps/"' in page and "Focus points with no running initiative" in page
    assert en.get("/r/nowhere/gaps/").status_code == 404


@pytest.mark.parametrize("rows", [1, 10])
def test_gap_pages_query_counts_do_not_grow(client, world, rows, django_assert_max_num_queries):
    for n in range(rows):
        FocusPointFactory(focus_area=world.area, number=f"2.{n}")
        InitiativeFactory(municipality=world.place)
        InitiativeFactory(municipality=MunicipalityFactory(region=world.place.region))
    client.get("/holstebro/gaps/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(9):
        assert client.get("/holstebro/gaps/").status_code == 200
    client.get("/r/vest/gaps/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(12):
        assert client.get("/r/vest/gaps/").status_code == 200


def test_the_region_pages_link_to_the_gap_analysis(en, world):
    for path in ("/r/vest/", "/r/vest/gaps/"):
        page = en.get(path).content.decode()
        assert 'href="/r/vest/gaps/"' in page and "Gap analysis" in page
    # The region forum is for signed-in practitioners only.
    assert 'href="/r/vest/forum/"' not in en.get("/r/vest/").content.decode()
