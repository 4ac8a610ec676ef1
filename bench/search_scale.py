"""make search-scale: the lexical search at 1k, 10k and 100k entries, in process, on SQLite or PostgreSQL.

Usage: .venv/bin/python bench/search_scale.py --db sqlite|postgres [--sizes 1000 10000 100000]
A fresh database with the demo and the synthetic municipalities of generate_bench_data; then each
query of QUERIES is searched REPEAT times per size (search_entries: planning, corrections, the
ranked page in SQL, snippets of that page). Writes bench/results/search-scale-<date>-<db>.json.
Without the web server and without vectors: the server-level figures are make bench's.
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
QUERIES = [
    "sprogcafe",
    "frivilig",
    "lektie hjælp",
    "3F",
    "dansk undervisning",
    "fodbold for unge",
    "xyzzy qwerty",
]
REPEAT = 15


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    if args.db == "postgres":
        from common import fresh_postgres

        os.environ["DATABASE_URL"] = fresh_postgres("samvirke_search_scale")
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='search-scale-')}/scale.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from samvirke.core.models import Municipality
    from samvirke.demo.bench import build_bench_municipality
    from samvirke.search.selectors import search_entries

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    results = {"database": args.db, "date": dt.date.today().isoformat(), "repeat": REPEAT, "sizes": {}}
    for size in args.sizes:
        started = time.perf_counter()
        municipality = build_bench_municipality(size=size)
        build_s = time.perf_counter() - started
        if args.db == "postgres":  # as autovacuum would soon: the planner needs the new rows' statistics
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        municipality = Municipality.objects.get(pk=municipality.pk)
        per_query, all_ms = {}, []
        for query in QUERIES:
            search_entries(query=query, municipality=municipality)  # warm caches
            times, count = [], 0
            for _ in range(REPEAT):
                started = time.perf_counter()
                count = search_entries(query=query, municipality=municipality).count
                times.append((time.perf_counter() - started) * 1000)
            all_ms += times
            per_query[query] = {
                "median_ms": round(statistics.median(times), 2),
                "p95_ms": round(percentile(times, 0.95), 2),
                "count": count,
            }
        results["sizes"][str(size)] = {
            "build_s": round(build_s, 1),
            "median_ms": round(statistics.median(all_ms), 2),
            "p95_ms": round(percentile(all_ms, 0.95), 2),
            "queries": per_query,
        }
        print(size, json.dumps(results["sizes"][str(size)]), flush=True)
    out = ROOT / "bench" / "results" / f"search-scale-{results['date']}-{args.db}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"Written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
