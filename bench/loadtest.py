"""make loadtest: 50 people at once against the production server on PostgreSQL, with locust headless
(bench/locustfile.py): browsing, searching, activity pages, proposing a correction and signing up
as a volunteer, each person at their own address behind the trusted proxy (127.0.0.1).

Fails on any failed request, on a lost proposal or sign-up (an accepted submission that is not in
the database) and on an overbooked shift (more confirmed places than its capacity). Prints p50/p95/
p99 and writes them to bench/results/<date>-loadtest.json. LOADTEST_SECONDS sets the length (60;
CI runs 10).
"""

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
from common import ROOT, fresh_postgres, manage, production_env, production_server

PORT = int(os.environ.get("LOADTEST_PORT", "8795"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
USERS = int(os.environ.get("LOADTEST_USERS", "50"))

COUNT_SQL = {
    "proposals": "SELECT count(*) FROM editorial_changeproposal",
    "signups": "SELECT count(*) FROM community_volunteersignup",
}
OVERBOOKED_SQL = """
    SELECT shift.id, shift.capacity, count(booking.id)
    FROM community_shift shift JOIN community_volunteerbooking booking ON booking.shift_id = shift.id
    WHERE booking.status = 'confirmed'
    GROUP BY shift.id, shift.capacity
    HAVING count(booking.id) > shift.capacity
"""


def counts(url: str) -> dict:
    with psycopg.connect(url) as connection:
        return {name: connection.execute(sql).fetchone()[0] for name, sql in COUNT_SQL.items()}


def overbooked(url: str) -> list:
    with psycopg.connect(url) as connection:
        return connection.execute(OVERBOOKED_SQL).fetchall()


def aggregated(prefix: str) -> dict:
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["Name"]: row for row in rows}


def main() -> int:
    url = os.environ.get("LOADTEST_DATABASE_URL") or fresh_postgres("samvirke_load")
    # The load comes from loopback, the "proxy" in front; each simulated person has their own address.
    env = {**production_env(url), "TRUSTED_PROXIES": "127.0.0.1,::1"}
    for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
        manage(*args, env=env)
    before = counts(url)
    with tempfile.TemporaryDirectory() as folder, production_server(env=env, port=PORT):
        prefix, counted = f"{folder}/locust", Path(folder) / "counts.json"
        run = subprocess.run(
            [
                str(ROOT / ".venv" / "bin" / "locust"),
                "-f",
                str(ROOT / "bench" / "locustfile.py"),
                "--headless",
                "--users",
                str(USERS),
                "--spawn-rate",
                str(USERS),
                "--run-time",
                f"{SECONDS}s",
                "--stop-timeout",
                "20",  # people finish the form they are filling: every sent submission is counted
                "--host",
                f"http://127.0.0.1:{PORT}",
                "--csv",
                prefix,
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**os.environ, "LOADTEST_COUNTS": str(counted)},
            capture_output=True,
            text=True,
        )
        print(run.stdout[-6000:], run.stderr[-6000:], sep="\n")
        stats = aggregated(prefix)
        accepted = json.loads(counted.read_text()) if counted.exists() else {}
    after = counts(url)
    total = stats["Aggregated"]
    stored = {name: after[name] - before[name] for name in after}
    problems = []
    if int(total["Failure Count"]):
        problems.append(f"{total['Failure Count']} failed requests")
    for name in ("proposals", "signups"):
        if accepted.get(name, -1) != stored[name]:
            problems.append(f"{name}: {accepted.get(name)} accepted but {stored[name]} in the database")
    if not accepted.get("proposals") or not accepted.get("signups"):
        problems.append(f"too few submissions to judge: {accepted}")
    full = overbooked(url)
    if full:
        problems.append(f"overbooked shifts (id, capacity, confirmed): {full}")
    figures = {
        "date": dt.date.today().isoformat(),
        "seconds": SECONDS,
        "users": USERS,
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "requests_per_s": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]),
        "accepted": accepted,
        "stored": stored,
        "overbooked_shifts": len(full),
        "p95_ms_by_kind": {name: float(row["95%"]) for name, row in stats.items() if name != "Aggregated"},
    }
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"{figures['date']}-loadtest.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    if problems or run.returncode not in (0, 1):
        print("FAILED:", "; ".join(problems) or f"locust exited with {run.returncode}")
        return 1
    print(
        f"passed: {figures['requests']} requests in {SECONDS} s by {USERS} people, p95 {figures['p95_ms']} ms, "
        f"{stored['proposals']} proposals and {stored['signups']} sign-ups all stored, no shift overbooked"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
