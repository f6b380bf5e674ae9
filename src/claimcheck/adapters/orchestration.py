"""Deployments and schedules as the settings define them, computed with Prefect's own schedule
code (the scheduler service uses the same class), so `schedule show` needs no server."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from claimcheck.settings import Settings

NIGHTLY_FLOW, ON_DEMAND_FLOW = "claimcheck-nightly", "claimcheck-on-demand"


@dataclass(frozen=True)
class DeploymentSpec:
    flow: str
    name: str
    cron: str | None
    timezone: str | None

    @property
    def full_name(self) -> str:
        return f"{self.flow}/{self.name}"


def deployments(settings: Settings) -> list[DeploymentSpec]:
    return [
        DeploymentSpec(NIGHTLY_FLOW, "nightly", settings.nightly_cron, settings.timezone),
        DeploymentSpec(ON_DEMAND_FLOW, "on-demand", None, None),
    ]


def next_runs(spec: DeploymentSpec, start: datetime, count: int = 3) -> list[datetime]:
    """The next `count` run times at or after `start`, in the schedule's time zone."""
    if spec.cron is None or spec.timezone is None:
        return []
    from prefect.server.schemas.schedules import CronSchedule

    schedule = CronSchedule(cron=spec.cron, timezone=spec.timezone)
    local_start = start.astimezone(ZoneInfo(spec.timezone))
    return [datetime.fromisoformat(d.isoformat()) for d in schedule._get_dates_generator(n=count, start=local_start)]


def schedule_table(settings: Settings, start: datetime) -> list[dict[str, object]]:
    return [
        {
            "deployment": spec.full_name,
            "cron": spec.cron,
            "timezone": spec.timezone,
            "next_runs": [d.isoformat() for d in next_runs(spec, start)],
        }
        for spec in deployments(settings)
    ]


def without_heartbeats() -> contextlib.AbstractContextManager[Any]:
    """Flow runs started in this thread send no heartbeats. Prefect's heartbeat thread sleeps in
    whole seconds and the engine waits for it at the run's end: a run of about a second (one
    article) waited 0.2-0.5 s more for it, measured. Used for runs that live about a second or
    in a server that lives as long as the run; the nightly run keeps them."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})
