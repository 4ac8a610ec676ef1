"""Lexical search over the handbook: the database finds candidates, samvirke.search.text scores them."""

import re
from dataclasses import dataclass, field

from django.db import connection
from django.utils.html import escape

from samvirke.core.models import Municipality, Region
from samvirke.search.models import SearchDocument
from samvirke.search.text import WORD, best_match, fold, stem, words

CANDIDATES = 400
THRESHOLD = 0.5  # mean term match below this is noise (a shared trigram or two)
TITLE_BOOST = 0.3
ANY_TERM_MATCH = 0.8  # with any_term, a term counts only when it is (inside) a word of the entry


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


def _query_terms(query: str) -> list[str]:
    return [term for term in words(query) if len(term) >= 2][:12]


def _sqlite_candidates(
    *, terms: list[str], municipality_ids: list[int] | None, kinds: list[str] | None
) -> list[int]:
    grams = {term[i : i + 3] for term in terms for i in range(max(1, len(term) - 2)) if len(term) >= 3}
    if not grams:
        return []
    match = " OR ".join('"' + gram.replace('"', '""') + '"' for gram in sorted(grams))
    conditions, params = ["search_fts MATCH %s"], [match]
    if municipality_ids is not None:
        conditions.append(f"municipality_id IN ({', '.join(['%s'] * len(municipality_ids))})")
        params += municipality_ids
    if kinds:
        conditions.append(f"kind IN ({', '.join(['%s'] * len(kinds))})")
        params += kinds
    # Only placeholders are formatted into the SQL; every value is a parameter.
    sql = f"SELECT rowid FROM search_fts WHERE {' AND '.join(conditions)} ORDER BY bm25(search_fts) LIMIT %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, CANDIDATES])
        return [row[0] for row in cursor.fetchall()]


def _postgres_candidates(qs, terms: list[str], query: str) -> list[int]:
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import Q

    condition = Q()
    for term in terms:
        condition |= Q(folded__trigram_word_similar=term)
    for config in ("danish", "swedish"):
        condition |= Q(search_vector=SearchQuery(query, config=config, search_type="websearch"))
    with connection.cursor() as cursor:
        # Typos and compounds need a lower bar than pg_trgm's default of 0.6.
        cursor.execute("SET pg_trgm.word_similarity_threshold = 0.45")
    return list(qs.filter(condition).values_list("id", flat=True)[:CANDIDATES])


def _term_score(
    term: str, tokens: set[str], stems: dict[str, str], language: str
) -> tuple[float, str | None]:
    score, token = best_match(term, tokens)
    stem_score, stem_token = best_match(stem(term, language), set(stems))
    if stem_score > score:
        score, token = stem_score, stems[stem_token]
    return score, token


def _score(document: SearchDocument, terms: list[str], any_term: bool = False) -> tuple[float, set[str]]:
    """Mean best match of the query terms, plus a boost for terms found in the title.

    With any_term (a query expanded by the vocabulary: alternatives, not all required) the
    strong matches are summed instead, and weak ones count for nothing."""
    language = document.language
    title_tokens = set(words(document.title))
    tokens = title_tokens | set(words(document.body))
    stems = {stem(token, language): token for token in tokens}
    title_stems = {stem(token, language): token for token in title_tokens}
    matched, total, in_title = set(), 0.0, 0
    for term in terms:
        score, token = _term_score(term, tokens, stems, language)
        if any_term and score < ANY_TERM_MATCH:
            continue
        total += score
        if score >= THRESHOLD and token:
            matched.add(token)
            title_score, title_token = _term_score(term, title_tokens, title_stems, language)
            if title_score >= 0.75:
                in_title += 1
                matched.add(title_token)
    if any_term:
        return total + TITLE_BOOST * in_title, matched
    return total / len(terms) + TITLE_BOOST * in_title / len(terms), matched


def make_snippet(text: str, matched: set[str], width: int = 180) -> str:
    """An escaped excerpt around the first match, with matches wrapped in <mark>."""
    spans = [m.span() for m in WORD.finditer(text) if fold(m.group()) in matched]
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for begin, finish in spans:
        if begin < start or finish > end:
            continue
        pieces.append(escape(text[cursor:begin]))
        pieces.append(f"<mark>{escape(text[begin:finish])}</mark>")
        cursor = finish
    pieces.append(escape(text[cursor:end]))
    snippet = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return ("… " if start else "") + snippet + (" …" if end < len(text) else "")


def search_entries(
    *,
    query: str,
    municipality: Municipality | None = None,
    region: Region | None = None,
    kinds: list[str] | None = None,
    limit: int = 20,
    offset: int = 0,
    any_term: bool = False,
) -> SearchResults:
    """Search initiatives and organisations of a municipality or a region (or everything).

    Ranked by relevance, then freshness (recently verified first). Snippets are HTML-safe.
    any_term: the words are alternatives (a vocabulary expansion), not all required.
    """
    terms = _query_terms(query)
    if any_term:
        terms = [term for term in dict.fromkeys(words(query)) if len(term) >= 2][:24]
    if not terms:
        return SearchResults(count=0, terms=[])
    qs = SearchDocument.objects.all()
    if municipality is not None:
        qs = qs.for_municipality(municipality)
    if region is not None:
        qs = qs.for_region(region)
    if kinds:
        qs = qs.filter(kind__in=kinds)
    if connection.vendor == "postgresql":
        ids = _postgres_candidates(qs, terms, query)
    else:
        scope = None
        if municipality is not None:
            scope = [municipality.pk]
        elif region is not None:
            scope = list(region.municipalities.values_list("pk", flat=True))
        ids = _sqlite_candidates(terms=terms, municipality_ids=scope, kinds=kinds)
    scored = []
    for document in SearchDocument.objects.filter(pk__in=ids):
        score, matched = _score(document, terms, any_term)
        if score >= (ANY_TERM_MATCH if any_term else THRESHOLD):
            scored.append((score, document, matched))
    scored.sort(
        key=lambda item: (-round(item[0], 3), -(item[1].freshness.timestamp() if item[1].freshness else 0))
    )
    hits = [
        SearchHit(
            pk=document.pk,
            id=str(document.uuid),
            type=document.kind,
            title=document.title,
            url=document.path,
            score=round(score, 4),
            snippet=make_snippet(document.body or document.title, matched),
            municipality_id=document.municipality_id,
            object_id=document.object_id,
        )
        for score, document, matched in scored[offset : offset + limit]
    ]
    return SearchResults(count=len(scored), results=hits, terms=terms)


def hybrid_search(**kwargs):
    """Cross-lingual search (samvirke.search.hybrid): lexical and dense hits fused."""
    from samvirke.search.hybrid import hybrid_search as search

    return search(**kwargs)
