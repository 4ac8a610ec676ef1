"""Text folding, stemming and fuzzy term matching shared by indexing and querying.

Danish and Swedish compounds ("sprogcaféen", "lektie-hjælp") and small typos ("frivilig") are
handled the same way on both databases: the database finds candidates, these functions score them.
"""

import re
import threading
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
STEMMERS = {"da": "danish", "sv": "swedish", "en": "english"}


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


def term_similarity(term: str, token: str) -> float:
    """How well a query term matches one document word, 0..1.

    A term inside a compound ("sprogcafe" in "sprogcafeen", "hjælp" in "lektiehjælp") counts as a
    strong match; otherwise trigram similarity catches typos ("frivilig" ~ "frivillig").
    """
    if term == token:
        return 1.0
    if len(term) >= 4 and term in token:
        # The query word inside a document compound: strong, stronger the more of the word it covers.
        return 0.8 + 0.15 * len(term) / len(token)
    a, b = trigrams(term), trigrams(token)
    fuzzy = len(a & b) / len(a | b)
    if len(token) >= 4 and token in term:
        # Only a part of the query compound ("sprog" for "sprogcafe"): partial credit.
        return max(fuzzy, 0.9 * len(token) / len(term))
    return fuzzy


def best_match(term: str, tokens: set[str]) -> tuple[float, str | None]:
    best, best_token = 0.0, None
    for token in tokens:
        score = term_similarity(term, token)
        if score > best:
            best, best_token = score, token
            if score == 1.0:
                break
    return best, best_token
