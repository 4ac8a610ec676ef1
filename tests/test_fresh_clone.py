"""The README's set-up from a fresh clone: a new user's first command must work without any manual step."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="exercises the embedded SQLite default; the PostgreSQL run covers the same code",
)
def test_fresh_clone_sets_up_and_loads_the_demo(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    clone = tmp_path / "samvirke"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, timeout=120)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        ["make", "demo"], cwd=clone, env=env, capture_output=True, text=True, timeout=1200, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "editor-holstebro" in result.stdout
    assert (clone / "var" / "samvirke.sqlite3").exists()
    # Twice: idempotent, nothing created or changed.
    again = subprocess.run(
        [str(clone / ".venv/bin/python"), "manage.py", "load_demo", "--verbosity", "1"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert "0 created, 0 updated" in again.stdout
