"""make search-eval: what each step of the cross-lingual search gives, per guide language, and what it costs.

Usage: .venv/bin/python bench/search_eval.py [--db sqlite|postgres]
On a fresh database with the demo handbooks: recall@5 and MRR per language for lexical only,
dense only, dense + vocabulary and hybrid (samvirke/search/evaluation/queries.json, decision 0038);
model load time and process RSS; query embedding and full hybrid query times at demo size; numpy
nearest neighbours at 1k/10k/100k vectors. Writes bench/results/search-eval-<date>.json and prints
the Markdown table for docs/decisions/0038.
"""

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
LANGUAGES = ["ar", "uk", "so", "ti", "fa", "en", "da", "sv"]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def nearest_neighbour_timings() -> dict:
    import numpy as np

    from samvirke.search.embeddings import DIM

    rng = np.random.default_rng(6)
    out = {}
    for size in (1_000, 10_000, 100_000):
        vectors = rng.normal(size=(size, DIM)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        raw = np.clip(np.rint(vectors * 127), -127, 127).astype(np.int8).tobytes()
        started = time.perf_counter()
        matrix = np.frombuffer(raw, dtype=np.int8).reshape(size, DIM).astype(np.float32) / 127.0
        build_ms = (time.perf_counter() - started) * 1000
        query = vectors[0]
        times = []
        for _ in range(20):
            started = time.perf_counter()
            scores = matrix @ query
            top = np.argpartition(-scores, 30)[:30]
            top[np.argsort(-scores[top])]
            times.append((time.perf_counter() - started) * 1000)
        out[str(size)] = {
            "matrix_build_ms": round(build_ms, 1),
            "query_ms_median": round(statistics.median(times), 2),
            "matrix_mb": round(matrix.nbytes / 2**20, 1),
        }
    return out


def overall(result: dict) -> float:
    """Recall@5 over all queries of a set (each language weighted by its number of queries)."""
    stats = result["per_language"].values()
    return round(sum(s["recall@5"] * s["n"] for s in stats) / sum(s["n"] for s in stats), 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="search-eval-")
    if args.db == "postgres":
        from common import fresh_postgres

        os.environ["DATABASE_URL"] = fresh_postgres("samvirke_gsearch_eval")
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/eval.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

    import django

    django.setup()
    from django.core.management import call_command

    from samvirke.search import embeddings
    from samvirke.search.evaluate import (
        CONFIGURATIONS,
        evaluate,
        import_heldout,
        load_heldout_queries,
        load_queries,
    )
    from samvirke.search.hybrid import hybrid_search
    from samvirke.search.language import detect_language

    rss_before = rss_mb()
    started = time.perf_counter()
    embeddings.get_model()
    model_load_s = time.perf_counter() - started
    rss_model = rss_mb()
    detect_language("warm up")
    rss_all = rss_mb()

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("load_demo", verbosity=0)
    demo_s = time.perf_counter() - started
    import_heldout()

    queries = load_queries()
    embed_ms = []
    for item in queries:
        started = time.perf_counter()
        embeddings.embed_query(item["query"])
        embed_ms.append((time.perf_counter() - started) * 1000)

    results, heldout = {}, {}
    heldout_queries = load_heldout_queries()
    for name, steps in CONFIGURATIONS.items():
        results[name] = evaluate(steps)
        print(name, {lang: results[name]["per_language"][lang] for lang in LANGUAGES}, flush=True)
        heldout[name] = evaluate(steps, queries=heldout_queries)
        print(f"{name} (held out)", heldout[name]["per_language"], flush=True)

    from samvirke.core.models import Municipality

    municipalities = {m.slug: m for m in Municipality.objects.all()}
    hybrid_ms = []
    for item in queries:  # warm: the vocabulary, the matrices and the detector are loaded by now
        started = time.perf_counter()
        hybrid_search(query=item["query"], municipality=municipalities[item["municipality"]])
        hybrid_ms.append((time.perf_counter() - started) * 1000)

    report = {
        "date": dt.date.today().isoformat(),
        "db": args.db,
        "queries": len(queries),
        "documents": __import__(
            "samvirke.search.models", fromlist=["SearchDocument"]
        ).SearchDocument.objects.count(),
        "steps": {name: result["per_language"] for name, result in results.items()},
        "hybrid_queries": results["hybrid"]["queries"],
        "heldout": {
            "queries": len(heldout_queries),
            "steps": {name: result["per_language"] for name, result in heldout.items()},
            "overall_recall@5": {name: overall(result) for name, result in heldout.items()},
            "hybrid_queries": heldout["hybrid"]["queries"],
        },
        "model_load_s": round(model_load_s, 2),
        "rss_mb": {
            "before_model": round(rss_before, 1),
            "after_model": round(rss_model, 1),
            "after_model_and_detector": round(rss_all, 1),
            "after_evaluation": round(rss_mb(), 1),
        },
        "load_demo_s_with_embeddings": round(demo_s, 1),
        "query_embedding_ms": {
            "median": round(statistics.median(embed_ms), 1),
            "p95": round(percentile(embed_ms, 0.95), 1),
        },
        "hybrid_query_ms": {
            "median": round(statistics.median(hybrid_ms), 1),
            "p95": round(percentile(hybrid_ms, 0.95), 1),
        },
        "nearest_neighbours": nearest_neighbour_timings(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    out = ROOT / "bench" / "results" / f"search-eval-{report['date']}-{args.db}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))

    print(f"\nWritten {out.relative_to(ROOT)}\n")
    for title, steps in (("tuning set", report["steps"]), ("held-out set", report["heldout"]["steps"])):
        print(f"\n{title}: recall@5 / MRR\n")
        print("| step | " + " | ".join(LANGUAGES) + " |")
        print("|---|" + "---|" * len(LANGUAGES))
        for name in CONFIGURATIONS:
            cells = [
                f"{steps[name][lang]['recall@5']:.2f} / {steps[name][lang]['mrr']:.2f}" for lang in LANGUAGES
            ]
            print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nheld-out recall@5 over all queries: {report['heldout']['overall_recall@5']}")
    print(
        f"\nmodel load {report['model_load_s']} s; RSS {report['rss_mb']}; query embedding "
        f"{report['query_embedding_ms']} ms; hybrid query {report['hybrid_query_ms']} ms; "
        f"nearest neighbours {report['nearest_neighbours']}"
    )


if __name__ == "__main__":
    main()
