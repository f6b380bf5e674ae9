"""On-demand flow runs executed inside `claimcheck serve` itself.

Prefect's runner starts a new process per flow run, which imports Prefect, pandas and Great
Expectations again before reading one article (about 10 s here). The on-demand deployment is
therefore registered without the runner, and this executor runs its flow runs in threads of the
serving process, where all of that is imported once. The runs stay ordinary Prefect flow runs of
the deployment (states, logs, artifacts in the UI), however they were created: `claimcheck check
--service`, `prefect deployment run`, the UI or the API.

Pick-up: the server's event stream announces a new scheduled run at once; a poll every
`poll_seconds` (the runner's poll interval) catches whatever the stream missed and keeps the
deployment marked ready in the UI, as the runner's own poll does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from prefect.client.orchestration import PrefectClient, get_client
from prefect.events.clients import get_events_subscriber
from prefect.events.filters import EventFilter, EventNameFilter, EventRelatedFilter
from prefect.exceptions import Abort
from prefect.flow_engine import run_flow
from prefect.states import Pending
from prefect.utilities.engine import propose_state

from claimcheck.adapters import gx_validation
from claimcheck.adapters.orchestration import without_heartbeats

log = logging.getLogger("claimcheck.serve")


class InProcessRuns:
    """Claims the scheduled runs of one deployment (Pending, as a runner does) and runs its flow
    in a thread pool of this process."""

    def __init__(self, flow: Any, deployment_id: UUID, poll_seconds: float, workers: int = 2) -> None:
        self.flow = flow
        self.deployment_id = deployment_id
        self.poll_seconds = poll_seconds
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="on-demand-run")
        self._running: dict[UUID, Future[Any]] = {}
        self._claimed: set[UUID] = set()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self.last_polled: datetime | None = None  # as Prefect's runner keeps it

    def start(self) -> None:
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), name="on-demand-pickup", daemon=True)
        self._thread.start()

    def stop(self, grace: float = 20.0) -> None:
        """No new runs; the runs in progress get `grace` seconds to finish."""
        self._stopping.set()
        if self._loop is not None and self._wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed
                self._loop.call_soon_threadsafe(self._wake.set)
        if self._thread is not None:
            self._thread.join(timeout=5)
        wait(list(self._running.values()), timeout=grace)
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def _main(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        # GX imported before the first run is picked up, not during it (2-4 s here)
        await asyncio.to_thread(gx_validation.warm_up)
        async with get_client() as client:
            listener = asyncio.create_task(self._listen())
            try:
                await self._poll(client)
            finally:
                listener.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await listener

    async def _poll(self, client: PrefectClient) -> None:
        assert self._wake is not None
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                await self._pick_up(client)
                self.last_polled = datetime.now(UTC)
            except Exception as error:  # the server busy or restarting: the next round tries again
                log.warning("on-demand runs: could not read the scheduled runs (%s)", error)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)

    async def _listen(self) -> None:
        """Wake the poll as soon as the server announces a scheduled run of the deployment."""
        assert self._wake is not None
        announced = EventFilter(
            event=EventNameFilter(name=["prefect.flow-run.Scheduled"]),
            related=EventRelatedFilter(id=[f"prefect.deployment.{self.deployment_id}"]),
        )
        try:
            async with get_events_subscriber(filter=announced, reconnect_on_clean_close=True) as events:
                async for _ in events:
                    self._wake.set()
        except Exception as error:  # without the stream, runs are still picked up by the poll
            log.warning("on-demand runs: no event stream (%s); picked up every %s s", error, self.poll_seconds)

    async def _pick_up(self, client: PrefectClient) -> None:
        runs = await client.get_scheduled_flow_runs_for_deployments(
            deployment_ids=[self.deployment_id], scheduled_before=datetime.now(UTC)
        )
        for flow_run in runs:
            if flow_run.id in self._claimed or self._stopping.is_set():
                continue
            self._claimed.add(flow_run.id)
            try:
                state = await propose_state(client, Pending(), flow_run_id=flow_run.id)
            except Abort:  # another process claimed it first
                continue
            if not state.is_pending():
                continue
            log.info("on-demand run %s (%s) runs in this process", flow_run.name, flow_run.id)
            future = self._pool.submit(self._execute, flow_run)
            self._running[flow_run.id] = future
            future.add_done_callback(self._forget(flow_run.id))

    def _forget(self, run_id: UUID) -> Callable[[Future[Any]], None]:
        def forget(_: Future[Any]) -> None:
            self._running.pop(run_id, None)

        return forget

    def _execute(self, flow_run: Any) -> None:
        """Prefect's own engine, as in the subprocess a runner would start: it moves the run to
        Running and to its final state, sends its logs and keeps its artifacts."""
        try:
            # The run lasts about a second; its first heartbeat, the only one it would send at the
            # default interval of 180 s, tells the server nothing its Running state does not.
            with without_heartbeats():
                run_flow(self.flow, flow_run=flow_run, return_type="state")
        except BaseException:  # the engine records the failure on the run; the pool goes on
            log.exception("on-demand run %s failed", flow_run.id)
