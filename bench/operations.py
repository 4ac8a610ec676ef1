"""make bench, the long jobs: seconds for reindexing (with vectors), the edition PDF and an HSDS
round trip, and the memory a process holds with the embedding model loaded.

Each job runs as the operator would run it (a manage.py command in its own process), so the
figures include start-up, and the peak RSS comes from the kernel's accounting for that process.
"""

import json
import os
import re
import subprocess
import time
import uuid
from pathlib import Path

from common import PY, ROOT

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def run(*args: str, env: dict) -> dict:
    """One manage.py command: wall seconds, peak RSS in MB, and its last line of output."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{output[-2000:]}")
    lines = [line for line in output.splitlines() if line.strip()]
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "said": lines[-1] if lines else "",
    }


def reindex(size: int, env: dict) -> dict:
    """The search index and every vector of a bench municipality (the generator leaves none)."""
    return run("reindex_search", "--municipality", f"bench-{size}", "--force-embeddings", "-v1", env=env)


def edition_pdf(size: int, env: dict) -> dict:
    return run("publish_edition", "--municipality", f"bench-{size}", "--wait", "-v1", env=env)


def hsds_round_trip(size: int, env: dict, workdir: Path) -> dict:
    """Export bench-<size> as HSDS JSON and import it into a new municipality.

    Ids are kept on import, so the services and their parts get fresh UUIDs first (the taxonomy is
    shared and keeps its ids): the import then creates every row instead of finding it.
    """
    out = workdir / f"hsds-{size}"
    exported = run("export_hsds", str(out), "--municipality", f"bench-{size}", "-v0", env=env)
    shared = set(UUID.findall((out / "taxonomy_terms.json").read_text()))
    shared |= set(UUID.findall((out / "taxonomies.json").read_text()))
    fresh: dict[str, str] = {}

    def renew(match: re.Match) -> str:
        old = match.group(0)
        return old if old in shared else fresh.setdefault(old, str(uuid.uuid4()))

    services = out / "services.json"
    services.write_text(UUID.sub(renew, services.read_text()))
    target = f"import-{size}"
    run(
        "shell",
        "-c",
        "from samvirke.core.models import Municipality; "
        f"Municipality.objects.filter(slug='{target}').delete(); "
        f"Municipality.objects.create(slug='{target}', name='Import {size}', country='DK')",
        env=env,
    )
    imported = run("import_hsds", str(services), "--municipality", target, "-v0", env=env)
    return {"services": len(json.loads(services.read_text())), "export": exported, "import": imported}


def server_worker_rss_mb(server_pid: int) -> list[float]:
    """Resident memory of each granian worker (the children of the server process)."""
    output = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(server_pid)], capture_output=True, text=True, check=False
    ).stdout
    return sorted(round(int(value) / 1024, 1) for value in output.split())
