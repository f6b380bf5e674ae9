"""Schedules that really fire: Prefect's schedule code across DST changes, and a real Prefect
server whose scheduler creates the nightly runs and whose on-demand deployment runs a check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from claimcheck.adapters.orchestration import DeploymentSpec, next_runs
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("start", ["2026-03-15", "2026-10-15"])  # spring forward 03-29, fall back 10-25
def test_one_run_per_night_at_0330_across_dst_changes(start: str) -> None:
    spec = DeploymentSpec("claimcheck-nightly", "nightly", "30 3 * * *", "Europe/Berlin")
    runs = next_runs(spec, datetime.fromisoformat(start).replace(tzinfo=BERLIN), count=30)
    local = [r.astimezone(BERLIN) for r in runs]
    assert [(r.hour, r.minute) for r in local] == [(3, 30)] * 30
    assert [r.date() for r in local] == [local[0].date() + timedelta(days=i) for i in range(30)]
    offsets = {r.utcoffset() for r in local}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # both sides of the change


def test_schedule_show_json_without_a_server() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "schedule", "show", "--json", "--from", "2026-10-24"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    nightly, on_demand = json.loads(done.stdout)
    assert nightly == {
        "deployment": "claimcheck-nightly/nightly",
        "cron": "30 3 * * *",
        "timezone": "Europe/Berlin",
        "next_runs": ["2026-10-24T03:30:00+02:00", "2026-10-25T03:30:00+01:00", "2026-10-26T03:30:00+01:00"],
    }
    assert on_demand["next_runs"] == [] and on_demand["cron"] is None


QUERY = """
import asyncio, json
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName
async def main():
    async with get_client() as client:
        only_nightly = DeploymentFilter(name=DeploymentFilterName(any_=["nightly"]))
        runs = await client.read_flow_runs(deployment_filter=only_nightly)
        print(json.dumps([[r.state_type.value, r.expected_start_time.isoformat()] for r in runs]))
asyncio.run(main())
"""


def _wait(predicate, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.prefect
@pytest.mark.timeout(900)  # a real server and scheduler through whole runs: minutes on busy shared cores
def test_real_server_schedules_nightly_runs_and_runs_on_demand(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a free port for the server this test starts itself
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PREFECT_UI_ENABLED="false",
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    env.update(PREFECT_RUNNER_POLL_FREQUENCY="2", CLAIMCHECK_DB=str(tmp_path / "c.duckdb"))
    serving = None
    try:
        import urllib.request

        def healthy() -> bool:
            try:
                with urllib.request.urlopen(env["PREFECT_API_URL"] + "/health", timeout=2) as answer:
                    return answer.status == 200
            except OSError:
                return False

        _wait(healthy, 90, "the Prefect server")
        serving = subprocess.Popen(
            [sys.executable, "-m", "claimcheck.cli", "serve", "--offline", "--out", str(tmp_path / "nightly")],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

        def scheduled() -> list[list[str]]:
            done = subprocess.run([sys.executable, "-c", QUERY], env=env, capture_output=True, text=True, timeout=60)
            runs = json.loads(done.stdout or "[]")
            return [r for r in runs if r[0] == "SCHEDULED"]

        runs = _wait(scheduled, 120, "scheduled nightly runs")
        local = sorted(datetime.fromisoformat(r[1]).astimezone(BERLIN) for r in runs)
        assert all((t.hour, t.minute) == (3, 30) for t in local)
        assert len({t.date() for t in local}) == len(local)  # one per night

        out = tmp_path / "on-demand"
        article = SEEDS_DIR / "002_04e0c9c290cb4d54.txt"
        triggered = subprocess.run(
            [
                sys.executable,
                "-m",
                "prefect",
                "deployment",
                "run",
                "claimcheck-on-demand/on-demand",
                "--param",
                f"paths={json.dumps([str(article)])}",
                "--param",
                f"out={out}",
                "--param",
                "published=2026-01-13",
                "--watch",
                "--watch-timeout",
                "240",
            ],
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert triggered.returncode == 0, triggered.stdout[-2000:] + triggered.stderr[-2000:]
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        close = next(c for c in results["articles"][0]["claims"] if c["quote"] == "166,31")
        assert close["verdict"] == "accurate" and results["run"]["orchestrated"] is True
    finally:
        if serving is not None:
            serving.terminate()
            serving.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
