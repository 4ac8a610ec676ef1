"""The README's commands exist and CI runs the README's test command.

CI itself is a fresh clone that runs `make demo` and `make test`, so the suite no longer clones the
repository to prove the set-up (decision 0051); this cheap check keeps the documents and the
scripts from drifting apart."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _make_targets() -> set[str]:
    return set(re.findall(r"^([a-z][\w-]*):", (ROOT / "Makefile").read_text(), flags=re.MULTILINE))


def _ci_commands() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith(("#", "echo"))]


def test_every_make_command_the_readme_names_is_a_target():
    named = set(re.findall(r"`make ([a-z][\w-]*)", (ROOT / "README.md").read_text()))
    assert {"run", "test"} <= named
    assert named - _make_targets() == set()


def test_ci_runs_the_readme_test_command_on_both_databases_and_sets_up_the_demo():
    commands = _ci_commands()
    assert any(re.search(r"(^|\s)make test\b", c) and "DATABASE_URL" not in c for c in commands)
    assert any(re.search(r"DATABASE_URL=postgres://\S+ .*make test\b", c) for c in commands)
    assert any(re.search(r"(^|\s)make demo\b", c) for c in commands), "CI proves the README's set-up"


def test_the_test_target_reports_the_slowest_tests():
    recipe = (ROOT / "Makefile").read_text().split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "--durations=20" in recipe and "pytest" in recipe
