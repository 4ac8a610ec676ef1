"""Gap analysis: per municipality, and side by side across a region."""

import datetime as dt

import pytest
from django.utils import timezone, translation

from samvirke.core.languages import guide_language_name, guide_languages
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import ContactPersonFactory, LocationFactory, OrganisationFactory
from samvirke.initiatives.tests.factories import (
    InitiativeFactory,
    InitiativeLanguageFactory,
    TargetGroupFactory,
)
from samvirke.policy.selectors.gaps import get_municipality_gaps, get_region_gaps
from samvirke.policy.tests.factories import FocusPointFactory

pytestmark = pytest.mark.django_db


def _verified(days: int):
    return timezone.now() - dt.timedelta(days=days)


@pytest.fixture
def place():
    place = MunicipalityFactory(slug="lemvig")
    women, youth = (
        TargetGroupFactory(slug="women", name="Women"),
        TargetGroupFactory(slug="youth", name="Youth"),
    )
    TargetGroupFactory(slug="seniors", name="Seniors")
    running = InitiativeFactory(municipality=place, title="Sprogcafé", last_verified_at=_verified(10))
    running.target_groups.set([women])
    InitiativeLanguageFactory(initiative=running, code="ar")
    ended = InitiativeFactory(municipality=place, title="Gammel klub", status="ended", last_verified_at=None)
    ended.target_groups.set([youth])
    InitiativeLanguageFactory(initiative=ended, code="uk")
    planned = InitiativeFactory(
        municipality=place, title="Ny klub", status="planned", last_verified_at=_verified(400)
    )
    served = FocusPointFactory(focus_area__policy__municipality=place, number="1.1")
    served.initiatives.set([running])
    unserved = FocusPointFactory(focus_area=served.focus_area, number="1.2")
    unserved.initiatives.set([ended, planned])  # nothing running
    OrganisationFactory(municipality=place, name="Glemt forening", last_verified_at=_verified(500))
    fresh = OrganisationFactory(municipality=place, name="Frisk forening", last_verified_at=_verified(5))
    ContactPersonFactory(organisation=fresh, municipality=place, last_verified_at=None)
    LocationFactory(municipality=place, name="Gammel hal", last_verified_at=_verified(366))
    return place


def test_focus_points_with_no_running_initiative(place):
    gaps = get_municipality_gaps(municipality=place)
    assert [point.number for point in gaps.focus_points] == ["1.2"]


def test_target_groups_and_languages_with_no_running_activity(place):
    gaps = get_municipality_gaps(municipality=place)
    assert [c.key for c in gaps.target_group_gaps] == ["seniors", "youth"]  # youth's only activity ended
    assert [c.key for c in gaps.languages if not c.is_gap] == ["ar"]
    assert "uk" in [c.key for c in gaps.language_gaps]
    # A Danish municipality is not asked for activities in Swedish.
    assert [c.key for c in gaps.languages] == ["ar", "uk", "so", "ti", "fa", "en", "da"]


def test_a_swedish_municipality_is_not_asked_for_danish_and_dari_counts_for_dari_farsi():
    halmstad = MunicipalityFactory(slug="halmstad", country="SE")
    dari = InitiativeFactory(municipality=halmstad, title="Språkcafé på dari")
    InitiativeLanguageFactory(initiative=dari, code="prs")
    both = InitiativeFactory(municipality=halmstad, title="Föräldragrupp")
    InitiativeLanguageFactory(initiative=both, code="prs")
    InitiativeLanguageFactory(initiative=both, code="fa")
    gaps = get_municipality_gaps(municipality=halmstad)
    counts = {c.key: c.count for c in gaps.languages}
    assert "da" not in counts and "sv" in counts
    assert counts["fa"] == 2  # each activity once, even one in both Dari and Farsi


def test_initiatives_linked_to_no_focus_point_and_entries_not_verified_for_a_year(place):
    InitiativeFactory(municipality=place, title="Løs aktivitet")
    gaps = get_municipality_gaps(municipality=place)
    assert [i.title for i in gaps.unlinked] == ["Løs aktivitet"]
    # Never verified first; ended initiatives are not listed.
    assert [i.title for i in gaps.stale_initiatives] == ["Løs aktivitet", "Ny klub"]
    assert [o.name for o in gaps.stale_organisations] == ["Glemt forening"]
    assert [location.name for location in gaps.stale_locations] == ["Gammel hal"]
    assert gaps.stale_contacts == 1


def test_guide_languages_come_from_the_settings_when_set(settings):
    settings.GUIDE_LANGUAGES = [("ar", "العربية"), ("prs", "Dari")]
    assert guide_languages() == ["ar", "prs"]
    settings.GUIDE_LANGUAGES = ["so"]
    assert guide_languages() == ["so"]


def test_language_names_follow_the_visitors_language_and_farsi_names_dari_too():
    with translation.override("en"):
        assert guide_language_name("ti") == "Tigrinya"
        assert guide_language_name("fa") == "Persian / Dari"
    with translation.override("da"):
        assert guide_language_name("so") == "Somali"
    with translation.override("sv"):
        assert guide_language_name("so") == "Somaliska"


def test_a_swedish_region_has_no_row_for_danish():
    halland = RegionFactory(slug="halland", country="SE")
    MunicipalityFactory(slug="laholm", country="SE", region=halland)
    with translation.override("en"):
        labels = [row.label for row in get_region_gaps(region=halland).coverage]
    assert "In Danish" not in labels and "In Swedish" in labels


def test_a_region_puts_its_municipalities_side_by_side(place, django_assert_max_num_queries):
    region = RegionFactory(slug="nordvest", country="DK")
    place.region = region
    place.save()
    quiet = MunicipalityFactory(slug="struer", region=region)
    InitiativeFactory(municipality=quiet, title="Fodbold").target_groups.set(
        [TargetGroupFactory(slug="youth")]
    )
    with django_assert_max_num_queries(12):
        table = get_region_gaps(region=region)
    assert [m.slug for m in table.municipalities] == ["lemvig", "struer"]
    coverage = {row.label: row.cells for row in table.coverage}
    assert coverage["Women"] == [1, 0]
    assert coverage["Youth"] == [0, 1]
    assert coverage["In Arabic"] == [1, 0]
    assert "In Swedish" not in coverage  # a Danish region
    problems = {row.label: row.cells for row in table.problems}
    assert problems["Focus points with no running initiative"] == [1, 0]
    assert problems["Initiatives linked to no focus point"] == [0, 1]
    assert problems["Organisations not verified for a year"] == [1, 0]
    assert problems["Contact persons not verified for a year"] == [1, 0]
