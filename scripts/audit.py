"""pip-audit over the locked dependencies (uv.lock). Fails on any known vulnerability.

The vulnerability services (PyPI's JSON API, OSV) are not reachable from every machine; when no
package could be checked at all, this says so plainly instead of reporting "no vulnerabilities".
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        requirements = Path(folder) / "requirements.txt"
        subprocess.run(
            [
                VENV / "uv",
                "export",
                "--frozen",
                "--all-groups",
                "--format",
                "requirements-txt",
                "-q",
                "-o",
                requirements,
            ],
            check=True,
            cwd=ROOT,
            env={"UV_PROJECT_ENVIRONMENT": str(ROOT / ".venv"), "PATH": str(VENV)},
        )
        result = subprocess.run(
            [
                VENV / "pip-audit",
                "-r",
                requirements,
                "--require-hashes",
                "--disable-pip",
                "--format",
                "json",
                "--progress-spinner",
                "off",
            ],
            capture_output=True,
            text=True,
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stderr.strip() or "pip-audit gave no report", file=sys.stderr)
        return 2
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
            print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixes})")
    if vulnerable:
        return 1
    if dependencies and len(skipped) == len(dependencies):
        print(
            f"pip-audit: the vulnerability service could not be reached from this machine; "
            f"none of the {len(dependencies)} locked packages was checked (NOT a clean bill of health)."
        )
        return 0 if "--allow-offline" in sys.argv else 3
    print(
        f"pip-audit: {len(dependencies) - len(skipped)} packages checked, no known vulnerabilities"
        + (f"; {len(skipped)} could not be checked" if skipped else "")
        + "."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
