"""Retention of the Prefect run history: finished runs of the claimcheck flows that ended before the
cut-off are deleted from a real Prefect server; newer runs, unfinished runs and other flows' runs stay."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest

pytestmark = pytest.mark.prefect


def _run(client: Any, flow: Any, *states: Any) -> UUID:
    run = client.create_flow_run(flow, state=states[0])
    for state in states[1:]:
        client.set_flow_run_state(run.id, state, force=True)
    return UUID(str(run.id))


def test_old_finished_runs_of_claimcheck_flows_are_deleted(harness: None) -> None:
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.states import Completed, Failed, Running, Scheduled

    from claimcheck.adapters.prefect_history import FLOWS, prune_flow_runs
    from flows import nightly as claimcheck_flows

    # The harness server is shared with other tests' real claimcheck runs: this test's flows have
    # names of their own, and the default names are checked against the real flows.
    assert set(FLOWS) == {claimcheck_flows.nightly.name, claimcheck_flows.on_demand.name}
    names = ("prune-test-on-demand", "prune-test-nightly")

    @flow(name=names[0])
    def on_demand() -> None: ...

    @flow(name=names[1])
    def nightly() -> None: ...

    @flow(name="prune-test-not-claimcheck")
    def other() -> None: ...

    with get_client(sync_client=True) as client:
        old = [
            _run(client, on_demand, Running(), Completed()),
            _run(client, nightly, Running(), Failed()),
        ]
        old_other = _run(client, other, Running(), Completed())
        still_running = _run(client, nightly, Running())
        scheduled = _run(client, on_demand, Scheduled())
        time.sleep(0.05)
        cut_off = datetime.now(UTC)
        time.sleep(0.05)
        recent = _run(client, on_demand, Running(), Completed())

        assert prune_flow_runs(cut_off, names) == 2

        for run_id in old:
            with pytest.raises(ObjectNotFound):
                client.read_flow_run(run_id)
        kept = {run_id: client.read_flow_run(run_id) for run_id in (old_other, still_running, scheduled, recent)}
        assert kept[still_running].state_type is not None and kept[still_running].state_type.value == "RUNNING"
        assert kept[scheduled].state_type is not None and kept[scheduled].state_type.value == "SCHEDULED"
        assert prune_flow_runs(cut_off, names) == 0  # nothing left to prune: idempotent


def test_the_nightly_housekeeping_prunes_the_prefect_history_and_survives_its_failure(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.adapters import prefect_history, retention
    from flows import nightly

    asked: list[datetime] = []
    monkeypatch.setattr(retention, "prune", lambda reports, db, days: ([], 0))
    monkeypatch.setattr(prefect_history, "prune_flow_runs", lambda before: asked.append(before) or 0)
    nightly.housekeeping(str(tmp_path), str(tmp_path / "c.duckdb"), 30)
    assert len(asked) == 1 and abs((datetime.now(UTC) - asked[0]).days - 30) <= 1

    def unreachable(before: datetime) -> int:
        raise ConnectionError("the Prefect server went away")

    warned: list[str] = []
    monkeypatch.setattr(prefect_history, "prune_flow_runs", unreachable)
    monkeypatch.setattr(nightly.log, "warning", lambda text, *args: warned.append(text % args))
    nightly.housekeeping(str(tmp_path), str(tmp_path / "c.duckdb"), 30)  # logged, not raised
    assert warned == [
        "retention: the Prefect run history was not pruned (ConnectionError: the Prefect server went away)"
    ]
