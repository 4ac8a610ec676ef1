"""From what was typed to what the index is asked: words, their forms, and spelling corrections.

Each query word becomes a Term: the prefixes it may match in the index. Typos are corrected against
the words the index holds (SearchTerm), never by scoring documents: a word the index does not know,
not even as a prefix, is replaced by the nearest known words by edit distance (decision 0053).
"""

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from samvirke.search.models import SearchTerm
from samvirke.search.text import STOPWORDS, stem, words

MAX_TERMS = 12
MAX_CORRECTIONS = 4


@dataclass(frozen=True)
class Term:
    word: str  # as typed (folded)
    forms: tuple[str, ...]  # what the index is asked for: the word, its stem, or its corrections
    exact: bool = False  # two letters ("3f", "it"): the whole word only, no prefix
    whole_words: bool = False  # three letters ("sfi"): a prefix of a word, not of a compound's tail
    corrected: bool = False


def plan(query: str, *, language: str = "da", all_words: bool = True) -> list[Term]:
    """The terms of a query, before spelling correction. all_words=False keeps stopwords (a
    vocabulary expansion is a list of handbook terms, not a sentence)."""
    typed = [word for word in dict.fromkeys(words(query)) if len(word) >= 2]
    if all_words:
        content = [word for word in typed if word not in STOPWORDS]
        typed = content or typed
    terms = []
    for word in typed[:MAX_TERMS]:
        if len(word) == 2:
            terms.append(Term(word=word, forms=(word,), exact=True))
        elif len(word) == 3:
            terms.append(Term(word=word, forms=(word,), whole_words=True))
        else:
            root = stem(word, language)
            if len(root) < 4 or root == word:
                forms = (word,)
            elif word.startswith(root):
                forms = (root,)  # "kurser" → "kurs": the stem's prefix covers the word and "kursus"
            else:
                forms = (word, root)
            terms.append(Term(word=word, forms=forms))
    return terms


def max_distance(word: str) -> int:
    return 1 if len(word) < 8 else 2


def corrections(word: str) -> list[str]:
    """The known words (or word beginnings) nearest to an unknown word: "frivilig" → ["frivillig"].

    Candidates share the first two letters (a typo there is rare and would make the search wide);
    each is compared by its beginning, so "frivilig" is one edit from "frivillig|center"."""
    if len(word) < 4:
        return []
    candidates = SearchTerm.objects.filter(head=word[:2]).values_list("term", flat=True)
    prefixes = {
        term[:length]
        for term in candidates
        for length in (len(word) - 1, len(word), len(word) + 1)
        if len(term) >= length
    }
    limit = max_distance(word)
    found = process.extract(word, prefixes, scorer=Levenshtein.distance, score_cutoff=limit, limit=None)
    if not found:
        return []
    best = min(distance for _prefix, distance, _key in found)
    nearest = sorted(prefix for prefix, distance, _key in found if distance == best)
    return nearest[:MAX_CORRECTIONS]


def correct(term: Term) -> Term | None:
    """The term with its unknown word replaced by the nearest known ones; None when there are none."""
    if term.exact or term.whole_words:
        return None
    found = corrections(term.word)
    if not found:
        return None
    return Term(word=term.word, forms=tuple(found), corrected=True)
