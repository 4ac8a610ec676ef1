"""make loadtest: mixed anonymous traffic at 50 concurrent connections against the production server
on PostgreSQL. Fails on any connection error or non-2xx answer. LOADTEST_SECONDS sets the length."""

import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
PORT = int(os.environ.get("LOADTEST_PORT", "8795"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
DATABASE = os.environ.get("LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samvirke_load")


def main() -> int:
    if DATABASE.endswith("/samvirke_load"):
        import psycopg

        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as connection:
            connection.execute('DROP DATABASE IF EXISTS "samvirke_load" WITH (FORCE)')
            connection.execute('CREATE DATABASE "samvirke_load"')
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE,
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
        subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/granian"),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(PORT),
            "--workers",
            str(os.cpu_count() or 2),
            "--blocking-threads",
            "16",
            "--backpressure",
            "64",
            "--log-level",
            "error",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{PORT}/healthz", headers={"X-Forwarded-Proto": "https"}
        )
        for _ in range(60):
            try:
                urllib.request.urlopen(request, timeout=2).read()  # noqa: S310 - our own server on loopback
                break
            except OSError:
                time.sleep(0.5)
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                "-c50",
                f"-d{SECONDS}s",
                "--timeout",
                "10s",
                "-s",
                os.environ.get("LOADTEST_SCRIPT", str(ROOT / "bench/mixed.lua")),
                f"http://127.0.0.1:{PORT}/",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    line = next(line for line in output.splitlines() if line.startswith("LOADTEST"))
    print(output)
    figures = dict(re.findall(r"(\w+)=([\d.]+)", line))
    if float(figures["errors"]) or float(figures["non2xx"]):
        print(f"FAILED: {figures['errors']} connection errors, {figures['non2xx']} non-2xx answers")
        return 1
    print(f"passed: {figures['requests']} requests in {SECONDS} s, p95 {figures['p95_ms']} ms, no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
