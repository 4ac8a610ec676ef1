"""make bench: what counting page views costs a page (issue 21: at most 5 % on p95; decision 0077).

Serves the demo with the production server three times: counting off, counting on as configured
(in memory, written every 10 s), and counting on with every view written at once (the worst case),
and times the same activity page in each, in alternating rounds so that the shared machine's load
falls on all three alike. Requests carry a browser's User-Agent (bots are not counted) and a
session cookie, so the page cache steps aside and Django renders (and counts) every page; a fourth
figure is the cached page, where the cache's hit is counted instead.

Usage: .venv/bin/python bench/insights_overhead.py [--db sqlite|postgres] [--rounds 5] [--requests 200]
Writes bench/results/<date>-insights-<db>.json.
"""

import argparse
import datetime as dt
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PY, ROOT, fresh_postgres, manage, production_env, production_server

PORT = int(os.environ.get("BENCH_PORT", "8790"))
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
HEADERS = {
    "Host": "localhost",
    "X-Forwarded-Proto": "https",
    "Accept-Encoding": "gzip",
    "User-Agent": BROWSER,
}
UNCACHED = {**HEADERS, "Cookie": "sessionid=bench"}
MODES = {
    "counting off": {"INSIGHTS_COUNT_PAGE_VIEWS": "false"},
    "counting on (buffered, default)": {"INSIGHTS_COUNT_PAGE_VIEWS": "true"},
    "counting on (written at once)": {
        "INSIGHTS_COUNT_PAGE_VIEWS": "true",
        "INSIGHTS_PAGE_VIEW_FLUSH_SECONDS": "0",
    },
}


def timings(path: str, headers: dict, count: int) -> list[float]:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    return times


def summary(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "requests": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
    }


def page_views(env: dict) -> int:
    out = subprocess.run(
        [
            PY,
            "manage.py",
            "shell",
            "-c",
            "from django.db.models import Sum; from samvirke.insights.models import PageView; "
            "print(PageView.objects.aggregate(n=Sum('views'))['n'] or 0)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def in_process_cost(env: dict) -> dict:
    """Microseconds one counted view costs a worker (the call an entry page makes), and one write."""
    script = (
        "import time; from django.test import RequestFactory, override_settings; "
        "from samvirke.insights import pageviews; from samvirke.initiatives.models import Initiative; "
        "entry = Initiative.objects.first(); "
        "request = RequestFactory().get('/x/', HTTP_USER_AGENT='Mozilla/5.0 Firefox/133.0'); "
        "n = 50000\n"
        "with override_settings(INSIGHTS_PAGE_VIEW_FLUSH_SECONDS=3600):\n"
        "    start = time.perf_counter()\n"
        "    for _ in range(n): pageviews.note_entry_shown(kind='initiative', entry=entry, request=request)\n"
        "    per_view = (time.perf_counter() - start) / n * 1e6\n"
        "    start = time.perf_counter(); pageviews.flush(); write = (time.perf_counter() - start) * 1000\n"
        "print(round(per_view, 2), round(write, 2))"
    )
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    per_view, write = out.stdout.split()[-2:]
    return {"per_view_us": float(per_view), "one_write_ms": float(write)}


def interleaved(env: dict, path: str, count: int = 2000) -> dict:
    """The page through Django's whole stack in one process, counting on and off for alternate
    requests: the same process, cache and moment for both, so the machine's load falls alike."""
    script = (
        "import time, statistics; from django.test import Client, override_settings\n"
        f"client = Client(HTTP_USER_AGENT={BROWSER!r}, HTTP_HOST='localhost'); path = {path!r}\n"
        "for _ in range(20): client.get(path)\n"
        "times = {False: [], True: []}\n"
        f"for i in range({count}):\n"
        "    on = bool(i % 2)\n"
        "    with override_settings(INSIGHTS_COUNT_PAGE_VIEWS=on, INSIGHTS_PAGE_VIEW_FLUSH_SECONDS=10):\n"
        "        start = time.perf_counter(); response = client.get(path)\n"
        "        times[on].append((time.perf_counter() - start) * 1000); assert response.status_code == 200\n"
        "for on in (False, True):\n"
        "    xs = sorted(times[on]); print(round(statistics.median(xs), 2), round(xs[int(len(xs) * 0.95) - 1], 2))"
    )
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_ENV": "development", "DEBUG": "false"},
        capture_output=True,
        text=True,
        check=True,
    )
    (off50, off95), (on50, on95) = [map(float, line.split()) for line in out.stdout.strip().splitlines()[-2:]]
    return {
        "requests": count,
        "off": {"p50_ms": off50, "p95_ms": off95},
        "on": {"p50_ms": on50, "p95_ms": on95},
        "p95_vs_off_percent": round(100 * (on95 - off95) / off95, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--reuse", help="A database URL with the demo loaded already (skips the set-up).")
    options = parser.parse_args()
    if options.reuse:
        env = production_env(options.reuse)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="samvirke-bench-insights-"))
        url = (
            f"sqlite:///{workdir / 'bench.sqlite3'}"
            if options.db == "sqlite"
            else fresh_postgres("samvirke_bench_insights")
        )
        env = production_env(url)
        for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
            manage(*args, env=env)
    slug = (
        subprocess.run(
            [
                PY,
                "manage.py",
                "shell",
                "-c",
                "from samvirke.initiatives.models import Initiative; "
                "print(Initiative.objects.filter(municipality__slug='holstebro').order_by('pk').first().slug)",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    path = f"/holstebro/initiatives/{slug}/"
    raw = {name: [] for name in MODES}
    cached = {name: [] for name in MODES}
    per_round = {name: [] for name in MODES}
    load = [os.getloadavg()[0]]
    names = list(MODES)
    for number in range(options.rounds):
        # The order turns each round, so no mode always runs first (or last) in a round.
        for name in names[number % len(names) :] + names[: number % len(names)]:
            with production_server(env={**env, **MODES[name]}, port=PORT):
                timings(path, UNCACHED, 20)  # warm both workers
                times = timings(path, UNCACHED, options.requests)
                raw[name] += times
                per_round[name].append(summary(times)["p95_ms"])
                timings(path, HEADERS, 5)  # fill the page cache
                cached[name] += timings(path, HEADERS, options.requests)
            load.append(os.getloadavg()[0])
    figures = {name: {**summary(times), "p95_per_round_ms": per_round[name]} for name, times in raw.items()}
    off = figures["counting off"]["p95_ms"]
    for figure in figures.values():
        figure["p95_vs_off_percent"] = round(100 * (figure["p95_ms"] - off) / off, 1)
    cached_figures = {name: summary(times) for name, times in cached.items()}
    results = {
        "date": dt.date.today().isoformat(),
        "database": options.db,
        "page": path,
        "rounds": options.rounds,
        "cpu_count": os.cpu_count(),
        "load_average_1min": {"min": min(load), "max": max(load), "samples": [round(x, 2) for x in load]},
        "rendered page": figures,
        "cached page": cached_figures,
        "page views counted": page_views(env),
        "counting in process": in_process_cost(env),
        "interleaved in one process (Django test client)": interleaved(env, path),
    }
    print(json.dumps(results, indent=2))
    out = ROOT / "bench" / "results" / f"{results['date']}-insights-{options.db}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
