"""Recall@5 and MRR of the cross-lingual search on the evaluation set (decision 0038).

samvirke/search/evaluation/queries.json: 96 everyday queries, 12 per guide language, each with
the demo entries that answer it (the tuning set). evaluation/heldout/: 126 queries over two
fictional municipalities imported through HSDS, kept for measuring only. Used by the test of the
floor and by bench/search_eval.py.
"""

import json
from pathlib import Path

from django.core.management import call_command

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.hybrid import hybrid_search

QUERIES = Path(__file__).parent / "evaluation" / "queries.json"
# Written before any ranking change of issue 16 over two municipalities nobody tuned on; measured,
# never tuned on (evaluation/heldout/README.md).
HELDOUT = Path(__file__).parent / "evaluation" / "heldout"
K = 5
CONFIGURATIONS = {
    "lexical": ("lexical",),
    "dense": ("dense",),
    "dense+vocabulary": ("dense", "vocabulary"),
    "hybrid": ("lexical", "vocabulary", "dense"),
}


def load_queries(path: Path = QUERIES) -> list[dict]:
    return json.loads(path.read_text())["queries"]


def load_heldout_queries() -> list[dict]:
    return load_queries(HELDOUT / "queries.json")


def _keys(municipality: Municipality) -> dict[tuple[str, int], str]:
    """(kind, object id) → "kind/slug" for the municipality's entries."""
    keys = {
        ("initiative", pk): f"initiative/{slug}"
        for pk, slug in Initiative.objects.filter(municipality=municipality).values_list("pk", "slug")
    }
    keys |= {
        ("organisation", pk): f"organisation/{slug}"
        for pk, slug in Organisation.objects.filter(municipality=municipality).values_list("pk", "slug")
    }
    return keys


def evaluate(steps: tuple[str, ...], queries: list[dict] | None = None) -> dict:
    """Per language and overall: recall@5 (share of a query's answers in its first five hits,
    out of at most five) and MRR (1 / rank of the first answer), plus each query's ranks."""
    queries = queries if queries is not None else load_queries()
    municipalities = {
        m.slug: m for m in Municipality.objects.filter(slug__in={q["municipality"] for q in queries})
    }
    keys = {slug: _keys(m) for slug, m in municipalities.items()}
    per_language: dict[str, dict] = {}
    details = []
    for item in queries:
        municipality = municipalities[item["municipality"]]
        results = hybrid_search(query=item["query"], municipality=municipality, limit=20, steps=steps)
        found = [keys[item["municipality"]].get((hit.kind, hit.object_id)) for hit in results.results]
        relevant = set(item["relevant"])
        recall = len(relevant & set(found[:K])) / min(len(relevant), K)
        first = next((rank for rank, key in enumerate(found, start=1) if key in relevant), None)
        stats = per_language.setdefault(item["language"], {"recall@5": 0.0, "mrr": 0.0, "n": 0})
        stats["recall@5"] += recall
        stats["mrr"] += 1 / first if first else 0.0
        stats["n"] += 1
        details.append(
            {
                "language": item["language"],
                "query": item["query"],
                "detected": results.query_language,
                "recall@5": round(recall, 3),
                "first_relevant_rank": first,
                "top5": found[:K],
            }
        )
    overall = {
        "recall@5": round(sum(d["recall@5"] for d in details) / max(1, len(details)), 3),
        "n": len(details),
    }
    for stats in per_language.values():
        stats["recall@5"] = round(stats["recall@5"] / stats["n"], 3)
        stats["mrr"] = round(stats["mrr"] / stats["n"], 3)
    return {"per_language": per_language, "overall": overall, "queries": details}


def import_heldout() -> None:
    """The held-out set's two fictional municipalities, imported through HSDS with their vectors
    (evaluation/heldout/README.md). Every entry a query names must exist afterwards."""
    for slug, name, country in [("fjordby", "Fjordby Kommune", "DK"), ("sjostad", "Sjöstads kommun", "SE")]:
        Municipality.objects.get_or_create(slug=slug, defaults={"name": name, "country": country})
        call_command("import_hsds", str(HELDOUT / slug), municipality=slug, verbosity=0)
        call_command("reindex_search", municipality=slug, verbosity=0)
    named = {(q["municipality"], key) for q in load_heldout_queries() for key in q["relevant"]}
    existing = {
        (m.slug, key)
        for m in Municipality.objects.filter(slug__in=["fjordby", "sjostad"])
        for key in _keys(m).values()
    }
    if named - existing:
        raise ValueError(f"held-out answers missing after import: {sorted(named - existing)}")
