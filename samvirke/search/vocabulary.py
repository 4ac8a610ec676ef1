"""The newcomer vocabulary: everyday words in the guide languages that expand a query with the
Danish or Swedish terms the handbook uses (decision 0036).

Seeded from samvirke/search/vocabulary/*.json (a migration and `manage.py seed_vocabulary`, which
adds what is missing and never overwrites a translator's edit); edited in the site afterwards.
Matching is forgiving the way newcomers type: Arabic and Persian letter variants are unified,
a word inside a longer one counts ("دنمارك" in "الدنماركية", "данськ" in "данською"), and small
typos in longer words pass a trigram test.
"""

import json
import re
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from django.db.models import Count, Max

from samvirke.search.language import ETHIOPIC
from samvirke.search.models import VocabularyEntry
from samvirke.search.text import trigrams, words

SEED_DIR = Path(__file__).parent / "vocabulary"
FUZZY = 0.55  # trigram Jaccard for words of 5+ letters: "aplication" ~ "application"

# Letters written interchangeably in Arabic and Persian, and on Arabic/Persian keyboards.
_UNIFY = str.maketrans(
    {"ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ی", "ي": "ی", "ك": "ک", "ؤ": "و", "ئ": "ی"}
)


def normalise(text: str) -> list[str]:
    return words(text.translate(_UNIFY).replace("\u200c", " "))


ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _inside_min(word: str) -> int | None:
    """How long a word must be to count inside a longer one; None: only at its start.

    Arabic and Persian attach articles and prepositions in front ("ال", "بال", "و"), Tigrinya too
    ("ን", "ብ"; its letters are syllables, so two say as much as four Latin letters). In Latin and
    Cyrillic script a word inside another is mostly a different word ("work" in "homework")."""
    if ETHIOPIC.match(word):
        return 2
    if ARABIC_SCRIPT.match(word):
        return 4
    return None


def _word_matches(word: str, token: str) -> bool:
    if word == token:
        return True
    if len(word) >= 3 and token.startswith(word):  # a stem and its endings: "мам" in "мамами"
        return True
    inside = _inside_min(word)
    if (
        inside is not None and len(word) >= inside and word in token
    ):  # with prefixes: "دنمارك" in "الدنماركية"
        return True
    if len(word) >= 5 and len(token) >= 5:
        a, b = trigrams(word), trigrams(token)
        return len(a & b) / len(a | b) >= FUZZY
    return False


def _candidates(token: str, index: "_Index") -> set[str]:
    """The vocabulary words that could match a query token: looked up, not compared one by one."""
    found = {token} & index.words
    found |= {token[:end] for end in range(3, len(token) + 1)} & index.words  # "мам" in "мамами"
    for size in index.inside_sizes:  # "دنمارك" in "الدنماركية"
        found |= {token[i : i + size] for i in range(len(token) - size + 1)} & index.inside_words
    if len(token) >= 5:
        shared: dict[str, int] = {}
        for gram in trigrams(token):
            for word in index.by_trigram.get(gram, ()):
                shared[word] = shared.get(word, 0) + 1
        found |= {word for word, count in shared.items() if count >= FUZZY * len(trigrams(token))}
    return {word for word in found if _word_matches(word, token)}


@dataclass(frozen=True)
class _Index:
    words: frozenset[str]
    inside_words: frozenset[str]  # words that count inside a longer one (Arabic script, Ethiopic)
    inside_sizes: frozenset[int]
    by_trigram: dict[str, tuple[str, ...]]  # for typos in words of five letters or more


def _index(entries) -> _Index:
    words = {word for entry in entries for phrase in entry.phrases for word in phrase}
    inside = {word for word in words if _inside_min(word) is not None and len(word) >= _inside_min(word)}
    by_trigram: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 5:
            for gram in trigrams(word):
                by_trigram.setdefault(gram, []).append(word)
    return _Index(
        words=frozenset(words),
        inside_words=frozenset(inside),
        inside_sizes=frozenset(len(word) for word in inside),
        by_trigram={gram: tuple(found) for gram, found in by_trigram.items()},
    )


@dataclass
class _Entry:
    language: str
    key: str
    phrases: tuple[tuple[str, ...], ...]
    danish: str
    swedish: str

    @cached_property
    def phrase_sets(self) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(phrase) for phrase in self.phrases)


@dataclass
class Expansion:
    terms: dict[str, str]  # vocabulary key → the Danish or Swedish terms it adds
    matched: list[str]  # "language:key" of the entries that matched

    @property
    def text(self) -> str:
        return " ".join(self.terms.values())


_cache: dict = {}
_lock = threading.Lock()


def _entries() -> list[_Entry]:
    version = tuple(VocabularyEntry.objects.aggregate(n=Count("id"), latest=Max("updated_at")).values())
    if _cache.get("version") != version:
        entries = [
            _Entry(
                language=entry.language,
                key=entry.key,
                phrases=tuple(tuple(normalise(w)) for w in entry.word_list() if normalise(w)),
                danish=entry.danish,
                swedish=entry.swedish,
            )
            for entry in VocabularyEntry.objects.all()
        ]
        with _lock:
            _cache.update(version=version, entries=entries, index=_index(entries))
    return _cache["entries"]


def expand(query: str, *, target: str = "da") -> Expansion:
    """The Danish (target "da") or Swedish ("sv") terms for the everyday words in the query.

    Every guide language's words are tried: a detected language is a guess on two-word queries,
    and words of different languages rarely collide."""
    entries = _entries()
    index = _cache["index"]
    known = set().union(*(_candidates(token, index) for token in normalise(query)))
    terms: dict[str, str] = {}
    matched = []
    for entry in entries:
        for phrase in entry.phrase_sets:
            if phrase <= known:
                terms.setdefault(entry.key, entry.swedish if target == "sv" else entry.danish)
                matched.append(f"{entry.language}:{entry.key}")
                break
    return Expansion(terms=terms, matched=matched)


def seed(model=None, *, languages: list[str] | None = None) -> int:
    """Create the vocabulary entries in the seed files that do not exist yet. Returns how many."""
    # A data migration passes its historical model; the live one otherwise.
    model = model or VocabularyEntry
    concepts = json.loads((SEED_DIR / "concepts.json").read_text())["concepts"]
    existing = set(model.objects.values_list("language", "key"))
    created = []
    for path in sorted(SEED_DIR.glob("??.json")):
        data = json.loads(path.read_text())
        language = data["language"]
        if languages and language not in languages:
            continue
        for key, phrases in data["entries"].items():
            if (language, key) in existing:
                continue
            concept = concepts[key]
            created.append(
                model(
                    language=language,
                    key=key,
                    need=concept["need"],
                    words="\n".join(phrases),
                    danish=concept["danish"],
                    swedish=concept["swedish"],
                )
            )
    model.objects.bulk_create(created)
    return len(created)
