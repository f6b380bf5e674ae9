"""`check --service` talks to the Prefect REST API with the standard library; a busy server's 503
(seen in CI while the nightly run held the database) is retried, other errors are not."""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from claimcheck.adapters import service_client


class _Flaky(http.server.BaseHTTPRequestHandler):
    answers: ClassVar[list[int]] = []
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        code = self.answers.pop(0) if self.answers else 200
        self.send_response(code)
        if code == 503:
            self.send_header("Retry-After", "0")
        self.end_headers()
        if code == 200:
            self.wfile.write(json.dumps({"id": "d1"}).encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Flaky.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_busy_server_is_asked_again(server: str) -> None:
    _Flaky.answers = [503, 503]
    assert service_client._call(server, "GET", "/deployments/name/x") == {"id": "d1"}
    assert len(_Flaky.seen) == 3


def test_other_errors_end_at_once_with_the_address(server: str) -> None:
    _Flaky.answers = [404]
    with pytest.raises(service_client.ServiceError, match="/deployments/name/x: 404"):
        service_client._call(server, "GET", "/deployments/name/x")
    assert len(_Flaky.seen) == 1


def test_retry_after_is_bounded() -> None:
    assert service_client._retry_after("3", 1.0) == 3.0
    assert service_client._retry_after("86400", 1.0) == 60.0
    assert service_client._retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 2.0) == 2.0
    assert service_client._retry_after(None, 0.5) == 0.5


HEAVY = ("pandas", "duckdb", "numpy", "prefect", "great_expectations")


def test_the_client_imports_nothing_heavy(tmp_path: Path) -> None:
    """`check --service` in a new process, against an address where nothing listens: one line
    naming the address, exit 1, and none of pandas, DuckDB, Prefect or GX imported on the way."""
    import socket
    import subprocess
    import sys

    from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR

    with socket.socket() as probe:  # a port just freed: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    article = sorted(SEEDS_DIR.glob("*.txt"))[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {
        "CLAIMCHECK_REPORTS": str(tmp_path / "reports")
    }
    command = [sys.executable, "-X", "importtime", "-m", "claimcheck.cli", "check", str(article)]
    done = subprocess.run(
        [*command, "--service", f"http://127.0.0.1:{port}/api"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    said = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
    assert done.returncode == 1, done.stderr[-2000:]
    assert len(said) == 1 and f"127.0.0.1:{port}" in said[0] and "does not answer" in said[0], said
    assert "claimcheck.adapters.service_client" in imported  # the importtime lines were read
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))
