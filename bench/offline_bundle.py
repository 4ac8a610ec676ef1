"""make offline-bench: what "save my guide" stores (decision 0070), in bytes, per guide language.

Usage: .venv/bin/python bench/offline_bundle.py [--sizes 100]
A fresh SQLite database with the demo and a synthetic municipality of each size (samvirke.demo.bench);
for Holstebro and each synthetic one, in every guide language, every address of the offline bundle is
fetched in process as the service worker fetches it (pages with ?saved=1; static files from disk) and
the bytes are added up, as fetched and as stored (gzipped, as sw.js keeps them), beside the budget the
page shows.
Also the HTML of the needs list, a need page and an activity (the page weight without CSS, script and
fonts). Writes bench/results/offline-bundle-<date>.json.
"""

import argparse
import datetime as dt
import gzip
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = 1024 * 1024  # the target for a municipality of 100 activities


KINDS = [("leaflet", "/leaflet/"), ("print", "/print/"), ("calendar", ".ics"), ("activity", "/a/"),
         ("need", "/need/"), ("font", ".woff2"), ("static", "/static/")]  # fmt: skip


def by_kind(sizes: dict[str, int]) -> dict[str, dict]:
    """Count, total and largest per kind of address, to keep the budget constants in offline.py honest."""
    kinds: dict[str, list[int]] = {}
    for url, size in sizes.items():
        kind = next((name for name, mark in KINDS if mark in url), "needs")
        kinds.setdefault(kind, []).append(size)
    return {k: {"count": len(v), "bytes": sum(v), "largest": max(v)} for k, v in kinds.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100])
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='offline-bench-')}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.core.management import call_command
    from django.test import Client

    from samvirke.core.languages import guide_languages
    from samvirke.core.models import Municipality
    from samvirke.demo.bench import build_bench_municipality
    from samvirke.guide.offline import get_offline_bundle
    from samvirke.guide.selectors import list_guide_activities

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    places = [Municipality.objects.get(slug="holstebro")]
    places += [build_bench_municipality(size=size) for size in args.sizes]
    client = Client(HTTP_HOST="localhost")

    def body_of(url: str) -> bytes:
        if url.startswith(settings.STATIC_URL):
            return Path(finders.find(url.removeprefix(settings.STATIC_URL))).read_bytes()
        answer = client.get(url + "?saved=1" if url.endswith("/") else url)
        assert answer.status_code == 200, (url, answer.status_code)
        return answer.content

    def stored(url: str, body: bytes) -> int:
        # As sw.js keeps it: gzipped (CompressionStream, zlib's default level), fonts as they are.
        return len(body) if url.endswith(".woff2") else len(gzip.compress(body, compresslevel=6))

    results = {"date": dt.date.today().isoformat(), "target_bytes_at_100": TARGET, "municipalities": {}}
    for place in places:
        activities = list_guide_activities(municipality=place)
        rows = {}
        for lang in guide_languages():
            bundle = get_offline_bundle(municipality=place, lang=lang)
            bodies = {url: body_of(url) for url in bundle.urls}
            sizes = {url: len(body) for url, body in bodies.items()}
            kept = {url: stored(url, body) for url, body in bodies.items()}
            first = activities[0].slug
            rows[lang] = {
                "addresses": len(bundle.urls),
                "bytes": sum(sizes.values()),
                "bytes_stored": sum(kept.values()),
                "budget_shown": bundle.budget,
                "within_budget": sum(kept.values()) <= bundle.budget,
                "fonts_bytes": sum(v for u, v in sizes.items() if u.endswith(".woff2")),
                "html_needs_page": sizes[bundle.urls[0]],
                "html_activity_page": sizes[f"/{place.slug}/guide/{lang}/a/{first}/"],
                "largest_page": max(v for u, v in sizes.items() if u.endswith("/")),
                "bytes_by_kind": by_kind(sizes),
                "stored_by_kind": by_kind(kept),
            }
            print(place.slug, lang, json.dumps(rows[lang]), flush=True)
        results["municipalities"][place.slug] = {"guide_activities": len(activities), "languages": rows}
    out = ROOT / "bench" / "results" / f"offline-bundle-{results['date']}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
