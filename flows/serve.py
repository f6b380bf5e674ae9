"""`claimcheck serve`: the nightly deployment on its cron schedule and the on-demand deployment,
served by this process (the Prefect server itself is started by the CLI before Prefect is
imported: adapters/prefect_server.py). SIGTERM and SIGINT stop it: the runner is asked to stop,
and if it is stuck (a server already gone) a watchdog ends it all after a grace period."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from prefect.exceptions import TerminationSignal
from prefect.runner import Runner
from prefect.schedules import Cron

from claimcheck.adapters.orchestration import deployments
from claimcheck.settings import Settings
from flows.in_process_runs import InProcessRuns
from flows.nightly import nightly, on_demand

log = logging.getLogger("claimcheck")

SHUTDOWN_GRACE_SECONDS = 30.0


class StoppingRunner(Runner):
    """Prefect's runner, whose SIGTERM handler also arms the watchdog."""

    def __init__(self, *args: Any, on_stop: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_stop = on_stop

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        self._on_stop()
        super().handle_sigterm(*args, **kwargs)


def watchdog(hard_stop: Callable[[], None], grace: float) -> Callable[[], None]:
    """A function that, called once a stop is asked for, ends the process after `grace` seconds
    if it has not ended by itself (hard_stop cleans up what it started first)."""
    armed = threading.Event()

    def arm() -> None:
        if armed.is_set():
            return
        armed.set()
        log.info("stopping: the deployments are no longer served")

        def expire() -> None:
            log.error("the runner did not stop within %.0f s; stopping everything it started", grace)
            hard_stop()
            os._exit(0)

        timer = threading.Timer(grace, expire)
        timer.daemon = True
        timer.start()

    return arm


def served_parameters(articles: str, out: str, db: str, offline: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The nightly and on-demand deployments' parameters. Their reports folder is the one holding
    `out`, the folder `serve` serves over HTTP: an on-demand run started without `out` (`prefect
    deployment run`, `check --service`) writes <that folder>/on-demand/<name>-<time>/, where its
    link works and its reviews reach this database; retention prunes there too."""
    reports = str(Path(out).resolve().parent)
    common = {"db": str(Path(db).resolve()), "offline": offline, "reports": reports}
    return {"articles": articles, "out": str(Path(out).resolve()), **common}, common


def serve_deployments(
    settings: Settings, articles: str, out: str, db: str, offline: bool, hard_stop: Callable[[], None]
) -> None:
    specs = {spec.flow: spec for spec in deployments(settings)}
    nightly_spec, on_demand_spec = specs[nightly.name], specs[on_demand.name]
    nightly_parameters, on_demand_parameters = served_parameters(articles, out, db, offline)
    nightly_deployment: Any = nightly.to_deployment(
        name=nightly_spec.name,
        schedules=[Cron(nightly_spec.cron or "", timezone=nightly_spec.timezone)],
        parameters=nightly_parameters,
    )
    on_demand_deployment: Any = on_demand.to_deployment(name=on_demand_spec.name, parameters=on_demand_parameters)
    # The on-demand deployment is registered, not added to the runner: its runs are executed in
    # this process (flows/in_process_runs.py), the nightly run in a process of its own.
    on_demand_runs = InProcessRuns(on_demand, on_demand_deployment.apply(), settings.runner_poll_seconds)
    arm = watchdog(hard_stop, SHUTDOWN_GRACE_SECONDS)

    def interrupted(signum: int, frame: FrameType | None) -> None:
        arm()
        raise KeyboardInterrupt

    # Installed before asyncio.run, which then leaves SIGINT to it; the runner installs its own
    # SIGTERM handler (StoppingRunner.handle_sigterm) when it starts.
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    runner = StoppingRunner(pause_on_shutdown=False, on_stop=arm)
    runner.add_deployment(nightly_deployment)
    log.info(
        "serving %s (%s, %s) and %s",
        nightly_spec.full_name,
        nightly_spec.cron,
        nightly_spec.timezone,
        on_demand_spec.full_name,
    )
    on_demand_runs.start()
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, SystemExit, TerminationSignal):
        pass
    finally:
        arm()
        on_demand_runs.stop()
