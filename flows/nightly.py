"""The scheduled nightly flow and the on-demand flow, as Prefect flows with tasks."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext, TaskRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from claimcheck import pipeline
from claimcheck.adapters import notify, prefect_history, retention
from claimcheck.adapters.articles import LoadedArticle
from claimcheck.core.discrepancies import Discrepancy, counted, discrepancies, verdict_counts
from claimcheck.layout import is_nightly, on_demand_report
from claimcheck.paths import DEFAULT_DB
from claimcheck.settings import Settings
from flows.wiring import extract_batch, publish, run_check


def extraction_cache_key(context: TaskRunContext | None, parameters: dict[str, Any]) -> str:
    """Article text, publication date, extractor version and rule tables: a change to any re-extracts."""
    articles: list[LoadedArticle] = parameters["articles"]
    digest = hashlib.sha256(pipeline.extraction_version().encode())
    for article in articles:
        digest.update(article.name.encode() + b"\0" + article.text.encode() + b"\0")
        digest.update(
            f"{article.published.date}|{article.published.at}|{article.published.source}|{sorted(article.meta.items())}".encode()
        )
    return "extract-" + digest.hexdigest()


log = logging.getLogger("claimcheck")

STARTED = {"flow_body": False}  # tells the CLI whether a failure came before the flow ran

_TASKS: dict[Any, Any] = {
    pipeline.load_inputs: task(name="load-articles", cache_policy=NO_CACHE)(pipeline.load_inputs),
    extract_batch: task(
        name="extract-claims",
        cache_key_fn=extraction_cache_key,
        cache_expiration=timedelta(days=30),
        persist_result=True,
    )(extract_batch),
    pipeline.prepare_market: task(name="prepare-quotes", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 20])(
        pipeline.prepare_market
    ),
    pipeline.read_market: task(name="read-quotes", cache_policy=NO_CACHE)(pipeline.read_market),
    pipeline.verify_batch: task(name="verify-claims", cache_policy=NO_CACHE)(pipeline.verify_batch),
    publish: task(name="publish-report", cache_policy=NO_CACHE)(publish),
}


# The stages take plain values, never futures, so their arguments are quoted: Prefect then does not
# walk them looking for futures. Unquoted, that walk (twice per task run, rebuilding every nested
# list, dict and dataclass) took longer than the stages themselves: `claimcheck run` over 10,000
# articles 128 s, quoted 68 s.


def as_task(function: Any) -> Any:
    """The stage as a task run in the flow's own thread (a direct call, never shipped elsewhere)."""

    def call(*args: Any) -> Any:
        return _TASKS[function](*(quote(value) for value in args))

    return call


def _mapped_argument(value: Any) -> Any:
    """Quoted on Prefect's thread pool. Dask ships arguments through its own serialisation, which
    turns Prefect's annotations (namedtuples) into plain tuples: there values go as they are."""
    context = FlowRunContext.get()
    return quote(value) if context and isinstance(context.task_runner, ThreadPoolTaskRunner) else value


def as_mapped_tasks(function: Any, items: list[Any], extra: tuple[Any, ...]) -> list[Any]:
    """One task run per batch, submitted to the flow's task runner (local threads or Dask)."""
    futures = _TASKS[function].map(
        [_mapped_argument(item) for item in items], *(unmapped(_mapped_argument(value)) for value in extra)
    )
    return [future.result() for future in futures]


def _options(**values: Any) -> pipeline.RunOptions:
    return pipeline.RunOptions(**values)


def publish_artifacts(results: dict[str, Any], items: list[Discrepancy], out: str, kind: str) -> None:
    """A markdown summary and a table of discrepancies, under stable keys, linking to the report."""
    counts = verdict_counts(results)
    summary = ", ".join(f"{n} {v}" for v, n in counts.items()) or "no claims"
    create_markdown_artifact(
        key=f"claimcheck-{kind}-summary",
        markdown=f"# claimcheck {kind}\n\n{counted(len(results['articles']), 'article')}, "
        f"{counted(len(results['errors']), 'error')}: "
        f"{summary}.\n\nReport: [{out}/index.html](file://{out}/index.html)\n",
        description="claimcheck run summary",
    )
    rows = [
        {
            "article": item.article,
            "claim": item.quote,
            "kind": item.kind,
            "verdict": item.verdict,
            "confirmed": item.confirmed,  # by an editor (claimcheck review); dismissed ones are not listed
            "observed": item.observed,
            "explanation": item.explanation,
        }
        for item in items
    ]
    create_table_artifact(
        key=f"claimcheck-{kind}-discrepancies",
        table=rows or [{"article": "-", "claim": "-"}],
        description="wrong and imprecise claims",
    )


def morning_message(
    results: dict[str, Any], items: list[Discrepancy], out: str, settings: Settings, lang: str = "de"
) -> dict[str, bool]:
    """The editors' message after a nightly run, in the report's language; a failed delivery is
    logged, never raised."""
    base_url = settings.report_base_url or f"file://{Path(out).resolve()}"
    subject, body = notify.morning_text(results, items, base_url, lang)
    return notify.deliver(body, subject, settings)


def housekeeping(reports: str, db: str, days: int) -> None:
    """On-demand reports, the run history in the store and the Prefect run history, older than
    `days`. Pruning the Prefect history is tidying: a failure there is logged, the run goes on."""
    retention.prune(Path(reports), Path(db), days)
    try:
        prefect_history.prune_flow_runs(datetime.now(UTC) - timedelta(days=days))
    except Exception as error:
        log.warning("retention: the Prefect run history was not pruned (%s: %s)", type(error).__name__, error)


_TASKS[morning_message] = task(name="morning-message", cache_policy=NO_CACHE)(morning_message)
_TASKS[housekeeping] = task(name="retention", cache_policy=NO_CACHE)(housekeeping)


def with_task_runner(chosen_flow: Any, settings: Settings) -> Any:
    """The flow on the configured task runner: Prefect's default, or Dask (a given scheduler
    address, or a local cluster of `dask_workers` processes)."""
    if settings.task_runner != "dask":
        return chosen_flow
    from prefect_dask.task_runners import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1, "processes": True}
        )
    return chosen_flow.with_options(task_runner=runner)


@flow(name="claimcheck-nightly")
def nightly(
    articles: str,
    out: str,
    db: str,
    offline: bool = False,
    lang: str = "de",
    batch_size: int = 250,
    reports: str | None = None,
) -> quote:
    """`reports` holds the on-demand reports pruned by retention (default: the folder of `out`).
    Returns the results document, quoted (`results_of` unwraps it)."""
    STARTED["flow_body"] = True
    options = _options(
        paths=[articles], out=out, db=db, offline=offline, kind="nightly", lang=lang, batch_size=batch_size
    )
    results = run_check(options, as_task, orchestrated=True, run_id=str(flow_run.get_id()), stage_map=as_mapped_tasks)
    items = discrepancies(results)  # built once: the artifact and the message read the same list
    publish_artifacts(results, items, out, "nightly")
    settings = Settings()
    as_task(housekeeping)(reports or str(Path(out).parent), db, settings.retention_days)
    as_task(morning_message)(results, items, out, settings, lang)
    return quote(results)


@flow(name="claimcheck-on-demand")
def on_demand(
    paths: list[str],
    out: str | None = None,
    db: str = str(DEFAULT_DB),
    offline: bool = False,
    published: str | None = None,
    lang: str = "de",
    reports: str | None = None,
) -> quote:
    """Writes <reports>/on-demand/<name>-<time>/ unless `out` names another folder; never the
    nightly report, however the run was started (CLI, `prefect deployment run`, the API).
    Returns the results document, quoted (`results_of` unwraps it)."""
    STARTED["flow_body"] = True
    root = Path(reports) if reports else Settings().reports
    if out is None or is_nightly(Path(out), root):
        if out is not None:
            log.warning("%s is the nightly report; this on-demand run writes its own folder", out)
        out = str(on_demand_report(root, paths))
    options = _options(paths=paths, out=out, db=db, offline=offline, kind="on-demand", published=published, lang=lang)
    results = run_check(options, as_task, orchestrated=True, run_id=str(flow_run.get_id()), stage_map=as_mapped_tasks)
    publish_artifacts(results, discrepancies(results), out, "on-demand")
    return quote(results)


# A flow's return value is walked by Prefect looking for futures to resolve (every list, dict and
# dataclass of it): for the results of 10,000 articles that took 7 s after the report was written.
# Quoted, it is left alone; the caller unwraps it.
def results_of(returned: quote) -> dict[str, Any]:
    """The results document a flow run returned."""
    results: dict[str, Any] = returned.unwrap()
    return results
