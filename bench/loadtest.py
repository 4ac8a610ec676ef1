"""make loadtest: mixed anonymous traffic at 50 concurrent connections against the production server
on PostgreSQL. Fails on any connection error or non-2xx answer. LOADTEST_SECONDS sets the length."""

import os
import re
import subprocess
import sys

from common import ROOT, fresh_postgres, manage, production_env, production_server

PORT = int(os.environ.get("LOADTEST_PORT", "8795"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))


def main() -> int:
    env = production_env(os.environ.get("LOADTEST_DATABASE_URL") or fresh_postgres("samvirke_load"))
    for args in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo", "-v0"]):
        manage(*args, env=env)
    script = os.environ.get("LOADTEST_SCRIPT", str(ROOT / "bench/mixed.lua"))
    with production_server(env=env, port=PORT):
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                "-c50",
                f"-d{SECONDS}s",
                "--timeout",
                "10s",
                "-s",
                script,
                f"http://127.0.0.1:{PORT}/",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    print(output)
    figures = dict(
        re.findall(r"(\w+)=([\d.]+)", next(row for row in output.splitlines() if row.startswith("LOADTEST")))
    )
    if float(figures["errors"]) or float(figures["non2xx"]):
        print(f"FAILED: {figures['errors']} connection errors, {figures['non2xx']} non-2xx answers")
        return 1
    print(f"passed: {figures['requests']} requests in {SECONDS} s, p95 {figures['p95_ms']} ms, no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
