"""The executor of `claimcheck serve` for on-demand runs: a flow run created for the deployment (as
`check --service` and `prefect deployment run` create it) runs in this very process, picked up at
once through the event stream, or by the poll when there is no stream."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from prefect import flow

from flows.in_process_runs import InProcessRuns

pytestmark = pytest.mark.prefect


@flow(name="in-process-probe")
def probe(path: str) -> None:
    from prefect.settings import get_current_settings

    Path(path).write_text(str(os.getpid()), encoding="utf-8")
    Path(path).with_suffix(".heartbeat").write_text(str(get_current_settings().flows.heartbeat_frequency))


def _run_once(deployment_id: UUID, path: Path, timeout: float) -> tuple[str, float]:
    """Create a run of the deployment; its final state type and the seconds it took."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        run = client.create_flow_run_from_deployment(deployment_id, parameters={"path": str(path)})
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            state = client.read_flow_run(run.id).state
            if state is not None and state.is_final():
                return state.type.value, time.monotonic() - started
            time.sleep(0.1)
    return "unfinished", timeout


@pytest.fixture
def deployment_id(harness: None) -> UUID:
    return UUID(str(probe.to_deployment(name="probe").apply()))


def test_a_run_of_the_deployment_runs_in_this_process_picked_up_by_the_stream(
    deployment_id: UUID, tmp_path: Path
) -> None:
    runs = InProcessRuns(probe, deployment_id, poll_seconds=300)  # the next poll is five minutes away
    runs.start()
    try:
        deadline = time.monotonic() + 60
        while runs.last_polled is None and time.monotonic() < deadline:  # its first poll is done
            time.sleep(0.1)
        time.sleep(1)  # and its subscription open
        state, seconds = _run_once(deployment_id, tmp_path / "pid", timeout=120)
    finally:
        runs.stop()
    assert runs.last_polled is not None and state == "COMPLETED" and seconds < 60
    assert (tmp_path / "pid").read_text(encoding="utf-8") == str(os.getpid())  # no new process
    # no heartbeats: the engine waited up to a second at the run's end for their thread
    assert (tmp_path / "pid.heartbeat").read_text() == "None"


def test_without_the_event_stream_the_poll_picks_the_run_up(
    deployment_id: UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_stream(self: Any) -> None:
        return None

    monkeypatch.setattr(InProcessRuns, "_listen", no_stream)
    runs = InProcessRuns(probe, deployment_id, poll_seconds=1)
    runs.start()
    try:
        state, _ = _run_once(deployment_id, tmp_path / "pid", timeout=90)
    finally:
        runs.stop()
    assert state == "COMPLETED"
    assert (tmp_path / "pid").read_text(encoding="utf-8") == str(os.getpid())
