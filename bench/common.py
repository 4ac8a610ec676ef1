"""Shared by make bench and make loadtest: a fresh database and the production server on loopback."""

import os
import secrets
import signal
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
POSTGRES = "postgres://postgres@127.0.0.1:5432"


def fresh_postgres(name: str) -> str:
    """Drop and create a PostgreSQL database; returns its URL."""
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{POSTGRES}/{name}"


def production_env(database_url: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }


def manage(*args: str, env: dict) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


@contextmanager
def production_server(*, env: dict, port: int):
    """granian as `make serve` runs it, until the block ends."""
    server = subprocess.Popen(
        [str(ROOT / "scripts" / "granian")],
        cwd=ROOT,
        env={**env, "PORT": str(port), "GRANIAN_LOG_LEVEL": "error"},
        start_new_session=True,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/healthz", headers={"X-Forwarded-Proto": "https"}
        )
        for _ in range(120):
            try:
                urllib.request.urlopen(request, timeout=2).read()  # noqa: S310 - our own server on loopback
                break
            except OSError:
                time.sleep(0.5)
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # the figures are taken; do not hang the run
            server.wait(timeout=10)
