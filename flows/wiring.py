"""The order of the stages, shared by the Prefect flows and the in-process fallback."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimcheck import pipeline
from claimcheck.adapters import report
from claimcheck.adapters.articles import LoadedArticle
from claimcheck.model import ExtractedArticle
from claimcheck.pipeline import RunOptions

Stage = Callable[[Callable[..., Any]], Callable[..., Any]]


def plain(function: Callable[..., Any]) -> Callable[..., Any]:
    return function


def extract_batch(articles: list[LoadedArticle]) -> list[ExtractedArticle]:
    return [pipeline.extract(article) for article in articles]


def publish(
    options: RunOptions,
    results: dict[str, Any],
    texts: dict[str, str],
    validation: dict[str, Any],
    charts: dict[str, Any],
    run_id: str,
) -> str:
    pipeline.record_run(options.db, run_id, results["run"], results, options.out)
    files = report.render(results, texts, pipeline.history(options.db), validation, charts, options.lang)
    report.write_report(Path(options.out), files)
    return str(Path(options.out) / "index.html")


def run_check(
    options: RunOptions,
    stage: Stage = plain,
    orchestrated: bool = False,
    run_id: str | None = None,
) -> dict[str, Any]:
    started = datetime.now(UTC)
    inputs = stage(pipeline.load_inputs)(options)
    extracted = stage(extract_batch)(inputs.articles)
    symbols = pipeline.listings_needed(extracted)
    market = stage(pipeline.prepare_market)(options.db, options.offline, symbols, options.today)
    checked, validation, quote_notes = stage(pipeline.verify)(extracted, options.db, market, options.lang)
    market.notes.extend(quote_notes)
    info = pipeline.run_info(options, market, started, orchestrated)
    info["run_id"] = run_id or uuid.uuid4().hex
    results = report.results_document(info, inputs.errors, checked)
    texts = {item.article.article: item.article.text for item in checked}
    charts = {item.article.article: item.charts for item in checked}
    stage(publish)(options, results, texts, validation, charts, info["run_id"])
    return results
