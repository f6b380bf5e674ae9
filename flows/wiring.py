"""The order of the stages, shared by the Prefect flows and the in-process fallback."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimcheck import pipeline
from claimcheck.adapters import publication, report
from claimcheck.adapters.articles import LoadedArticle
from claimcheck.adapters.input_paths import require_articles
from claimcheck.core.discrepancies import counted
from claimcheck.model import ExtractedArticle
from claimcheck.pipeline import ArticleFailure, Inputs, RunOptions

log = logging.getLogger("claimcheck.run")  # the CLI shows claimcheck.* (debug: tracebacks) at --verbose

Stage = Callable[[Callable[..., Any]], Callable[..., Any]]
MapStage = Callable[[Callable[..., Any], list[Any], tuple[Any, ...]], list[Any]]
Progress = Callable[[str, str], None]


def no_progress(step: str, detail: str) -> None:
    """Default: say nothing. The CLI installs a rich progress display in PROGRESS."""


PROGRESS: dict[str, Progress] = {"report": no_progress}  # set by the process that drives the run


def plain(function: Callable[..., Any]) -> Callable[..., Any]:
    return function


def plain_map(function: Callable[..., Any], items: list[Any], extra: tuple[Any, ...]) -> list[Any]:
    return [function(item, *extra) for item in items]


def extract_batch(articles: list[LoadedArticle]) -> list[ExtractedArticle | ArticleFailure]:
    """Each article on its own: one that raises is an ArticleFailure and the batch goes on.
    (Cached batches of earlier releases hold ExtractedArticles only, which reads the same.)"""
    return [pipeline.extract_or_fail(article) for article in articles]


def failure_errors(failures: list[ArticleFailure], inputs: Inputs) -> list[dict[str, str]]:
    """One errors entry per failed article, naming its file; the traceback only at --verbose."""
    paths = {article.name: str(article.path) for article in inputs.articles}
    errors = []
    for failure in failures:
        entry = failure.entry(paths.get(failure.article, failure.article))
        log.error("%s", entry["error"])
        log.debug("%s", failure.traceback.rstrip())
        errors.append(entry)
    return errors


def publish(
    options: RunOptions,
    results: dict[str, Any],
    texts: dict[str, str],
    validation: dict[str, Any],
    charts: dict[str, Any],
    run_id: str,
) -> str:
    """Draw the report (GX's Data Docs of the validation with it) beside the current one, record the
    run, switch the report in, mark the run complete: a killed run leaves the previous report and,
    at most, an 'incomplete' row."""
    validation = pipeline.with_data_docs(validation)
    past = [row for row in pipeline.history(options.db) if row["run_id"] != run_id]
    this_run = pipeline.run_summary(run_id, results, options.out, "complete")
    files = report.render(results, texts, [*past, this_run][-30:], validation, charts, options.lang)
    with publication.staged(Path(options.out), files) as staged:
        pipeline.record_run(options.db, run_id, results["run"], results, options.out, status="incomplete", texts=texts)
        staged.switch(run_id)
    pipeline.mark_run(options.db, run_id, "complete")
    return str(Path(options.out) / "index.html")


@dataclass
class Judged:
    """What a run has read and judged, before anything is written."""

    results: dict[str, Any]  # the results.json document
    texts: dict[str, str]  # article -> its text
    validation: dict[str, Any]  # the GX validations the verdicts came from
    charts: dict[str, Any]  # article -> claim -> the sessions drawn around it
    run_id: str


def run_check(
    options: RunOptions,
    stage: Stage = plain,
    orchestrated: bool = False,
    run_id: str | None = None,
    stage_map: MapStage = plain_map,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Judge the articles (`judge`), then publish the report and record the run."""
    judged = judge(options, stage, orchestrated, run_id, stage_map, progress)
    stage(publish)(options, judged.results, judged.texts, judged.validation, judged.charts, judged.run_id)
    (progress or PROGRESS["report"])("report", options.out)
    return judged.results


def judge(
    options: RunOptions,
    stage: Stage = plain,
    orchestrated: bool = False,
    run_id: str | None = None,
    stage_map: MapStage = plain_map,
    progress: Progress | None = None,
) -> Judged:
    """The stages up to the results document, in order. Extraction and verification run per batch
    of articles (mapped, so a task runner may spread them); DuckDB is read and written by this
    driver only (nothing but the quote snapshot and its quality findings before the report)."""
    started = datetime.now(UTC)
    progress = progress or PROGRESS["report"]
    # Nothing to check (a missing path, an unmounted or empty folder) fails here, before the report
    # is touched: a nightly run over an unmounted folder must not replace last night's report.
    require_articles(options.paths, options.scan_folder)
    inputs = stage(pipeline.load_inputs)(options)
    progress("read", f"{counted(len(inputs.articles), 'article')}, {len(inputs.errors)} not readable")
    parts = stage_map(extract_batch, pipeline.batches(inputs.articles, options.batch_size), ())
    extracted = [item for part in parts for item in part if isinstance(item, ExtractedArticle)]
    failures = [item for part in parts for item in part if isinstance(item, ArticleFailure)]
    symbols = pipeline.listings_needed(extracted)
    found = sum(len(a.claims) for a in extracted)
    progress("extract", f"{counted(found, 'claim')} in {counted(len(extracted), 'article')}")
    market = stage(pipeline.prepare_market)(options.db, options.offline, symbols, options.today)
    data = stage(pipeline.read_market)(options.db, market, symbols)
    progress("quotes", f"{counted(len(symbols), 'listing')}: {', '.join(symbols) or '-'}")
    verified = stage_map(pipeline.verify_batch, pipeline.batches(extracted, options.batch_size), (data, options.lang))
    checked, validation = pipeline.merge_batches(verified, data)
    failures.extend(failure for batch in verified for failure in batch.failures)
    progress("verify", f"{counted(sum(len(item.judgements) for item in checked), 'claim')} judged")
    market.notes.extend(data.notes)
    info = pipeline.run_info(options, market, started, orchestrated)
    info["run_id"] = run_id or uuid.uuid4().hex
    results = report.results_document(info, inputs.errors + failure_errors(failures, inputs), checked, options.lang)
    pipeline.apply_reviews(options.db, results)  # a short read by the driver, before anything counts
    texts = {item.article.article: item.article.text for item in checked}
    charts = {item.article.article: item.charts for item in checked}
    return Judged(results, texts, validation, charts, info["run_id"])
