"""Folding, words and index terms, the same for indexing and querying on both databases (decision 0053).

Danish and Swedish write compounds as one word ("lektiehjælp", "språkcaféet"). A query word must
find the compound from either end, so each long word is also indexed by its tails ("hjælp",
"caféet"): a prefix query on those is a substring match that the database's word index answers.
"""

import re
import threading
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+", re.UNICODE)
STEMMERS = {"da": "danish", "sv": "swedish", "en": "english"}
PART_MIN = 4  # the shortest tail indexed: "cafe", "kurs", "hjælp"
HEAD_MIN = 3  # ... that leaves a head at least this long ("tie|hjælp" is not indexed twice)
TERM_MAX = 60  # longer "words" are URLs or garbage; not worth a dictionary entry

# Function words of Danish and Swedish: a query "kurser for kvinder" must not need "for" in the text.
_DANISH_STOPWORDS = """
af alle at blev da de dem den der det du efter eller en er et fra han hun hvad hvor hvis hvordan
ikke jeg kan man med mig min mit når og om os på sig skal som til ud var vi vil være
"""
_SWEDISH_STOPWORDS = """
alla att av blir de dem den det du efter eller en ett från han hon hur i inte jag kan man med mig
min mitt när och om oss på sig ska som till ut var vi vill vara är
"""
STOPWORDS = frozenset(_DANISH_STOPWORDS.split()) | frozenset(_SWEDISH_STOPWORDS.split())


def fold(text: str) -> str:
    """Lower-case, strip accents (é→e; æ/ø/å kept), and join hyphenated compounds."""
    text = text.lower().replace("-", "").replace("\u00ad", "")
    decomposed = unicodedata.normalize("NFKD", text)
    # Keep the letters Danish and Swedish treat as their own, drop combining accents elsewhere.
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            if kept and kept[-1] in "ao" and char in "\u030a\u0308":  # å, ä, ö
                kept[-1] = unicodedata.normalize("NFC", kept[-1] + char)
            continue
        kept.append(char)
    return "".join(kept)


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def compound_parts(word: str) -> list[str]:
    """The tails of a compound that a query word may name: "lektiehjælp" → [..., "hjælp", "jælp"]."""
    return [word[start:] for start in range(HEAD_MIN, len(word) - PART_MIN + 1)]


def index_terms(*, title: str, body: str) -> tuple[str, str, str]:
    """The words of the title, of the body, and the compound tails of both, each space-separated."""
    title_words = [word for word in words(title) if len(word) <= TERM_MAX]
    body_words = [word for word in words(body) if len(word) <= TERM_MAX]
    parts = dict.fromkeys(part for word in {*title_words, *body_words} for part in compound_parts(word))
    return " ".join(title_words), " ".join(body_words), " ".join(sorted(parts))


def municipality_word(municipality_id: int) -> str:
    return f"m{municipality_id}"


def kind_word(kind: str) -> str:
    return f"k{kind}"


def scope_terms(*, municipality_id: int, kind: str) -> str:
    """Where an entry belongs, as words the FTS5 index can intersect with the query's: "m12 kinitiative"."""
    return f"{municipality_word(municipality_id)} {kind_word(kind)}"


_local = threading.local()


def _stemmer(language: str):
    # Snowball stemmers keep state while they work: one per thread (found by make loadtest).
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS.get(language, "danish"))
    return stemmers[language]


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "da") -> str:
    return _stemmer(language).stemWord(word)


@cache
def trigrams(word: str) -> frozenset[str]:
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))
