"""The lexical index on each database: FTS5 with bm25 on SQLite, tsvector with ts_rank on PostgreSQL.

Both index the same three columns of SearchDocument (title words, body words, compound tails,
built by samvirke.search.text) and answer the same boolean query of Terms, ranked in SQL with a
LIMIT: Python never scores candidates (decision 0053).
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F

from samvirke.search.models import SearchDocument
from samvirke.search.query import Term
from samvirke.search.text import kind_word, municipality_word

TITLE_WEIGHT, BODY_WEIGHT, PART_WEIGHT = 4.0, 1.0, 0.3
# ts_rank's weights, in the order D, C, B, A: tails (D), unused (C), body (B), title (A).
POSTGRES_WEIGHTS = [0.1, 0.1, 0.4, 1.0]
# PostgreSQL ranks at most this many matches of a query (ts_rank reads each match's tsvector:
# about 20 µs a row, 1.5 s for a word in half of 100k entries). Above it, the first RANK_CAP
# matches in table order are ranked and the count stays exact. No municipality or region of
# today's size comes near it; SQLite's bm25 needs no cap (bench/README.md, decision 0053).
RANK_CAP = 2000


@dataclass(frozen=True)
class Scope:
    municipality_ids: list[int] | None = None
    kinds: list[str] | None = None


# How each kind of term is asked for. Two letters: the whole word in title or text; three: a word's
# beginning there; longer: a beginning anywhere, compound tails included. Forms are [^\W_]+ words,
# so quoting them is enough.
WORD_COLUMNS = "{title_terms body_terms} : "
_FTS = {"exact": (WORD_COLUMNS, '"{}"'), "whole_words": (WORD_COLUMNS, '"{}" *'), "any": ("", '"{}" *')}
_TSQUERY = {"exact": "'{}':AB", "whole_words": "'{}':*AB", "any": "'{}':*"}


def _kind(term: Term) -> str:
    return "exact" if term.exact else "whole_words" if term.whole_words else "any"


def _fts_term(term: Term) -> str:
    columns, pattern = _FTS[_kind(term)]
    return columns + "(" + " OR ".join(pattern.format(form) for form in term.forms) + ")"


def _tsquery_term(term: Term) -> str:
    return "(" + " | ".join(_TSQUERY[_kind(term)].format(form) for form in term.forms) + ")"


def _sqlite_match(expression: str, scope: Scope) -> str:
    """The query ANDed with the scope's words, so FTS5 intersects them in its index."""
    parts = [f"({expression})"]
    if scope.municipality_ids is not None:
        places = " OR ".join(f'"{municipality_word(int(pk))}"' for pk in scope.municipality_ids)
        parts.append("{scope_terms} : (" + (places or '"m0"') + ")")  # no municipality: nothing
    if scope.kinds:
        kinds = " OR ".join(f'"{kind_word(kind)}"' for kind in scope.kinds if kind.isalnum())
        parts.append("{scope_terms} : (" + (kinds or '"k"') + ")")
    return " AND ".join(parts)


def _postgres_queryset(expression: str, scope: Scope):
    qs = SearchDocument.objects.filter(
        search_vector=SearchQuery(expression, config="simple", search_type="raw")
    )
    if scope.municipality_ids is not None:
        qs = qs.filter(municipality_id__in=scope.municipality_ids)
    if scope.kinds:
        qs = qs.filter(kind__in=scope.kinds)
    return qs


def expression(terms: list[Term], *, any_term: bool = False) -> str:
    if connection.vendor == "postgresql":
        return (" | " if any_term else " & ").join(_tsquery_term(term) for term in terms)
    return (" OR " if any_term else " AND ").join(_fts_term(term) for term in terms)


def is_known(term: Term) -> bool:
    """Whether anything in the index (anywhere) matches the term: one index lookup."""
    match = expression([term])
    if connection.vendor == "postgresql":
        # Not EXISTS/LIMIT 1: for a word nobody wrote, the planner would scan every row hoping to
        # stop early (780 ms at 100k); planned apart from the LIMIT, the GIN index answers.
        sql = (
            "WITH found AS MATERIALIZED (SELECT 1 FROM search_searchdocument "
            "WHERE search_vector @@ to_tsquery('simple', %s)) SELECT EXISTS (SELECT 1 FROM found)"
        )
    else:
        sql = "SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT 1"
    with connection.cursor() as cursor:
        cursor.execute(sql, [match])
        row = cursor.fetchone()
        return bool(row and row[0])


def ranked(match: str, scope: Scope, *, limit: int, offset: int = 0) -> list[tuple[int, float]]:
    """(SearchDocument pk, relevance) of one page, best first; fresher entries win ties."""
    if connection.vendor == "postgresql":
        rank = SearchRank(
            F("search_vector"),
            SearchQuery(match, config="simple", search_type="raw"),
            weights=POSTGRES_WEIGHTS,
            normalization=1,
        )
        capped = _postgres_queryset(match, scope).values("pk")[:RANK_CAP]
        rows = (
            SearchDocument.objects.filter(pk__in=capped)
            .annotate(rank=rank)
            .order_by("-rank", F("freshness").desc(nulls_last=True), "pk")
            .values_list("pk", "rank")[offset : offset + limit]
        )
        return [(pk, float(score)) for pk, score in rows]
    # Fresher entries win ties of the page, sorted by the caller that loads the page's rows.
    sql = (
        "SELECT rowid, round(-bm25(search_fts, %s, %s, %s, 0.0), 4) AS score FROM search_fts "
        "WHERE search_fts MATCH %s ORDER BY score DESC, rowid DESC LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [TITLE_WEIGHT, BODY_WEIGHT, PART_WEIGHT, _sqlite_match(match, scope), limit, offset]
        )
        return [(pk, score) for pk, score in cursor.fetchall()]


def count(match: str, scope: Scope) -> int:
    if connection.vendor == "postgresql":
        return _postgres_queryset(match, scope).count()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s", [_sqlite_match(match, scope)]
        )
        return cursor.fetchone()[0]


def postgres_vector():
    """The weighted tsvector of a SearchDocument's three term columns (PostgreSQL)."""
    return (
        SearchVector("title_terms", config="simple", weight="A")
        + SearchVector("body_terms", config="simple", weight="B")
        + SearchVector("part_terms", config="simple", weight="D")
    )
