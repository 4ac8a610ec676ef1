"""Search relevance on the real demo data, on whichever database the suite runs on."""

import pytest

from samvirke.core.models import Municipality, Region
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.search.models import SearchDocument
from samvirke.search.selectors import make_snippet, search_entries
from samvirke.search.services import reindex

# Query -> titles that must be among the first results (typos, compounds, accents, Swedish).
NAMED_QUERIES = {
    ("holstebro", "sprogcafe"): ["Sprogcaféen"],
    ("holstebro", "sprogcafé"): ["Sprogcaféen"],
    ("holstebro", "frivilig"): ["Frivilligcenter Holstebro"],
    ("holstebro", "Frivilligcenter"): ["Frivilligcenter Holstebro"],
    ("holstebro", "lektiehjælp"): ["Lektiehjælp i biblioteket"],
    ("holstebro", "lektie hjælp"): ["Lektiehjælp i biblioteket"],
    ("holstebro", "cykel kvinder"): ["Kvindernes cykelkursus"],
    ("holstebro", "fodbold"): ["Fodbold for alle unge"],
    ("silkeborg", "branchepakke"): ["Branchepakker"],
    ("silkeborg", "frivillige flygtninge guider"): ["Frivillige flygtningeguider"],
    ("halmstad", "språkcafe"): ["Språkcafé i Halmstad"],
    ("varberg", "läxhjälp"): ["Läxhjälp i Varberg"],
}


def test_named_queries_find_their_entries_near_the_top(demo):
    missing = []
    for (slug, query), titles in NAMED_QUERIES.items():
        results = search_entries(query=query, municipality=Municipality.objects.get(slug=slug), limit=5)
        found = [hit.title for hit in results.results]
        missing += [(query, title, found) for title in titles if title not in found]
    assert missing == []


def test_region_search_spans_member_municipalities_only(demo):
    results = search_entries(query="språkcafé", region=Region.objects.get(slug="halland"), limit=50)
    municipalities = {Municipality.objects.get(pk=hit.municipality_id).slug for hit in results.results}
    assert {"halmstad", "varberg", "kungsbacka"} <= municipalities
    assert "holstebro" not in municipalities


def test_nonsense_finds_nothing_and_results_stay_in_their_municipality(demo):
    assert search_entries(query="xyzzyqq", municipality=Municipality.objects.get(slug="holstebro")).count == 0
    silkeborg = Municipality.objects.get(slug="silkeborg")
    assert all(
        hit.municipality_id == silkeborg.pk
        for hit in search_entries(query="sprog", municipality=silkeborg).results
    )


@pytest.mark.django_db
def test_index_follows_changes_and_deletions():
    initiative = InitiativeFactory(title="Strikkecafé")
    municipality = initiative.municipality
    assert [hit.title for hit in search_entries(query="strikkecafe", municipality=municipality).results] == [
        "Strikkecafé"
    ]
    initiative.title = "Syklub"
    initiative.save()
    assert search_entries(query="strikkecafe", municipality=municipality).count == 0
    assert search_entries(query="syklub", municipality=municipality).count == 1
    initiative.delete()
    assert search_entries(query="syklub", municipality=municipality).count == 0


@pytest.mark.django_db
def test_fresher_entries_win_ties():
    older = InitiativeFactory(title="Lektiecafé Nord")
    newer = InitiativeFactory(title="Lektiecafé Syd", municipality=older.municipality)
    from django.utils import timezone

    older.last_verified_at = timezone.now() - timezone.timedelta(days=300)
    older.save()
    newer.last_verified_at = timezone.now()
    newer.save()
    titles = [
        hit.title for hit in search_entries(query="lektiecafe", municipality=older.municipality).results
    ]
    assert titles == ["Lektiecafé Syd", "Lektiecafé Nord"]


def test_snippets_escape_markup_and_mark_matches():
    snippet = make_snippet("Kom til <script>alert(1)</script> sprogcaféen i dag", {"sprogcafeen"})
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>sprogcaféen</mark>" in snippet


def test_stemming_is_safe_from_many_threads_at_once():
    # Snowball stemmers are stateful; a shared one garbled words under load (make loadtest found it).
    from concurrent.futures import ThreadPoolExecutor

    from samvirke.search.text import stem

    words = [f"frivillige{n}" for n in range(3000)] + [f"sprogcaféerne{n}" for n in range(3000)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        stems = list(pool.map(stem, words))
    assert stems == [stem.__wrapped__(word) for word in words]


def test_short_words_and_organisations_in_the_handbook_search_box(client, demo):
    # Issue 16's bugs: "3F" and "IT" found nothing on the list page, organisations never showed.
    page = client.get("/holstebro/initiatives/", {"q": "3F"}).content.decode()
    assert "/holstebro/initiatives/faglig-raadgivning-3f/" in page
    assert "/holstebro/organisations/3f-holstebro/" in page
    page = client.get("/holstebro/initiatives/", {"q": "IT"}).content.decode()
    assert "/holstebro/initiatives/it-for-nye-borgere/" in page
    page = client.get("/holstebro/initiatives/", {"q": "frivilligcenter"}).content.decode()
    assert "/holstebro/organisations/frivilligcenter-holstebro/" in page
    # Two letters are whole words: "it" is not the start of every word beginning with "it".
    holstebro = Municipality.objects.get(slug="holstebro")
    assert all(
        "it" in hit.snippet.lower() or hit.title.lower().startswith("it")
        for hit in search_entries(query="IT", municipality=holstebro).results
    )


def test_nonsense_finds_nothing_in_the_guide_either(client, demo):
    for query in ("xyzzy qwerty", "%%%", "zzqx vvkp"):
        page = client.get("/holstebro/guide/ar/search/", {"q": query}).content.decode()
        assert 'href="/holstebro/guide/ar/a/' not in page, query


def test_a_misspelt_word_is_corrected_against_the_words_the_index_holds(demo):
    holstebro = Municipality.objects.get(slug="holstebro")
    results = search_entries(query="lektiehjlp", municipality=holstebro, limit=5)
    assert results.corrected == "lektiehjælp"
    assert "Lektiehjælp i biblioteket" in [hit.title for hit in results.results]


def test_a_full_reindex_leaves_the_index_and_its_spelling_dictionary_whole(demo):
    before = SearchDocument.objects.count()
    reindex()  # empties the dictionary, then rebuilds it from every document, changed or not
    assert SearchDocument.objects.count() == before
    test_a_misspelt_word_is_corrected_against_the_words_the_index_holds(demo)
    test_named_queries_find_their_entries_near_the_top(demo)
