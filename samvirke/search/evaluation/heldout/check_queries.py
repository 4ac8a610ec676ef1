"""Check heldout/queries.json against an imported database.

Run after importing both folders: manage.py shell < samvirke/search/evaluation/heldout/check_queries.py
Fails (exit 1) when a query names an entry that does not exist in its municipality, when a
language has fewer than 12 queries, or when a query has no or more than four relevant entries.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative

QUERIES = Path("samvirke/search/evaluation/heldout/queries.json")
LANGUAGES = {"ar", "uk", "so", "ti", "fa", "en", "da", "sv"}

queries = json.loads(QUERIES.read_text())["queries"]
known = {}
for municipality in {q["municipality"] for q in queries}:
    keys = {
        f"initiative/{slug}"
        for slug in Initiative.objects.filter(municipality__slug=municipality).values_list("slug", flat=True)
    }
    keys |= {
        f"organisation/{slug}"
        for slug in Organisation.objects.filter(municipality__slug=municipality).values_list(
            "slug", flat=True
        )
    }
    known[municipality] = keys
problems = []
for item in queries:
    if not 1 <= len(item["relevant"]) <= 4 or len(set(item["relevant"])) != len(item["relevant"]):
        problems.append(f"{item['query']}: {len(item['relevant'])} relevant entries (or a repeat)")
    for key in item["relevant"]:
        if key not in known[item["municipality"]]:
            problems.append(f"{item['query']}: {key} is not in {item['municipality']}")
counts = Counter(item["language"] for item in queries)
problems += [
    f"{language}: only {counts[language]} queries" for language in LANGUAGES if counts[language] < 12
]
cited = {key for item in queries for key in item["relevant"]}
print(f"{len(queries)} queries; per language: {dict(sorted(counts.items()))}")
for municipality, keys in sorted(known.items()):
    print(f"{municipality}: {len(keys)} entries, {len(keys & cited)} named as relevant by some query")
for problem in problems:
    print("PROBLEM:", problem)
print("OK" if not problems else f"{len(problems)} problem(s)")
if problems:
    sys.exit(1)
