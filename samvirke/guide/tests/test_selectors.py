import pytest

from samvirke.core.models import Country
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.guide.models import TranslationStatus
from samvirke.guide.selectors import Localised, get_localised, get_localised_many, list_guide_activities
from samvirke.guide.tests.factories import InitiativeFactory, translation_of

pytestmark = pytest.mark.django_db


def test_a_reviewed_translation_is_shown_in_the_readers_language():
    entry = InitiativeFactory(title="Sprogcaféen", summary="Øv dansk.")
    translation_of(entry, "title", "ar", "مقهى اللغة")
    shown = get_localised(entry, ["title", "summary"], "ar")
    assert shown["title"] == Localised("مقهى اللغة", "ar", TranslationStatus.REVIEWED)
    assert not shown["title"].is_fallback
    # No Arabic summary: the Danish one, marked as a fallback.
    assert shown["summary"].text == "Øv dansk."
    assert shown["summary"].language == "da"
    assert shown["summary"].status == "source"
    assert shown["summary"].is_fallback


def test_the_source_language_is_no_fallback_and_swedish_entries_fall_back_to_swedish():
    swedish = InitiativeFactory(municipality=MunicipalityFactory(country=Country.SWEDEN), title="Språkcafé")
    assert not get_localised(swedish, ["title"], "sv")["title"].is_fallback
    shown = get_localised(swedish, ["title"], "so")["title"]
    assert (shown.language, shown.is_fallback) == ("sv", True)


def test_machine_drafts_and_outdated_rows_keep_their_status_and_empty_rows_count_as_missing():
    entry = InitiativeFactory(title="Lektiehjælp", summary="Hjælp til lektier.")
    translation_of(entry, "title", "so", "Caawinta casharrada", status=TranslationStatus.MACHINE_DRAFT)
    translation_of(entry, "summary", "so", "   ", status=TranslationStatus.HUMAN_DRAFT)
    shown = get_localised(entry, ["title", "summary"], "so")
    assert shown["title"].is_machine and shown["title"].language == "so"
    assert shown["summary"].is_fallback


def test_localise_many_uses_one_query_for_any_number_of_entries(django_assert_num_queries):
    place = MunicipalityFactory()
    entries = [InitiativeFactory(municipality=place) for _ in range(5)]
    for entry in entries:
        translation_of(entry, "title", "uk", f"Захід {entry.pk}")
    loaded = list(
        type(entries[0]).objects.select_related("municipality").filter(pk__in=[e.pk for e in entries])
    )
    with django_assert_num_queries(1):
        shown = get_localised_many(loaded, ["title", "summary"], "uk")
    assert {pk: value["title"].text for pk, value in shown.items()} == {
        e.pk: f"Захід {e.pk}" for e in entries
    }


def test_localise_many_works_for_organisations_and_needs_no_query_in_the_source_language(
    django_assert_num_queries,
):
    organisation = OrganisationFactory(name="Frivilligcenter", description="Hjælp")
    translation_of(organisation, "name", "en", "Volunteer centre")
    organisation = type(organisation).objects.select_related("municipality").get(pk=organisation.pk)
    assert (
        get_localised_many([organisation], ["name"], "en")[organisation.pk]["name"].text == "Volunteer centre"
    )
    with django_assert_num_queries(0):
        assert get_localised_many([organisation], ["name"], "da")[organisation.pk]["name"].status == "source"
    assert get_localised_many([], ["name"], "en") == {}


def test_guide_activities_use_assigned_needs_or_derived_defaults():
    place = MunicipalityFactory()
    cafe = InitiativeFactory(municipality=place, title="Sprogcafé", summary="Øv dansk med frivillige.")
    network = InitiativeFactory(municipality=place, title="Netværk for virksomheder", summary="Erfaringer.")
    network.target_groups.add(*_groups("employers"))
    ended = InitiativeFactory(municipality=place, title="Dansk på nettet", status="ended")
    found = {a.pk: a.guide_needs for a in list_guide_activities(municipality=place)}
    assert "learn-language" in found[cafe.pk] and "meet-people" in found[cafe.pk]
    assert network.pk not in found and ended.pk not in found
    cafe.needs.create(need="health")
    assert [a.guide_needs for a in list_guide_activities(municipality=place, need="health")] == [["health"]]


def _groups(*slugs):
    from samvirke.initiatives.tests.factories import TargetGroupFactory

    return [TargetGroupFactory(slug=slug) for slug in slugs]
