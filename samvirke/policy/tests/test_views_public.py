"""Public policy pages: content, other municipalities' ids, and query counts that do not grow."""

import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.tests.factories import (
    FocusPointFactory,
    IndicatorFactory,
    MeasurementFactory,
    PolicyFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_the_policy_page_shows_the_structure_and_what_serves_each_focus_point(en, world):
    page = en.get("/holstebro/policy/integrationspolitik/").content.decode()
    for text in (
        "Alle deltager",
        "Koordination",
        "1. Uddannelse og erhverv",
        "Sproglig udvikling",
        "Flere i job",
    ):
        assert text in page
    assert (
        '<a href="/holstebro/initiatives/sprogcafeen/">Sprogcaféen</a> <span class="status-running">(Running)</span>'
        in page
    )
    assert f'href="/holstebro/policy/integrationspolitik/focus-points/{world.point.pk}/"' in page
    assert "Progress of the action programmes" in page and 'value="30"' in page


def test_the_focus_point_page_lists_its_initiatives_and_actions(en, world):
    page = en.get(f"/holstebro/policy/integrationspolitik/focus-points/{world.point.pk}/").content.decode()
    assert "Sprogcaféen" in page and "Frivilligcenter" in page
    assert "1) Velkomst" in page and "Started (30 %)" in page


def test_results_show_a_chart_a_status_and_the_numbers(en, world):
    MeasurementFactory(indicator=world.indicator, series="comparator", date=world.measurement.date, value=20)
    page = en.get("/holstebro/policy/integrationspolitik/results/").content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert 'class="ind ind-' in page and "<caption>The numbers in the chart: Andel i job</caption>" in page
    assert "24.8" in page


def test_the_indicator_page_lists_measurements_with_sources(en, world):
    page = en.get(f"/holstebro/policy/integrationspolitik/indicators/{world.indicator.pk}/").content.decode()
    assert "Measurements and their sources" in page and "<svg" in page
    assert "Add a measurement" not in page  # visitors do not edit


def test_editors_see_their_edit_links(en, world, roles):
    en.force_login(roles["editor"])
    page = en.get(f"/holstebro/policy/integrationspolitik/indicators/{world.indicator.pk}/").content.decode()
    assert "Add a measurement" in page
    assert "Edit the policy" in en.get("/holstebro/policy/integrationspolitik/").content.decode()


def test_parts_of_another_municipalitys_policy_are_not_found(client, world):
    foreign = FocusPointFactory()
    foreign_indicator = IndicatorFactory()
    base = "/holstebro/policy/integrationspolitik"
    assert client.get(f"{base}/focus-points/{foreign.pk}/").status_code == 404
    assert client.get(f"{base}/indicators/{foreign_indicator.pk}/").status_code == 404
    assert client.get(f"/holstebro/policy/{foreign.focus_area.policy.slug}/").status_code == 404
    assert client.get("/nowhere/policy/").status_code == 404


def test_the_index_says_when_there_is_no_policy_and_links_the_gap_analysis(en, db):
    MunicipalityFactory(slug="laholm", name="Laholms kommun")
    page = en.get("/laholm/policy/").content.decode()
    assert "has not published an integration policy" in page and "/laholm/gaps/" in page


def test_the_navigation_and_the_home_panel_link_to_the_policy(en, world):
    page = en.get("/holstebro/").content.decode()
    assert '<a href="/holstebro/policy/">Policy</a>' in page
    assert '<a href="/holstebro/policy/integrationspolitik/">Integrationspolitik</a>' in page
    assert "/r/vest/gaps/" in page


def test_measurements_download_as_csv(client, world):
    response = client.get("/holstebro/policy/integrationspolitik/measurements.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "Andel i job,own,2017-12-31,24.8," in response.content.decode("utf-8-sig")


@pytest.mark.parametrize("rows", [1, 10])
def test_policy_page_query_count_does_not_grow(client, world, rows, django_assert_max_num_queries):
    for n in range(rows):
        theme = ThemeFactory(focus_area=world.area)
        point = FocusPointFactory(focus_area=world.area, theme=theme, number=f"1.{n}")
        point.initiatives.set([InitiativeFactory(municipality=world.place), world.initiative])
        indicator = IndicatorFactory(criterion__policy=world.policy)
        MeasurementFactory(indicator=indicator)
    client.get("/holstebro/policy/integrationspolitik/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(14):
        assert client.get("/holstebro/policy/integrationspolitik/").status_code == 200


@pytest.mark.parametrize("rows", [1, 10])
def test_results_page_query_count_does_not_grow(client, world, rows, django_assert_max_num_queries):
    for _ in range(rows):
        indicator = IndicatorFactory(criterion__policy=world.policy)
        MeasurementFactory(indicator=indicator)
        MeasurementFactory(indicator=indicator, series="comparator")
    client.get("/holstebro/policy/integrationspolitik/results/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(5):
        assert client.get("/holstebro/policy/integrationspolitik/results/").status_code == 200


@pytest.mark.parametrize("rows", [1, 10])
def test_policy_index_and_focus_point_query_counts_do_not_grow(
    client, world, rows, django_assert_max_num_queries
):
    for _ in range(rows):
        PolicyFactory(municipality=world.place)
        world.point.initiatives.add(InitiativeFactory(municipality=world.place))
    client.get("/holstebro/policy/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(4):
        assert client.get("/holstebro/policy/").status_code == 200
    with django_assert_max_num_queries(9):
        assert (
            client.get(f"/holstebro/policy/integrationspolitik/focus-points/{world.point.pk}/").status_code
            == 200
        )
