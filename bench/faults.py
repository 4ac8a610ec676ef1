"""Faults under traffic, against the production server on PostgreSQL (run by `make loadtest`).

1. PostgreSQL is restarted while clients browse: every answer is 200 or a clean 503 (never a 500 or
   a dropped connection), and the site answers 200 again without being restarted.
2. A server worker is killed with SIGKILL: granian replaces it and the site keeps answering.

The database is a private PostgreSQL cluster made for the run (initdb in a temporary folder, its own
port), so restarting it disturbs nobody else on the machine. Run as root (the cluster runs as the
postgres user) or as the postgres user.

Usage: .venv/bin/python bench/faults.py
"""

import collections
import contextlib
import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import manage, production_env, production_server

PORT = int(os.environ.get("FAULTS_PORT", "8796"))
PG_PORT = int(os.environ.get("FAULTS_PG_PORT", "5439"))
HEADERS = {"Host": "localhost", "X-Forwarded-Proto": "https", "Cookie": "sessionid=faults"}
PATHS = ["/holstebro/", "/holstebro/initiatives/?group=women", "/api/v1/initiatives?municipality=holstebro"]


class Traffic:
    """A few clients requesting pages in a loop, tallying what came back."""

    def __init__(self, clients: int = 8):
        self.tally: collections.Counter = collections.Counter()
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(clients)]

    def _run(self, n: int) -> None:
        i = n
        while not self.stop.is_set():
            i += 1
            try:
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                connection.request("GET", PATHS[i % len(PATHS)], headers=HEADERS)
                outcome = connection.getresponse().status
                connection.close()
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
            with self.lock:
                self.tally[outcome] += 1

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def snapshot(self) -> dict:
        with self.lock:
            return dict(self.tally)


def status_now(path: str = "/holstebro/") -> int:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    connection.request("GET", path, headers=HEADERS)
    status = connection.getresponse().status
    connection.close()
    return status


class PrivatePostgres:
    """A throw-away PostgreSQL cluster on its own port, run as the postgres user."""

    def __init__(self):
        self.bin = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        self.folder = Path(tempfile.mkdtemp(prefix="samvirke-faults-"))
        self.data = self.folder / "data"

    def _as_postgres(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *args], check=True, capture_output=True)

    def pg_ctl(self, action: str) -> None:
        self._as_postgres(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.folder / "log"),
            "-o",
            f"-p {PG_PORT} -k {self.folder} -c listen_addresses=127.0.0.1",
            action,
        )

    def __enter__(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres")
        self.pg_ctl("start")
        self._as_postgres(
            str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "samvirke"
        )
        return f"postgres://postgres@127.0.0.1:{PG_PORT}/samvirke"

    def __exit__(self, *exc) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def worker_pids(server_pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(server_pid)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def main() -> int:
    cluster = PrivatePostgres()
    with cluster as database_url:
        return run(production_env(database_url), restart=lambda: cluster.pg_ctl("restart"))


def run(env: dict, *, restart) -> int:
    for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
        manage(*args, env=env)
    failures = []
    with production_server(env=env, port=PORT) as server:
        # 1. PostgreSQL restarted under traffic.
        with Traffic() as traffic:
            time.sleep(3)
            restart()
            time.sleep(5)
        during = traffic.snapshot()
        recovered = status_now()
        print(f"PostgreSQL restart under traffic: answers {during}; afterwards {recovered}")
        unclean = {k: v for k, v in during.items() if k not in (200, 503)}
        if unclean:
            failures.append(f"answers other than 200/503 during the restart: {unclean}")
        if recovered != 200:
            failures.append(f"the site did not recover after the restart (answered {recovered})")

        # 2. A killed worker is replaced.
        before = worker_pids(server.pid)
        os.kill(before[0], signal.SIGKILL)
        replaced = []
        for _ in range(30):
            time.sleep(0.5)
            replaced = worker_pids(server.pid)
            if len(replaced) == len(before) and before[0] not in replaced:
                break
        answers = [status_now() for _ in range(20)]
        print(f"killed worker {before[0]}: workers {before} -> {replaced}; next 20 answers {set(answers)}")
        if len(replaced) != len(before) or before[0] in replaced:
            failures.append(f"the killed worker was not replaced ({before} -> {replaced})")
        if set(answers) != {200}:
            failures.append(f"answers after the worker was replaced: {answers}")
    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
