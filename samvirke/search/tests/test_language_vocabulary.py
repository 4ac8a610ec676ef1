"""Query language detection and the newcomer vocabulary: matching, seeding, expansion."""

import pytest

from samvirke.search.language import detect_language
from samvirke.search.models import VocabularyEntry
from samvirke.search.vocabulary import _word_matches, expand, seed


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("تعلم اللغة الدنماركية", "ar"),
        ("курси данської мови", "uk"),
        ("caawimaad casharada guriga caruurta", "so"),
        ("ቋንቋ ዴንማርክ ምምሃር", "ti"),
        ("ሓገዝ ንሲቪ", "ti"),
        ("یادگیری زبان دانمارکی", "fa"),
        ("homework help for kids", "en"),
        ("hjælp til lektier", "da"),
        ("träffa nya vänner", "sv"),
    ],
)
def test_detects_the_guide_languages_and_tigrinya_by_script(query, language):
    assert detect_language(query) == language


def test_no_language_for_nothing():
    assert detect_language("   ") is None


def test_word_matching_follows_the_script():
    assert _word_matches("мам", "мамами")  # a stem and its endings
    assert _word_matches("دنمارك", "الدنماركية")  # behind the article
    assert _word_matches("ሲቪ", "ንሲቪ")  # behind a Tigrinya preposition
    assert _word_matches("application", "aplication")  # a small typo in a long word
    assert not _word_matches("work", "homework")  # in Latin script, inside is another word
    assert not _word_matches("cv", "cvs")  # two letters: only the word itself


def test_the_vocabulary_is_seeded_by_the_migration(db):
    import importlib

    migration = importlib.import_module("samvirke.search.migrations.0005_seed_vocabulary").Migration
    assert [type(op).__name__ for op in migration.operations] == ["RunPython"]
    assert VocabularyEntry.objects.filter(language="ti").count() >= 30
    assert set(VocabularyEntry.objects.values_list("language", flat=True)) == {
        "ar",
        "uk",
        "so",
        "ti",
        "fa",
        "en",
        "da",
        "sv",
    }
    assert seed() == 0  # nothing missing: a second seed adds nothing


def test_seeding_never_overwrites_a_translators_edit(db):
    entry = VocabularyEntry.objects.get(language="so", key="job")
    entry.words = "shaqo\nshaqeyn\nhawl"
    entry.save()
    VocabularyEntry.objects.filter(language="so", key="health").delete()
    assert seed() == 1
    entry.refresh_from_db()
    assert "hawl" in entry.words


def test_expansion_gives_the_danish_or_swedish_terms(db):
    expansion = expand("تعلم اللغة الدنماركية", target="da")
    assert "danish-language" in expansion.terms and "danskuddannelse" in expansion.text
    assert "ar:danish-language" in expansion.matched
    swedish = expand("barasho luuqadda", target="sv")
    assert "sfi" in swedish.text and "danskuddannelse" not in swedish.text
    assert expand("qwxz vbnm", target="da").terms == {}


def test_an_edited_entry_is_used_at_once(db):
    assert "football" not in expand("qolxaxa", target="da").terms
    entry = VocabularyEntry.objects.get(language="so", key="football")
    entry.words += "\nqolxaxa"
    entry.save()
    assert "football" in expand("qolxaxa", target="da").terms
