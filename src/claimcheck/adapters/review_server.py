"""The reports over HTTP, and the review endpoint the report pages' buttons call (issue 18),
run by `claimcheck serve` in a thread beside the Prefect runner. Standard library only.

GET serves the report folder as files. POST /api/review records an editor's decision (JSON:
claim_id, decision, reason, note, by, lang) through adapters/review.py and answers with the
claim's new `review` object and its review line as the page draws it (`html`). Bound to loopback by default; bound to
any other address it will not start without a token (CLAIMCHECK_REVIEW_TOKEN, or the Prefect
Secret block CLAIMCHECK_REVIEW_TOKEN_BLOCK names), and every POST without it gets 403.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import os
import threading
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from claimcheck.adapters import review
from claimcheck.adapters.store import StoreError
from claimcheck.core.review import ReviewRefused, UnknownClaim
from claimcheck.settings import Settings

log = logging.getLogger("claimcheck")

API_PATH = "/api/review"
TOKEN_HEADER = "X-Claimcheck-Token"
MAX_BODY = 64 * 1024  # a decision is a few hundred bytes


class ReviewServerRefused(RuntimeError):
    """The server may not start as configured (beyond loopback without a token)."""


class PortTaken(ReviewServerRefused):
    """The address cannot be bound (another process listens there)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


@dataclass
class ReviewServer:
    server: ThreadingHTTPServer
    thread: threading.Thread
    url: str

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


class Handler(SimpleHTTPRequestHandler):
    db: Path
    token: str | None

    def do_POST(self) -> None:  # http.server's hook name
        if self.path.split("?")[0] != API_PATH:
            self._answer(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint: {self.path}"})
            return
        if self.token is not None and not self._token_given():
            self._answer(HTTPStatus.FORBIDDEN, {"error": "a review needs the server's token"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._answer(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"})
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("not a JSON object")
            made = review.record(
                self.db,
                str(body.get("claim_id") or ""),
                str(body.get("decision") or ""),
                body.get("reason") or None,
                body.get("note") or None,
                str(body.get("by") or review.editor()),
                "web",
            )
        except UnknownClaim as error:
            self._answer(HTTPStatus.NOT_FOUND, {"error": str(error)})
            return
        except (ReviewRefused, ValueError) as error:
            self._answer(HTTPStatus.BAD_REQUEST, {"error": str(error)})
            return
        except StoreError as error:  # the database held by a run for longer than the bounded wait
            log.error("review not recorded: %s", error)
            self._answer(HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(error)})
            return
        log.info("%s: %s by %s (via the report page)", body["claim_id"], made["decision"], made["by"])
        from claimcheck.adapters import report  # Jinja and the charts: loaded by the first decision only

        lang = "en" if body.get("lang") == "en" else "de"
        self._answer(HTTPStatus.OK, {"review": made, "html": report.review_state({"review": made}, lang)})

    def _token_given(self) -> bool:
        given = self.headers.get(TOKEN_HEADER) or self.headers.get("Authorization", "").removeprefix("Bearer ")
        return bool(given) and hmac.compare_digest(given.encode(), (self.token or "").encode())

    def _answer(self, status: HTTPStatus, document: dict[str, Any]) -> None:
        data = json.dumps(document, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # http.server's signature
        log.debug("reports: " + format, *args)


def unguarded(host: str, settings: Settings) -> str | None:
    """Why serving on `host` is refused before anything starts: beyond loopback without a token."""
    if is_loopback(host) or settings.review_token or settings.review_token_block:
        return None
    return (
        f"the reports would be served on {host}, beyond loopback: set CLAIMCHECK_REVIEW_TOKEN (or "
        "CLAIMCHECK_REVIEW_TOKEN_BLOCK, a Prefect Secret block) first, or bind to 127.0.0.1"
    )


def serve_reports(out: Path, db: Path, host: str, port: int, settings: Settings) -> ReviewServer | None:
    """`claimcheck serve`'s report server: the folder holding the nightly report (`out`, the link
    itself, not the version it points to) and the review endpoint; its address printed. A port
    already taken is one error line: the schedules are still served (the nightly run matters more)."""
    from claimcheck.adapters.notify import secret_value  # Prefect: not for every command that imports this module

    out = Path(os.path.abspath(out))
    token = secret_value(settings.review_token, settings.review_token_block)  # a block: read once the API is up
    try:
        running = start(out.parent, Path(db).resolve(), host, port, token)
    except PortTaken as error:
        log.error("%s; the deployments are served without it (set --reports-port)", error)
        return None
    log.info("reports: %s/%s/index.html (review decisions: POST %s%s)", running.url, out.name, running.url, API_PATH)
    return running


def start(reports: Path, db: Path, host: str, port: int, token: str | None) -> ReviewServer:
    """Serve `reports` and the review endpoint on host:port (0: any free port) in a thread."""
    if not is_loopback(host) and not token:
        raise ReviewServerRefused(f"the reports would be served on {host}, beyond loopback, without a token")
    handler = type("BoundHandler", (Handler,), {"db": db, "token": token or None})
    try:
        server = ThreadingHTTPServer((host, port), partial(handler, directory=str(reports)))
    except OSError as error:
        raise PortTaken(f"the reports cannot be served on {host}:{port} ({error.strerror or error})") from error
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="claimcheck-reports", daemon=True)
    thread.start()
    shown = f"[{host}]" if ":" in host else host
    return ReviewServer(server, thread, f"http://{shown}:{server.server_address[1]}")
