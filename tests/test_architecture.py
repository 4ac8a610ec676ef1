"""The rules of docs/architecture.md that import-linter does not check.

An import inside a function hides a dependency from the reader and from import-linter's picture
of the layers. It stays only where a comment right above it says why (a heavy library loaded
lazily, or an AppConfig.ready() that must wait for the app registry).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "samvirke"


def _shipped_modules():
    for path in sorted(ROOT.rglob("*.py")):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        yield path


def _imports_inside_functions(tree):
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    yield node


def _explained(lines: list[str], lineno: int) -> bool:
    """The import, or the block of imports it belongs to, has a comment on the line above it."""
    row = lineno - 1
    while row > 0 and lines[row - 1].lstrip().startswith(("import ", "from ")):
        row -= 1
    return row > 0 and lines[row - 1].lstrip().startswith("#")


def test_every_import_inside_a_function_says_why():
    unexplained = []
    for path in _shipped_modules():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in _imports_inside_functions(ast.parse(text)):
            if not _explained(lines, node.lineno):
                unexplained.append(
                    f"{path.relative_to(ROOT.parent)}:{node.lineno}: {lines[node.lineno - 1].strip()}"
                )
    assert not unexplained, "Imports inside functions without a comment saying why:\n" + "\n".join(
        unexplained
    )


def test_the_rule_sees_an_unexplained_import_and_accepts_an_explained_one():
    code = (
        "def f():\n    import json\n\ndef g():\n    # heavy: loaded lazily\n    import json\n    import csv\n"
    )
    lines = code.splitlines()
    verdicts = [_explained(lines, node.lineno) for node in _imports_inside_functions(ast.parse(code))]
    assert sorted(verdicts) == [False, True, True]
