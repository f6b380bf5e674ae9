"""The scheduled nightly flow and the on-demand flow, as Prefect flows with tasks."""

from __future__ import annotations

from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from claimcheck import pipeline
from flows.wiring import extract_batch, publish, run_check

STARTED = {"flow_body": False}  # tells the CLI whether a failure came before the flow ran

_TASKS: dict[Any, Any] = {
    pipeline.load_inputs: task(name="load-articles", cache_policy=NO_CACHE)(pipeline.load_inputs),
    extract_batch: task(name="extract-claims", cache_policy=NO_CACHE)(extract_batch),
    pipeline.prepare_market: task(name="prepare-quotes", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 20])(
        pipeline.prepare_market
    ),
    pipeline.verify: task(name="verify-claims", cache_policy=NO_CACHE)(pipeline.verify),
    publish: task(name="publish-report", cache_policy=NO_CACHE)(publish),
}


def as_task(function: Any) -> Any:
    return _TASKS[function]


def _options(**values: Any) -> pipeline.RunOptions:
    return pipeline.RunOptions(**values)


@flow(name="claimcheck-nightly")
def nightly(articles: str, out: str, db: str, offline: bool = False, lang: str = "de") -> dict[str, Any]:
    STARTED["flow_body"] = True
    options = _options(paths=[articles], out=out, db=db, offline=offline, kind="nightly", lang=lang)
    return run_check(options, as_task, orchestrated=True, run_id=str(flow_run.get_id()))


@flow(name="claimcheck-on-demand")
def on_demand(
    paths: list[str], out: str, db: str, offline: bool = False, published: str | None = None, lang: str = "de"
) -> dict[str, Any]:
    STARTED["flow_body"] = True
    options = _options(paths=paths, out=out, db=db, offline=offline, kind="on-demand", published=published, lang=lang)
    return run_check(options, as_task, orchestrated=True, run_id=str(flow_run.get_id()))
