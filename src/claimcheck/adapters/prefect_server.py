"""The Prefect server `claimcheck serve` runs: `prefect server start` (API, UI and scheduler) as a
child in a process group of its own, started before Prefect is imported here (Prefect reads
PREFECT_API_URL once, at import: set later, a client would start an ephemeral server of its own).
Standard library and psutil only, so nothing heavy is imported before the server answers."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil


class ServerNotStarted(RuntimeError):
    pass


@dataclass
class LocalServer:
    process: subprocess.Popen[bytes]
    api_url: str
    ui_url: str
    log_path: Path


def port_in_use(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, port)) == 0


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def start(host: str, port: int, home: Path, timeout: float = 120.0) -> LocalServer:
    """Start the server with its UI and wait until its API answers; its output goes to
    <home>/server.log. A port already taken is refused rather than shared by accident."""
    if port_in_use(host, port):
        raise ServerNotStarted(
            f"{host}:{port} is already in use: set CLAIMCHECK_SERVER_PORT to a free port, or PREFECT_API_URL "
            "to use the Prefect server that listens there"
        )
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "server.log"
    api_url, ui_url = f"http://{host}:{port}/api", f"http://{host}:{port}"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API_")}
    environment |= {"PREFECT_UI_ENABLED": "true", "PREFECT_UI_API_URL": api_url, "PREFECT_UI_URL": ui_url}
    with open(log_path, "ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=environment,
            start_new_session=True,  # its own process group: stopped as a whole
        )
    server = LocalServer(process, api_url, ui_url, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerNotStarted(f"the Prefect server exited with status {process.returncode}; see {log_path}")
        if healthy(api_url):
            return server
        time.sleep(0.3)
    stop(server)
    raise ServerNotStarted(f"the Prefect server did not answer on {api_url} within {timeout:.0f} s; see {log_path}")


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def launch_temporary(home: Path, host: str = "127.0.0.1") -> LocalServer:
    """A temporary API server for one CLI run, started as Prefect's ephemeral mode starts its own
    (uvicorn on Prefect's app factory, no UI, PREFECT__SERVER_EPHEMERAL: no scheduler) but from
    here and without waiting: Prefect's launcher first imports the whole server package into the
    CLI process (6.7 s here), and the CLI imports Prefect and GX while this one boots. Set
    PREFECT_API_URL to its api_url before Prefect is imported, then `wait_healthy`."""
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "temporary-server.log"
    port = free_port(host)
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API_")}
    environment |= {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    command = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app"]
    command += ["--host", host, "--port", str(port), "--log-level", "error", "--lifespan", "on"]
    with open(log_path, "ab") as output:
        process = subprocess.Popen(
            command,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=environment,
            start_new_session=True,  # its own process group: stopped as a whole
        )
    return LocalServer(process, f"http://{host}:{port}/api", f"http://{host}:{port}", log_path)


def wait_healthy(server: LocalServer, timeout: float) -> None:
    """Until the server's API answers; ServerNotStarted (the server stopped) if it exits or
    does not answer within `timeout` seconds. The deadline is looked at first, so a timeout of 0
    never uses the server, however far its start has come (the server starts while the CLI reads
    the articles)."""
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            raise ServerNotStarted(
                f"the temporary Prefect server exited with status {server.process.returncode}; see {server.log_path}"
            )
        if time.monotonic() >= deadline:
            stop(server)
            raise ServerNotStarted(
                f"the temporary Prefect server did not answer within {timeout:.0f} s; see {server.log_path}"
            )
        if healthy(server.api_url):
            return
        time.sleep(0.1)


def stop(server: LocalServer, grace: float = 20.0) -> None:
    """SIGTERM to the server's process group, SIGKILL to whatever is left after `grace` seconds."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.process.wait(timeout=grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.process.wait(timeout=5)


def stop_children(grace: float = 10.0) -> None:
    """Every process this one started and still has (flow runs in progress): SIGTERM, then SIGKILL."""
    children = psutil.Process().children(recursive=True)
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.terminate()
    _, alive = psutil.wait_procs(children, timeout=grace)
    for child in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    psutil.wait_procs(alive, timeout=5)
