"""make bench: latency of the production server at several sizes, cached throughput against nginx.

Usage: .venv/bin/python bench/run.py --db sqlite|postgres [--sizes 1000 10000 100000] [--embed-up-to 10000]

Sizes up to --embed-up-to get every vector computed (the timed reindex); larger ones borrow their
templates' demo vectors (samvirke/demo/bench.py), since embedding 100k texts takes hours here.
Writes bench/results/<date>-<db>.json and bench/results/<date>-<db>.png.
"""

import argparse
import datetime as dt
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import operations
from common import ROOT, fresh_postgres, manage, production_env, production_server

PORT = int(os.environ.get("BENCH_PORT", "8790"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "60"))
HEADERS = {"Host": "localhost", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
# A session cookie makes the page cache step aside: these figures are Django's own work.
UNCACHED = {**HEADERS, "Cookie": "sessionid=bench"}
CROSS_LINGUAL = urllib.parse.quote("تعلم اللغة الدنماركية")


def endpoints(slug: str) -> dict[str, str]:
    return {
        "floor (/healthz)": "/healthz",
        "search lexical (API)": f"/api/v1/search?q=sprogcafe&municipality={slug}",
        "search typo (API)": f"/api/v1/search?q=frivilig%20lektiehjaelp&municipality={slug}",
        # Arabic for "learn the Danish language": no shared words, so the vectors carry it.
        "search cross-lingual (API)": f"/api/v1/search?q={CROSS_LINGUAL}&municipality={slug}&lang=ar",
        "list with facets": f"/{slug}/initiatives/?group=women",
        "initiative page": f"/{slug}/initiatives/aktivitet-7/",
        "API list page": f"/api/v1/initiatives?municipality={slug}&page_size=50",
        "HSDS services page": "/api/hsds/services?per_page=50",
    }


def measure(path: str, headers: dict) -> dict:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    times, statuses = [], set()
    for _ in range(REQUESTS):
        start = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        times.append((time.perf_counter() - start) * 1000)
        statuses.add(response.status)
    connection.close()
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "statuses": sorted(statuses),
    }


def wrk(url: str, headers: dict) -> float:
    args = ["wrk", "-t2", "-c32", "-d10s", *[x for k, v in headers.items() for x in ("-H", f"{k}: {v}")], url]
    output = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return float(next(line.split()[1] for line in output.splitlines() if line.startswith("Requests/sec")))


def cached_ratio(slug: str, workdir: Path) -> dict:
    if not (shutil.which("wrk") and shutil.which("nginx")):
        return {"skipped": "wrk or nginx missing (apt-get install wrk nginx-light)"}
    connection = http.client.HTTPConnection("127.0.0.1", PORT)
    connection.request("GET", f"/{slug}/", headers={"Host": "localhost", "X-Forwarded-Proto": "https"})
    (workdir / "page.html").write_bytes(connection.getresponse().read())
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"worker_processes 2; pid {workdir}/nginx.pid; error_log {workdir}/error.log; daemon on;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; gzip on; server {{ listen 127.0.0.1:{PORT + 1}; root {workdir}; "
        "location / { default_type text/html; try_files /page.html =404; } } }\n"
    )
    subprocess.run(["nginx", "-c", str(conf), "-p", str(workdir)], check=True)
    try:
        app = wrk(f"http://127.0.0.1:{PORT}/{slug}/", HEADERS)
        static = wrk(f"http://127.0.0.1:{PORT + 1}/{slug}/", {"Accept-Encoding": "gzip"})
    finally:
        os.kill(int((workdir / "nginx.pid").read_text()), signal.SIGTERM)
    return {"app_rps": app, "nginx_rps": static, "ratio": round(app / static, 3)}


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(int(s) for s in results["sizes"])
    figure, axis = plt.subplots(figsize=(7, 4))
    for name in results["sizes"][str(sizes[0])]:
        axis.plot(sizes, [results["sizes"][str(s)][name]["p95_ms"] for s in sizes], marker="o", label=name)
    axis.set(
        xscale="log",
        yscale="log",
        xlabel="initiatives in the municipality",
        ylabel="p95 latency (ms)",
        title=f"Samvirke on {results['database']}: p95 latency against size",
    )
    axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--embed-up-to", type=int, default=10000)
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="samvirke-bench-"))
    url = (
        f"sqlite:///{workdir / 'bench.sqlite3'}"
        if options.db == "sqlite"
        else fresh_postgres("samvirke_bench")
    )
    env = production_env(url)
    started = time.perf_counter()
    for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
        manage(*args, env=env)
    embedded = [size for size in options.sizes if size <= options.embed_up_to]
    borrowed = [size for size in options.sizes if size > options.embed_up_to]
    if embedded:
        manage("generate_bench_data", "--size", *map(str, embedded), env=env)
    if borrowed:
        manage("generate_bench_data", "--borrow-vectors", "--size", *map(str, borrowed), env=env)
    if options.db == "postgres":
        # As autovacuum would soon after such an import: the planner needs the new rows' statistics.
        manage(
            "shell", "-c", "from django.db import connection; connection.cursor().execute('ANALYZE')", env=env
        )
    reindexed = {str(size): operations.reindex(size, env) for size in embedded}
    results = {
        "date": dt.date.today().isoformat(),
        "database": options.db,
        "requests_per_figure": REQUESTS,
        "setup_seconds": round(time.perf_counter() - started, 1),
        "cpu_count": os.cpu_count(),
        "sizes": {},
        "vectors borrowed at sizes": borrowed,
        "operations": {"reindex with vectors": reindexed},
    }
    with production_server(env=env, port=PORT) as server:
        for size in options.sizes:
            figures = {name: measure(path, UNCACHED) for name, path in endpoints(f"bench-{size}").items()}
            floor = figures["floor (/healthz)"]["p50_ms"]
            for figure in figures.values():
                figure["ratio_to_floor_p50"] = round(figure["p50_ms"] / floor, 1)
            results["sizes"][str(size)] = figures
            print(
                f"{size}: " + ", ".join(f"{k} p95 {v['p95_ms']} ms" for k, v in figures.items()), flush=True
            )
        # After the cross-lingual searches every worker has the embedding model loaded.
        results["operations"]["web worker RSS MB (model loaded)"] = operations.server_worker_rss_mb(
            server.pid
        )
        results["cached_page"] = cached_ratio("holstebro", workdir)
        print("cached /holstebro/:", results["cached_page"], flush=True)
    smallest = min(options.sizes)
    imported = max(size for size in options.sizes if size <= 10000)  # the import target is 10k
    results["operations"][f"edition PDF of {smallest}"] = operations.edition_pdf(smallest, env)
    results["operations"][f"HSDS export and import of {imported}"] = operations.hsds_round_trip(
        imported, env, workdir
    )
    print("operations:", json.dumps(results["operations"], ensure_ascii=False), flush=True)
    out = ROOT / "bench" / "results" / f"{results['date']}-{options.db}.json"
    out.write_text(json.dumps(results, indent=2))
    plot(results, out.with_suffix(".png"))
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
