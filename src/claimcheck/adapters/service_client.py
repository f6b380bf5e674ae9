"""`claimcheck check --service`: hands the articles to the running `claimcheck serve` through the
Prefect REST API (its on-demand deployment), waits for the run and returns its results.json.
Standard library only: the client imports neither Prefect nor pandas nor GX."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

from claimcheck.layout import on_demand_report

DEPLOYMENT = "claimcheck-on-demand/on-demand"
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
# A busy Prefect server (its database locked by a nightly run) answers 503 or 429 for a moment,
# or not at all within a request's timeout; Prefect's own client retries these, and so does this
# one, honouring Retry-After. A refused connection means no server: that is said at once.
RETRY_CODES = {429, 502, 503}
REQUEST_SECONDS = 30
RETRY_DELAYS = (0.5, 1, 2, 4, 8, 15)
POLL_SECONDS = 0.05  # a local GET (a few ms of the server): a finished run is seen within 50 ms


class ServiceError(RuntimeError):
    pass


def _call(api_url: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    request = urllib.request.Request(
        f"{api_url.rstrip('/')}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    for delay in (*RETRY_DELAYS, None):
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_SECONDS) as answer:
                return json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code not in RETRY_CODES or delay is None:
                raise ServiceError(f"{api_url}{path}: {error.code} {error.reason}") from None
            time.sleep(_retry_after(error.headers.get("Retry-After"), delay))
        except OSError as error:
            if _timed_out(error) and delay is not None:
                time.sleep(delay)
                continue
            raise ServiceError(
                f"the service at {api_url} does not answer ({error}); is `claimcheck serve` running?"
            ) from None
    raise AssertionError("unreachable: the last attempt returns or raises")


def _timed_out(error: OSError) -> bool:
    """A request the server took in but did not answer in time (urllib raises the timeout itself
    while reading, or wrapped in a URLError while connecting)."""
    return isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError)


def _retry_after(header: str | None, default: float) -> float:
    """Seconds to wait before the next attempt: the server's Retry-After (in seconds, at most a
    minute) when it sends one, else the backoff step."""
    try:
        return min(max(float(header), 0.0), 60.0) if header else default
    except ValueError:
        return default


def check(api_url: str, parameters: dict[str, Any], timeout: float = 600.0) -> tuple[str, dict[str, Any]]:
    """Start an on-demand run with `parameters`, wait for it and return (flow run id, results.json
    of its report). An `out` or `db` of None is the served deployment's own: its database, and a
    new folder under its reports folder (the one `serve` serves), set here so that its results
    can be read; `parameters` is updated with what was used."""
    deployment = _call(api_url, "GET", f"/deployments/name/{DEPLOYMENT}")
    served = deployment.get("parameters") or {}
    if parameters.get("db") is None:
        parameters.pop("db", None)  # the deployment's default
        if served.get("db"):
            parameters["db"] = served["db"]
    if parameters.get("out") is None:
        if not served.get("reports"):
            raise ServiceError(f"the service at {api_url} names no reports folder: give --out")
        parameters["out"] = str(on_demand_report(Path(served["reports"]), parameters["paths"]))
    # The key makes a retried POST (its first answer lost to a timeout) return the run it made
    # rather than start a second one.
    body = {"parameters": parameters, "idempotency_key": str(uuid.uuid4())}
    run = _call(api_url, "POST", f"/deployments/{deployment['id']}/create_flow_run", body)
    deadline = time.monotonic() + timeout
    state = run.get("state") or {}
    while (state.get("type") not in FINAL) and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        state = _call(api_url, "GET", f"/flow_runs/{run['id']}").get("state") or {}
    if state.get("type") != "COMPLETED":
        ended = state.get("type", "unfinished")
        raise ServiceError(f"on-demand run {run['id']} ended {ended}: {state.get('message') or 'see its logs'}")
    results_path = Path(parameters["out"]) / "results.json"
    return str(run["id"]), json.loads(results_path.read_text(encoding="utf-8"))
