"""Lexical search over the handbook: the database finds and ranks, Python builds the page shown.

A query is planned into terms (samvirke.search.query), words the index does not know are corrected
against its dictionary, and the database returns one ranked page (samvirke.search.engines). All
words must match; when no entry has them all, entries with any of them are shown instead.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from django.utils.html import escape

from samvirke.core.models import Municipality, Region
from samvirke.search import engines
from samvirke.search.models import SearchDocument
from samvirke.search.query import Term, correct, plan
from samvirke.search.text import WORD, fold


@dataclass
class SearchHit:
    pk: int
    id: str
    type: str
    title: str
    url: str
    score: float
    snippet: str
    municipality_id: int
    object_id: int


@dataclass
class SearchResults:
    count: int
    results: list[SearchHit] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    corrected: str | None = None  # the query as searched, when words were corrected ("frivillig")


@lru_cache(maxsize=100_000)
def _folded(word: str) -> str:
    return fold(word)


def make_snippet(text: str, matched, width: int = 180) -> str:
    """An escaped excerpt around the first match, with matches wrapped in <mark>.

    `matched` is a set of folded words or a predicate on one. Words past the excerpt are not read."""
    accepts = matched.__contains__ if isinstance(matched, set | frozenset) else matched
    spans, start, end = [], None, None
    for found in WORD.finditer(text):
        if end is not None and found.end() > end:
            break
        if accepts(_folded(found.group())):
            if start is None:
                start = max(0, found.start() - width // 3)
                end = min(len(text), start + width)
            spans.append(found.span())
    if start is None:
        start, end = 0, min(len(text), width)
    pieces, cursor = [], start
    for begin, finish in spans:
        pieces.append(escape(text[cursor:begin]))
        pieces.append(f"<mark>{escape(text[begin:finish])}</mark>")
        cursor = finish
    pieces.append(escape(text[cursor:end]))
    snippet = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return ("… " if start else "") + snippet + (" …" if end < len(text) else "")


def _scope(municipality, region, kinds) -> engines.Scope:
    ids = None
    if municipality is not None:
        ids = [municipality.pk]
    elif region is not None:
        ids = list(region.municipalities.values_list("pk", flat=True))
    return engines.Scope(municipality_ids=ids, kinds=kinds or None)


def _known_terms(terms: list[Term]) -> list[Term]:
    """Each term as typed when the index knows it, else corrected; unknown terms are left out."""
    known = []
    for term in terms:
        if engines.is_known(term):
            known.append(term)
        elif (corrected := correct(term)) is not None:
            known.append(corrected)
    return known


# What a hit shows: not the term columns, the tsvector or the vector, which are large.
HIT_FIELDS = ("uuid", "kind", "title", "body", "path", "municipality_id", "object_id", "freshness")


@dataclass
class Ranking:
    """One ranked page of document pks, and how it was found."""

    ranked: list[tuple[int, float]]  # (SearchDocument pk, relevance), best first
    count: int
    terms: list[Term]
    complete: bool  # every word of the query matched, all in the same entries
    corrected: str | None = None

    def matches(self, token: str) -> bool:
        """Whether a word of an entry is one the query found (for highlighting)."""
        exact, beginnings, inside = self._forms
        return token in exact or token.startswith(beginnings) or bool(inside and inside.search(token))

    @cached_property
    def _forms(self) -> tuple[frozenset[str], tuple[str, ...], re.Pattern | None]:
        """Term.matches for all terms at once: whole words, word beginnings, parts of words."""
        exact = frozenset(form for term in self.terms if term.exact for form in term.forms)
        beginnings = tuple(form for term in self.terms if term.whole_words for form in term.forms)
        parts = [form for term in self.terms if not (term.exact or term.whole_words) for form in term.forms]
        return exact, beginnings, re.compile("|".join(map(re.escape, parts))) if parts else None


def _hits(ranking: Ranking) -> list[SearchHit]:
    documents = SearchDocument.objects.only(*HIT_FIELDS).in_bulk([pk for pk, _score in ranking.ranked])

    def freshness(item: tuple[int, float]) -> float:
        document = documents.get(item[0])
        return document.freshness.timestamp() if document is not None and document.freshness else 0.0

    # Equal relevance: the more recently verified first (the database ordered by relevance only).
    page = sorted(ranking.ranked, key=lambda item: (-round(item[1], 4), -freshness(item)))
    hits = []
    for pk, score in page:
        document = documents.get(pk)
        if document is None:
            continue
        hits.append(
            SearchHit(
                pk=pk,
                id=str(document.uuid),
                type=document.kind,
                title=document.title,
                url=document.path,
                score=round(score, 4),
                snippet=make_snippet(document.body or document.title, ranking.matches),
                municipality_id=document.municipality_id,
                object_id=document.object_id,
            )
        )
    return hits


def search_ranked_entries(
    *,
    query: str,
    municipality: Municipality | None = None,
    region: Region | None = None,
    kinds: list[str] | None = None,
    limit: int = 20,
    offset: int = 0,
    any_term: bool = False,
    partial: bool = True,
    counted: bool = True,
) -> Ranking:
    """The ranked page of search_entries without building its hits (see there); counted=False
    leaves the total at the page's length when the page is full (no count query)."""
    language = municipality.language if municipality is not None else "da"
    planned = plan(query, language=language, all_words=not any_term)
    # Alternatives need no check: a handbook term the index lacks matches nothing in an OR.
    terms = planned if any_term else _known_terms(planned)
    if not terms:
        return Ranking(ranked=[], count=0, terms=[], complete=False)
    scope = _scope(municipality, region, kinds)
    complete = len(terms) == len(planned)
    match, ranked = engines.expression(terms, any_term=any_term), []
    if complete or any_term:
        ranked = engines.ranked(match, scope, limit=limit, offset=offset)
    if not ranked and partial and not any_term and (len(terms) > 1 or not complete):
        complete = False
        match = engines.expression(terms, any_term=True)
        ranked = engines.ranked(match, scope, limit=limit, offset=offset)
    full = len(ranked) == limit
    total = engines.count(match, scope) if full and counted else len(ranked) + offset
    corrected = " ".join(term.forms[0] if term.corrected else term.word for term in terms)
    return Ranking(
        ranked=ranked,
        count=total,
        terms=terms,
        complete=complete and not any_term and bool(ranked),
        corrected=corrected if any(term.corrected for term in terms) else None,
    )


def search_entries(**options) -> SearchResults:
    """Search initiatives and organisations of a municipality or a region (or everything); the
    options are search_ranked_entries': query, municipality, region, kinds, limit, offset, any_term, partial.

    Ranked by relevance (bm25 / ts_rank, titles weigh most), then freshness. Snippets are HTML-safe.
    any_term: the words are alternatives (a vocabulary expansion), not all required.
    partial: when no entry has every word (or a word is unknown to the index, even corrected),
    show the entries with some of them; False: then nothing.
    """
    ranking = search_ranked_entries(**options)
    return SearchResults(
        count=ranking.count,
        results=_hits(ranking),
        terms=[term.word for term in ranking.terms],
        corrected=ranking.corrected,
    )
