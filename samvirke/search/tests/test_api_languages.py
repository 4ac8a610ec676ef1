"""GET /api/v1/search with a reader's language: translations where they exist, the languages of
each text, the detected query language, and clear errors."""

import pytest
from django.core.management import call_command

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.guide.models import TranslationStatus
from samvirke.guide.tests.factories import translation_of
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.fixture
def handbook(db):
    holstebro = MunicipalityFactory(slug="holstebro")
    cafe = InitiativeFactory(
        municipality=holstebro,
        title="Sprogcaféen",
        summary="Sprogcafé hvor du øver dansk i hyggelige rammer med frivillige.",
    )
    football = InitiativeFactory(
        municipality=holstebro, title="Fodbold for alle unge", summary="Gratis fodboldtræning for unge."
    )
    club = OrganisationFactory(
        municipality=holstebro, name="Holstebro Boldklub", description="Fodbold for alle."
    )
    translation_of(cafe, "title", "ar", "مقهى اللغة")
    translation_of(cafe, "summary", "ar", "مقهى لغة تتدرب فيه على الدنماركية <مع> متطوعين.")
    translation_of(club, "name", "ar", "نادي هولستبرو لكرة القدم", status=TranslationStatus.OUTDATED)
    call_command("reindex_search", verbosity=0)
    return {"cafe": cafe, "football": football, "club": club}


def search(client, **params):
    response = client.get("/api/v1/search", params)
    return response.status_code, response.json()


def test_the_readers_translation_with_the_language_of_each_text(client, handbook):
    status, body = search(client, q="تعلم اللغة الدنماركية", municipality="holstebro", lang="ar")
    assert status == 200
    assert body["query_language"] == "ar" and body["language"] == "ar"
    top = body["results"][0]
    assert top["id"] == str(handbook["cafe"].uuid)
    assert (top["title"], top["title_language"]) == ("مقهى اللغة", "ar")
    assert top["snippet_language"] == "ar"
    assert top["snippet"] == "مقهى لغة تتدرب فيه على الدنماركية &lt;مع&gt; متطوعين."  # escaped HTML
    assert top["url"].endswith(f"/holstebro/initiatives/{handbook['cafe'].slug}/")


def test_untranslated_hits_stay_in_danish_and_outdated_translations_are_shown(client, handbook):
    status, body = search(client, q="kubada cagta", municipality="holstebro", lang="ar")
    assert status == 200 and body["query_language"] == "so"
    by_id = {hit["id"]: hit for hit in body["results"]}
    football = by_id[str(handbook["football"].uuid)]
    assert (football["title"], football["title_language"], football["snippet_language"]) == (
        "Fodbold for alle unge",
        "da",
        "da",
    )
    club = by_id[str(handbook["club"].uuid)]
    assert (club["title"], club["title_language"]) == ("نادي هولستبرو لكرة القدم", "ar")
    assert club["snippet_language"] == "da"  # its description has no translation


def test_without_lang_everything_is_in_the_entries_language(client, handbook):
    status, body = search(client, q="sprogcafe", municipality="holstebro")
    assert status == 200 and body["language"] is None
    assert body["results"][0]["title"] == "Sprogcaféen" and body["results"][0]["title_language"] == "da"
    assert "<mark>" in body["results"][0]["snippet"]


@pytest.mark.parametrize("lang", ["de", "AR", "", "arabic"])
def test_a_language_outside_the_guide_is_refused_with_the_field_named(client, handbook, lang):
    status, body = search(client, q="dansk", municipality="holstebro", lang=lang)
    assert status == 422
    assert body["detail"][0]["loc"][-1] == "lang"


def test_the_openapi_schema_documents_lang_and_the_languages(client, db, settings):
    settings.GUIDE_LANGUAGES = ["ar", "uk", "ti"]
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/search"]["get"]
    lang = next(parameter for parameter in operation["parameters"] if parameter["name"] == "lang")
    # The contract names exactly the configured languages, so a client never sends one we refuse.
    assert lang["schema"]["enum"] == ["ar", "uk", "ti"]
    hit = schema["components"]["schemas"]["SearchHitOut"]["properties"]
    assert {"title_language", "snippet_language"} <= set(hit)
    assert "query_language" in schema["components"]["schemas"]["SearchOut"]["properties"]
