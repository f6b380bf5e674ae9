"""`claimcheck serve` end to end (issue 15, "Done when"): a real Prefect server with its UI, the
nightly run sending its morning message to a real SMTP server (aiosmtpd) and a real HTTP receiver
on 127.0.0.1, two on-demand runs started from other processes (`prefect deployment run` and
`claimcheck check --service`), each in its own folder, the nightly report byte-for-byte unchanged,
the artifacts read through the Prefect API, and SIGTERM leaving no process behind."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import psutil
import pytest
from aiosmtpd.controller import Controller

from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR

pytestmark = [pytest.mark.prefect, pytest.mark.slow, pytest.mark.timeout(900)]  # served runs: minutes on busy cores

SERVE = [sys.executable, "-m", "claimcheck.cli", "serve"]
CHECK = [sys.executable, "-m", "claimcheck.cli", "check"]
ARTICLES = ["001_d027b862ed40befe.txt", "002_04e0c9c290cb4d54.txt"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(what: str, condition: Callable[[], Any], timeout: float = 240.0) -> Any:
    """Poll until `condition` gives something truthy; generous, for two loaded cores."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd's hook name
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    mailbox, port = Mailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield mailbox, port
    controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[list[dict[str, Any]], int]]:
    received: list[dict[str, Any]] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # http.server's hook name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield received, server.server_address[1]
    server.shutdown()


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def seed_folder(articles: Path) -> None:
    """The served articles: the seeds this test checks, with their manifest."""
    articles.mkdir()
    for name in [*ARTICLES, "manifest.csv"]:
        shutil.copy(SEEDS_DIR / name, articles / name)


def serve_environment(tmp_path: Path, reports: Path, port: int, smtp_port: int) -> dict[str, str]:
    """The environment of a `claimcheck serve` of its own: no PREFECT_/CLAIMCHECK_ setting of the
    caller's, its Prefect home and reports under tmp_path, mail to the local SMTP server."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "CLAIMCHECK_"))} | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "CLAIMCHECK_PREFECT_HOME": str(tmp_path / "prefect"),
        "CLAIMCHECK_REPORTS": str(reports),
        "CLAIMCHECK_SERVER_PORT": str(port),
        "CLAIMCHECK_RUNNER_POLL_SECONDS": "1",
        "CLAIMCHECK_SMTP_HOST": "127.0.0.1",
        "CLAIMCHECK_SMTP_PORT": str(smtp_port),
        "CLAIMCHECK_MAIL_TO": "desk@example.invalid",
    }


def start_serve(arguments: list[str], environment: dict[str, str]) -> tuple[subprocess.Popen[str], list[str]]:
    """`claimcheck serve` started with `arguments`, and the list its log lines are read into."""
    service = subprocess.Popen(
        [*SERVE, *arguments], cwd=PROJECT_ROOT, env=environment, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    assert service.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(iter(service.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    return service, lines


def api(url: str, path: str, body: dict[str, Any] | None = None) -> Any:
    request = urllib.request.Request(
        url + path,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json"},
        method="POST" if body is not None else "GET",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def test_serve_end_to_end(tmp_path: Path, smtp: tuple[Mailbox, int], webhook: tuple[list[dict[str, Any]], int]) -> None:
    mailbox, smtp_port = smtp
    posts, http_port = webhook
    articles, reports = tmp_path / "articles", tmp_path / "reports"
    seed_folder(articles)
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    environment = serve_environment(tmp_path, reports, port, smtp_port) | {
        "CLAIMCHECK_WEBHOOK_URL": f"http://127.0.0.1:{http_port}/hook",
        "CLAIMCHECK_REPORT_BASE_URL": "https://reports.example.invalid/nightly",
    }
    db = tmp_path / "c.duckdb"
    service, lines = start_serve(
        ["--articles", str(articles), "--out", str(reports / "nightly"), "--db", str(db), "--offline"], environment
    )
    family: list[psutil.Process] = []
    try:
        wait_for("serve to start", lambda: any("serving claimcheck-nightly" in line for line in lines))
        assert any(f"Prefect UI: http://127.0.0.1:{port}" in line for line in lines), lines
        family = [psutil.Process(service.pid), *psutil.Process(service.pid).children(recursive=True)]
        page = urllib.request.Request(f"http://127.0.0.1:{port}/", headers={"Accept": "text/html"})
        with urllib.request.urlopen(page, timeout=30) as answer:  # the UI is on
            assert answer.status == 200 and b"<html" in answer.read().lower()

        # The client's shell knows neither serve's reports folder nor its database: both are the
        # served deployment's (a user tester's on-demand report landed outside the served folder).
        client = {k: v for k, v in environment.items() if not k.startswith(("PREFECT_HOME", "CLAIMCHECK_REPORTS"))} | {
            "PREFECT_API_URL": api_url
        }

        def trigger(deployment: str, *params: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "prefect", "deployment", "run", deployment, "--watch"]
            for param in params:
                command += ["--param", param]
            return subprocess.run(command, env=client, capture_output=True, text=True, timeout=600, cwd=tmp_path)

        nightly = trigger("claimcheck-nightly/nightly")
        assert nightly.returncode == 0, nightly.stdout[-2000:] + nightly.stderr[-2000:]
        results = json.loads((reports / "nightly" / "results.json").read_text(encoding="utf-8"))
        assert len(results["articles"]) == 2
        wrong = [c for a in results["articles"] for c in a["claims"] if c["verdict"] in ("wrong", "imprecise")]
        assert wrong, "the seeds hold discrepancies"
        mail = wait_for("the morning message by email", lambda: mailbox.messages, timeout=120)[0].decode()
        assert wrong[0]["quote"] in mail.replace("=\r\n", "").replace("=\n", "") or wrong[0]["quote"] in mail
        assert "https://reports.example.invalid/nightly/" in mail
        text = wait_for("the morning message by webhook", lambda: posts, timeout=120)[0]["text"]
        assert f"{len(wrong)} Aussagen brauchen einen Blick" in text and wrong[0]["quote"] in text
        before = files_of((reports / "nightly").resolve())

        first = trigger("claimcheck-on-demand/on-demand", f'paths=["{articles / ARTICLES[1]}"]')
        assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
        checked = subprocess.run(
            [*CHECK, "--service", api_url, str(articles / ARTICLES[0]), "--offline"],
            env=client,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=PROJECT_ROOT,
        )
        assert checked.returncode == 0, checked.stderr[-2000:]
        folders = sorted(p.name for p in (reports / "on-demand").iterdir() if not p.name.startswith("."))
        assert len(folders) == 2 and folders[0].startswith(ARTICLES[0][:-4]) and folders[1].startswith(ARTICLES[1][:-4])
        for folder in folders:
            report = json.loads((reports / "on-demand" / folder / "results.json").read_text(encoding="utf-8"))
            assert [a["article"] for a in report["articles"]] == [folder.rsplit("-", 1)[0] + ".txt"]
        assert files_of((reports / "nightly").resolve()) == before  # byte for byte

        keys = {item["key"] for item in api(api_url, "/artifacts/filter", {})}
        assert {
            f"claimcheck-{kind}-{part}" for kind in ("nightly", "on-demand") for part in ("summary", "discrepancies")
        } <= keys
    finally:
        service.send_signal(signal.SIGTERM)
        try:
            service.wait(timeout=90)
        finally:
            if service.poll() is None:
                service.kill()
    assert service.returncode == 0, "".join(lines)[-3000:]
    left = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not left, [p.cmdline() for p in left]
