"""`claimcheck serve`: the nightly deployment on its cron schedule and the on-demand deployment,
served by this process. Without PREFECT_API_URL a local Prefect server (with its scheduler) is
started first, so the schedule really fires."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from typing import Any

from prefect import serve
from prefect.schedules import Cron

from claimcheck.adapters.orchestration import deployments
from claimcheck.settings import Settings
from flows.nightly import nightly, on_demand

log = logging.getLogger("claimcheck")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_local_server(port: int | None = None, timeout: float = 90.0) -> subprocess.Popen[bytes]:
    """`prefect server start` on loopback; sets PREFECT_API_URL for this process."""
    port = port or _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                if answer.status == 200:
                    os.environ["PREFECT_API_URL"] = url
                    return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError(f"the local Prefect server did not answer on {url} within {timeout:.0f} s")


def serve_deployments(settings: Settings, articles: str, out: str, db: str, offline: bool) -> None:
    server = None if os.environ.get("PREFECT_API_URL") else start_local_server()
    specs = {spec.flow: spec for spec in deployments(settings)}
    nightly_spec = specs[nightly.name]
    try:
        log.info(
            "serving %s (%s, %s) and %s",
            nightly_spec.full_name,
            nightly_spec.cron,
            nightly_spec.timezone,
            specs[on_demand.name].full_name,
        )
        nightly_deployment: Any = nightly.to_deployment(
            name=nightly_spec.name,
            schedules=[Cron(nightly_spec.cron or "", timezone=nightly_spec.timezone)],
            parameters={"articles": articles, "out": out, "db": db, "offline": offline},
        )
        on_demand_deployment: Any = on_demand.to_deployment(
            name=specs[on_demand.name].name, parameters={"out": out, "db": db, "offline": offline}
        )
        serve(nightly_deployment, on_demand_deployment)
    finally:
        if server is not None:
            server.terminate()
