"""`check --service` talks to the Prefect REST API with the standard library; a busy server's 503
(seen in CI while the nightly run held the database) and a request it took in but did not answer
in time (seen in CI after an on-demand run) are retried, other errors are not."""

from __future__ import annotations

import http.server
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from claimcheck.adapters import service_client

STALL = 0  # an answer "code" that makes the server wait a second before answering 200


class _Flaky(http.server.BaseHTTPRequestHandler):
    answers: ClassVar[list[int]] = []
    seen: ClassVar[list[str]] = []
    bodies: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        self.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.do_GET()

    def do_GET(self) -> None:
        self.seen.append(self.path)
        code = self.answers.pop(0) if self.answers else 200
        if code == STALL:
            time.sleep(1.0)
            code = 200
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
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Flaky.seen, _Flaky.bodies = [], []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_busy_server_is_asked_again(server: str) -> None:
    _Flaky.answers = [503, 503]
    assert service_client._call(server, "GET", "/deployments/name/x") == {"id": "d1"}
    assert len(_Flaky.seen) == 3


def test_a_request_not_answered_in_time_is_sent_again_with_its_run_key(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_client, "REQUEST_SECONDS", 0.3)
    monkeypatch.setattr(service_client, "RETRY_DELAYS", (0.05,))
    _Flaky.answers = [STALL]
    body = {"parameters": {}, "idempotency_key": "k1"}
    assert service_client._call(server, "POST", "/deployments/d1/create_flow_run", body) == {"id": "d1"}
    assert len(_Flaky.seen) == 2
    assert [b["idempotency_key"] for b in _Flaky.bodies] == ["k1", "k1"]  # the server makes one run of both


def test_a_server_that_never_answers_in_time_is_named_after_the_retries(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_client, "REQUEST_SECONDS", 0.3)
    monkeypatch.setattr(service_client, "RETRY_DELAYS", (0.05,))
    _Flaky.answers = [STALL, STALL]
    with pytest.raises(service_client.ServiceError, match=r"does not answer .*timed out"):
        service_client._call(server, "GET", "/deployments/name/x")
    assert len(_Flaky.seen) == 2


def test_no_server_is_said_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_client, "RETRY_DELAYS", (60,))  # a retry would take a minute
    with pytest.raises(service_client.ServiceError, match="is `claimcheck serve` running"):
        service_client._call("http://127.0.0.1:9", "GET", "/deployments/name/x")


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


def test_without_out_or_db_the_served_deployments_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check --service URL a.txt` (found by a user tester): the report lands under the folder
    `serve` serves and the run uses its database, not this shell's defaults."""
    served = {"db": str(tmp_path / "served.duckdb"), "reports": str(tmp_path / "served"), "offline": True}
    posted: list[dict[str, object]] = []

    def answer(api_url: str, method: str, path: str, body: dict[str, object] | None = None) -> object:
        if path.startswith("/deployments/name/"):
            return {"id": "d1", "parameters": served}
        if method == "POST":
            posted.append(body or {})
            parameters = body["parameters"]  # type: ignore[index]
            Path(parameters["out"]).mkdir(parents=True)
            (Path(parameters["out"]) / "results.json").write_text('{"errors": []}', encoding="utf-8")
            return {"id": "r1", "state": {"type": "COMPLETED"}}
        raise AssertionError(path)

    monkeypatch.setattr(service_client, "_call", answer)
    parameters: dict[str, object] = {"paths": ["/x/a.txt"], "out": None, "db": None, "offline": True}
    assert service_client.check("http://api", parameters) == ("r1", {"errors": []})
    sent = posted[0]["parameters"]
    assert sent["db"] == served["db"]  # type: ignore[index]
    assert Path(sent["out"]).parent == tmp_path / "served" / "on-demand"  # type: ignore[index]
    assert Path(sent["out"]).name.startswith("a-") and parameters["out"] == sent["out"]  # type: ignore[index]


def test_the_served_on_demand_deployment_writes_beside_the_served_nightly_report(tmp_path: Path) -> None:
    """`prefect deployment run claimcheck-on-demand/on-demand --param paths=[...]`: its reports
    folder is the one holding serve's --out (what it serves over HTTP), not CLAIMCHECK_REPORTS."""
    from flows.serve import served_parameters

    nightly, on_demand = served_parameters("articles", str(tmp_path / "site" / "nightly"), "c.duckdb", True)
    assert on_demand == {"db": str(Path("c.duckdb").resolve()), "offline": True, "reports": str(tmp_path / "site")}
    assert nightly["reports"] == str(tmp_path / "site") and nightly["out"] == str(tmp_path / "site" / "nightly")
