"""Cross-lingual search: lexical hits fused with dense hits by reciprocal rank fusion (decision 0037).

Three ranked lists, each optional (the evaluation measures them one by one):
- lexical: the handbook's own search (decisions 0005, 0053) on the query as typed, only when it
  can match the entries' words (it has Latin letters or digits); all its words are required unless
  it is Danish or Swedish;
- vocabulary: the same search on the Danish/Swedish terms the newcomer vocabulary adds
  (any of them, not all);
- dense: multilingual-e5-small over the scope's vectors, for the query plus those terms.
A floor keeps noise out: when a query in Latin letters found nothing in either word list, the dense
neighbours count only if the nearest is at least DENSE_FLOOR close ("xyzzy qwerty" finds nothing).
Queries in other scripts have no floor: on the tuning set real Arabic and Tigrinya queries score
as low as typed nonsense does (decision 0053).
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape

from samvirke.core.models import COUNTRY_LANGUAGE, Municipality, Region
from samvirke.search import embeddings
from samvirke.search.language import detect_language
from samvirke.search.models import SearchDocument
from samvirke.search.selectors import HIT_FIELDS, Ranking, make_snippet, search_ranked_entries
from samvirke.search.text import WORD
from samvirke.search.vocabulary import expand

RRF_K = 60  # the usual constant: a rank-1 hit in one list weighs about as much as rank 3 in two
DENSE_DEPTH = 30  # dense neighbours taken into the fusion
DENSE_MARGIN = 0.06  # ... and only those within this cosine of the best (the rest is noise)
LEXICAL_DEPTH = 50
DENSE_FLOOR = 0.80  # below every Latin-script tuning query's nearest entry (0.802–0.907)
LATIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")
ALL_STEPS = ("lexical", "vocabulary", "dense")


@dataclass
class HybridHit:
    kind: str
    object_id: int
    uuid: str
    title: str
    url: str
    score: float
    snippet: str
    language: str  # the language of title and snippet: the entry's own (da or sv)
    pk: int
    municipality_id: int
    sources: list[str] = field(default_factory=list)  # which lists found it


@dataclass
class HybridResults:
    count: int
    results: list[HybridHit]
    query_language: str | None
    expansion: list[str] = field(default_factory=list)


def _scope(municipality: Municipality | None, region: Region | None) -> tuple[list[int], str]:
    if municipality is not None:
        return [municipality.pk], municipality.language
    qs = Municipality.objects.all() if region is None else region.municipalities.all()
    rows = [(pk, COUNTRY_LANGUAGE.get(country, "da")) for pk, country in qs.values_list("pk", "country")]
    languages = [language for _pk, language in rows]
    target = max(set(languages), key=languages.count) if languages else "da"
    return [pk for pk, _language in rows], target


def _plain_snippet(text: str, width: int = 180) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= width:
        return escape(text)
    return escape(text[:width].rsplit(" ", 1)[0]) + " …"


def _snippet(document: SearchDocument, rankings: dict[str, Ranking]) -> str:
    """Marked where a word list found the entry, else the start of its text."""
    for ranking in rankings.values():
        if any(pk == document.pk for pk, _score in ranking.ranked):
            return make_snippet(document.body or document.title, ranking.matches)
    return _plain_snippet(document.body or document.title)


def fuse(ranked_lists: list[list[int]], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: each list adds 1 / (k + rank) to the items it holds."""
    scores: dict[int, float] = {}
    for ranked in ranked_lists:
        for rank, item in enumerate(ranked, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def hybrid_search(
    *,
    query: str,
    municipality: Municipality | None = None,
    region: Region | None = None,
    language: str | None = None,
    kinds: list[str] | None = None,
    limit: int = 20,
    offset: int = 0,
    steps: tuple[str, ...] = ALL_STEPS,
) -> HybridResults:
    """Find Danish or Swedish entries for a query in any guide language.

    `language` is the reader's language: here only the fallback when the query's own language
    cannot be told; translating titles and snippets into it is the caller's (the API uses
    samvirke.guide.selectors.get_localised_many). `kinds` limits to "initiative" and/or "organisation".
    """
    query = query.strip()
    query_language = detect_language(query) or language
    if not WORD.search(query):  # "%%%": nothing to look for
        return HybridResults(count=0, results=[], query_language=None)
    municipality_ids, target = _scope(municipality, region)
    expansion = expand(query, target=target) if "vocabulary" in steps else None

    lists: dict[str, list[int]] = {}
    rankings: dict[str, Ranking] = {}

    def lexical(name: str, text: str, *, any_term: bool = False, partial: bool = False) -> None:
        rankings[name] = search_ranked_entries(
            query=text,
            municipality=municipality,
            region=region,
            kinds=kinds,
            limit=LEXICAL_DEPTH,
            any_term=any_term,
            partial=partial,
            counted=False,
        )
        lists[name] = [pk for pk, _score in rankings[name].ranked]

    in_their_language = query_language in (None, "da", "sv")
    if "lexical" in steps and LATIN.search(query):
        lexical("lexical", query, partial=in_their_language)
    if "lexical" in steps and expansion is not None and expansion.terms:
        lexical("vocabulary", expansion.text, any_term=True)
    # A query in the entries' language whose every word they hold is answered by those words: the
    # model would add neighbours of a question already answered, at the cost of most of the time.
    answered = in_their_language and "lexical" in rankings and rankings["lexical"].complete
    if "dense" in steps and not answered:
        terms = expansion.text if expansion is not None else ""
        neighbours, best_own = embeddings.nearest_scored(
            embeddings.embed_expanded_query(query, terms), municipality_ids, limit=DENSE_DEPTH, kinds=kinds
        )
        # The floor only where a real query usually meets the entries' words or the vocabulary, and
        # on the entries' own texts, which it was set on: nonsense lies as near some translations.
        trusted = any(lists.values()) or not LATIN.search(query)
        if neighbours and (trusted or best_own >= DENSE_FLOOR):
            best = neighbours[0][1]
            lists["dense"] = [pk for pk, score in neighbours if score >= best - DENSE_MARGIN]

    scores = fuse(list(lists.values()))
    ranked = sorted(scores, key=lambda pk: -scores[pk])
    page = ranked[offset : offset + limit]
    documents = SearchDocument.objects.only(*HIT_FIELDS, "language").in_bulk(page)
    hits = []
    for pk in page:
        document = documents.get(pk)
        if document is None:
            continue
        hits.append(
            HybridHit(
                kind=document.kind,
                object_id=document.object_id,
                uuid=str(document.uuid),
                title=document.title,
                url=document.path,
                score=round(scores[pk], 5),
                snippet=_snippet(document, rankings),
                language=document.language,
                pk=pk,
                municipality_id=document.municipality_id,
                sources=[name for name, ranked_list in lists.items() if pk in ranked_list],
            )
        )
    return HybridResults(
        count=len(ranked),
        results=hits,
        query_language=query_language,
        expansion=expansion.matched if expansion is not None else [],
    )
