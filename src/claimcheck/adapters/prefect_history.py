"""Retention of the Prefect run history: finished flow runs of the claimcheck flows older than the
configured age are deleted from the Prefect server's database (with their task runs, logs and
artifacts, which the server deletes with a run), through Prefect's client API.

Only finished runs are deleted: the run doing the pruning, runs in progress and scheduled runs
stay, whatever their age."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime

from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterEndTime,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import StateType
from prefect.exceptions import ObjectNotFound

log = logging.getLogger("claimcheck.retention")

FLOWS = ("claimcheck-nightly", "claimcheck-on-demand")
FINISHED = [StateType.COMPLETED, StateType.FAILED, StateType.CRASHED, StateType.CANCELLED]
PAGE = 200


def prune_flow_runs(before: datetime, flows: tuple[str, ...] = FLOWS) -> int:
    """Delete the finished runs of `flows` that ended before `before` (timezone-aware); how many."""
    old = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=FINISHED)),
        end_time=FlowRunFilterEndTime.model_validate({"before_": before}),  # Prefect coerces to its DateTime
    )
    of_claimcheck = FlowFilter(name=FlowFilterName(any_=list(flows)))
    deleted: set[str] = set()
    with get_client(sync_client=True) as client:
        while runs := client.read_flow_runs(flow_filter=of_claimcheck, flow_run_filter=old, limit=PAGE):
            fresh = [run for run in runs if str(run.id) not in deleted]
            if not fresh:  # the server kept what it was asked to delete: do not ask forever
                break
            for run in fresh:
                with contextlib.suppress(ObjectNotFound):  # deleted meanwhile by another pruning run
                    client.delete_flow_run(run.id)
                deleted.add(str(run.id))
    if deleted:
        log.info("retention: %d Prefect flow runs that ended before %s deleted", len(deleted), before.isoformat())
    return len(deleted)
