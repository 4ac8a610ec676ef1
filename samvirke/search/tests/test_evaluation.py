"""The evaluation floors (decisions 0038, 0053).

The tuning set (samvirke/search/evaluation/queries.json, 96 queries over the demo) must meet the
targets of issue 16: recall@5 at least 0.90 overall and 0.85 in every language. The held-out set
(126 queries over two municipalities imported through HSDS, never tuned on) is where quality is
judged: its floor guards against regressions at the level measured when it was set; the targets
and the figures are in make search-eval and bench/README.md.
"""

import re

from samvirke.core.models import Municipality
from samvirke.search.evaluate import CONFIGURATIONS, _keys, import_heldout, load_heldout_queries, load_queries
from samvirke.search.evaluate import evaluate as run_evaluation
from samvirke.search.models import SearchDocument

RECALL_OVERALL, RECALL_FLOOR = 0.90, 0.85  # recall@5 over all queries, and in every language
MRR_FLOOR = 0.75  # the first answer on average in the first two places
# Held out: the measured level when the floor was set, less a margin for noise (decision 0053).
HELDOUT_OVERALL, HELDOUT_FLOOR = 0.70, 0.50  # measured 0.743 overall, 0.54 the lowest (en)


def _misses(result: dict, recall_floor: float, mrr_floor: float = 0.0) -> dict:
    return {
        language: stats
        for language, stats in result["per_language"].items()
        if stats["recall@5"] < recall_floor or stats["mrr"] < mrr_floor
    }


def test_the_evaluation_set_is_complete():
    queries = load_queries()
    counts = {}
    for item in queries:
        counts[item["language"]] = counts.get(item["language"], 0) + 1
        assert item["relevant"] and item["municipality"] == (
            "halmstad" if item["language"] == "sv" else "holstebro"
        )
    assert counts == dict.fromkeys(["ar", "uk", "so", "ti", "fa", "en", "da", "sv"], 12)


def test_hybrid_search_meets_the_floor_in_every_language(client, demo):
    assert not SearchDocument.objects.filter(embedding__isnull=True).exists()
    result = run_evaluation(CONFIGURATIONS["hybrid"])
    # Every answer named in the set exists in the demo (a misspelt slug would only count as a miss).
    named = {(q["municipality"], key) for q in load_queries() for key in q["relevant"]}
    existing = {(m.slug, key) for m in Municipality.objects.all() for key in _keys(m).values()}
    assert named <= existing, named - existing
    assert _misses(result, RECALL_FLOOR, MRR_FLOOR) == {}
    assert result["overall"]["recall@5"] >= RECALL_OVERALL, result["overall"]

    # The walk-through, through the guide's own search box on the same demo data.
    for language, query in [
        ("ar", "تعلم اللغة الدنماركية"),
        ("so", "barashada luqadda deenishka"),
        ("ti", "ቋንቋ ዴንማርክ ምምሃር"),
    ]:
        page = client.get(f"/holstebro/guide/{language}/search/", {"q": query}).content.decode()
        found = re.findall(rf'href="/holstebro/guide/{language}/a/([\w-]+)/"', page)
        assert "sprogcafeen" in list(dict.fromkeys(found))[:5], (language, found)


def test_the_heldout_set_covers_every_language_over_its_own_municipalities():
    queries = load_heldout_queries()
    counts = {}
    for item in queries:
        counts[item["language"]] = counts.get(item["language"], 0) + 1
        assert 1 <= len(set(item["relevant"])) == len(item["relevant"]) <= 4, item["query"]
        assert item["municipality"] == ("sjostad" if item["language"] == "sv" else "fjordby")
    assert set(counts) == {"ar", "uk", "so", "ti", "fa", "en", "da", "sv"}
    assert min(counts.values()) >= 12 and len(queries) >= 96
    # Held out means independent: no query of the tuning set appears in it.
    assert not {q["query"] for q in queries} & {q["query"] for q in load_queries()}


def test_the_heldout_set_stays_above_its_floor(demo):
    import_heldout()
    result = run_evaluation(CONFIGURATIONS["hybrid"], queries=load_heldout_queries())
    assert _misses(result, HELDOUT_FLOOR) == {}
    assert result["overall"]["recall@5"] >= HELDOUT_OVERALL, result["overall"]
