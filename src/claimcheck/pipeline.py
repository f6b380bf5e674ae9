"""The stages of a run as plain functions (the nodes). flows/ wires them, with or without Prefect.

Each takes and returns plain values, so Prefect can cache and retry them and tests can call
them directly.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import traceback
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from claimcheck import __version__
from claimcheck.adapters import gx_validation, store, yahoo
from claimcheck.adapters.articles import (
    ArticleError,
    LoadedArticle,
    discover,
    load_article,
    read_manifest,
    unique_names,
)
from claimcheck.core import review as core_review
from claimcheck.core.band import FRAME_COLUMNS, claims_frame
from claimcheck.core.discrepancies import counted_verdict
from claimcheck.core.explain import consistency_note, judgement
from claimcheck.core.extract import EXTRACTOR_VERSION, extract_claims
from claimcheck.core.identity import article_key, assign_stable_ids
from claimcheck.core.measure import listings_data, measure
from claimcheck.core.readings import ListingData
from claimcheck.model import Claim, ExtractedArticle, Judgement, Measurement, Published
from claimcheck.paths import SNAPSHOT_DIR
from claimcheck.rules import Rules, load_rules

log = logging.getLogger(__name__)


@dataclass
class RunOptions:
    paths: list[str]
    out: str
    db: str
    offline: bool
    kind: str = "nightly"  # nightly | on-demand
    published: str | None = None
    scan_folder: bool = True
    lang: str = "de"  # language of the HTML report
    batch_size: int = 250  # articles per extraction/verification task
    today: str = field(default_factory=lambda: date.today().isoformat())


@dataclass
class Inputs:
    articles: list[LoadedArticle]
    errors: list[dict[str, str]]


@dataclass
class MarketState:
    live: bool
    quotes_as_of: dict[str, str | None]
    unavailable: dict[str, str]
    sources: list[dict[str, object]]
    notes: list[str] = field(default_factory=list)


@dataclass
class CheckedArticle:
    article: ExtractedArticle
    judgements: dict[str, Judgement]
    charts: dict[str, list[tuple[str, float | None, float | None, float | None]]] = field(default_factory=dict)
    # (date, low, high, close) around each checkable claim's session


CHART_SESSIONS = 15  # sessions shown on each side of a claim's session


Point = tuple[str, float | None, float | None, float | None]


def chart_series(bars: pd.DataFrame) -> list[Point]:
    """(date, low, high, close) of every session held, gaps kept as None, for the report's charts."""

    def value(v: Any) -> float | None:
        return None if pd.isna(v) else float(v)

    return [
        (d.isoformat(), value(lo), value(hi), value(c))
        for d, lo, hi, c in zip(bars["session"], bars["low"], bars["high"], bars["close"], strict=True)
    ]


def chart_points(series: list[Point], positions: dict[str, int], session: str) -> list[Point]:
    """The sessions around one session."""
    at = positions.get(session)
    if at is None:
        return []
    return series[max(0, at - CHART_SESSIONS) : at + CHART_SESSIONS + 1]


def load_inputs(options: RunOptions) -> Inputs:
    """Read every input; a bad one becomes an error entry and the rest go on."""
    today = date.fromisoformat(options.today)
    option_date = date.fromisoformat(options.published) if options.published else None
    errors: list[dict[str, str]] = []
    files: dict[Path, dict[str, date]] = {}  # each file once, with its folder's manifest
    seen: set[str] = set()
    manifests: dict[Path, dict[str, date]] = {}

    def manifest_of(folder: Path) -> dict[str, date]:
        if folder not in manifests:
            manifests[folder], problems = read_manifest(folder) if folder.is_dir() else ({}, [])
            for problem in problems:
                log.warning("%s", problem)
        return manifests[folder]

    for raw in options.paths:
        path = Path(raw)
        if path.is_dir() and options.scan_folder:
            found, refused = discover(path)
            for name, text in refused:
                log.error("%s", text)
                errors.append({"article": name, "error": text})
        else:
            found = [path]
        for item in found:
            if os.path.abspath(item) in seen:
                log.warning("%s: given twice; checked once", item)
                continue
            seen.add(os.path.abspath(item))
            files[item] = manifest_of(item.parent)
    names = unique_names(list(files))
    articles: list[LoadedArticle] = []
    for path, manifest in files.items():
        try:
            article = load_article(path, option_date, manifest, today)
        except ArticleError as error:
            log.error("%s", error)
            errors.append({"article": names[path], "error": str(error)})
            continue
        article.name = names[path]
        articles.append(article)
    return Inputs(articles, errors)


@dataclass
class ArticleFailure:
    """An unexpected exception while extracting or verifying one article (a bug, not known bad
    input): it becomes that article's `errors` entry, and the other articles are still checked.
    Plain values only, so it travels back from a worker process or machine to the driver."""

    article: str  # the article's name in the run
    stage: str  # extraction | verification
    problem: str  # 'Type: first line of the message'
    traceback: str  # logged by the driver only with --verbose

    @classmethod
    def of(cls, article: str, stage: str, error: BaseException) -> ArticleFailure:
        message = (str(error).strip().splitlines() or [""])[0]
        if len(message) > MAX_PROBLEM_CHARS:  # a message quoting the whole text must not flood the report
            message = message[:MAX_PROBLEM_CHARS] + " …"
        problem = f"{type(error).__name__}: {message}" if message else type(error).__name__
        return cls(article, stage, problem, "".join(traceback.format_exception(error)))

    def entry(self, where: str) -> dict[str, str]:
        """The results.json `errors` entry; `where` is the file (its path as given)."""
        return {"article": self.article, "error": f"{where}: {self.stage} failed: {self.problem}"}


MAX_PROBLEM_CHARS = 300


def extract_or_fail(article: LoadedArticle) -> ExtractedArticle | ArticleFailure:
    """Extract one article; whatever it raises belongs to that article only."""
    try:
        return extract(article)
    except Exception as error:  # any bug: isolated to this article, said in its errors entry
        return ArticleFailure.of(article.name, "extraction", error)


def extract(article: LoadedArticle, rules: Rules | None = None) -> ExtractedArticle:
    rules = rules or load_rules()
    notes: list[str] = []
    claims, lang = extract_claims(article.scan_text, article.published, rules, notes=notes)
    assign_stable_ids(claims, article.text, article_key(article.name, article.meta))
    if len(claims) > MAX_CLAIMS_PER_ARTICLE:
        claims = _first_claims(claims, notes)
    for claim in claims:
        claim.quote = article.text[claim.span[0] : claim.span[1]]
    warnings = list(article.warnings)
    warnings.extend(f"{article.name}: {note}" for note in notes)
    warnings.extend(
        f"{article.name}: {claim.quote} ({claim.id}): {claim.after_publication_note}"
        for claim in claims
        if claim.after_publication_note is not None
    )
    return ExtractedArticle(article.name, article.text, article.published, warnings, claims, lang, dict(article.meta))


# Checking is about a millisecond per claim: a file of 100,000 figures (a data dump, not an article)
# would hold the whole run for minutes. The seeds have at most 25 claims; a 1,000,000-character
# article of real prose some 4,000.
MAX_CLAIMS_PER_ARTICLE = 10_000


def _first_claims(claims: list[Claim], notes: list[str]) -> list[Claim]:
    kept = claims[:MAX_CLAIMS_PER_ARTICLE]
    ids = {c.id for c in kept}
    for claim in kept:  # a claim of the last sentence kept may link to one left out
        claim.linked = [i for i in claim.linked if i in ids]
    notes.append(
        f"{len(claims):,} claims found; only the first {MAX_CLAIMS_PER_ARTICLE:,} (to character "
        f"{kept[-1].span[1]:,}) were checked: split the file to check the rest"
    )
    return kept


def extraction_version() -> str:
    """What a cached extraction depends on besides its article: the extractor's version, the rule tables and
    the shape of the records it returns (a cached claim of an older shape would lack a newer field, which
    its class default would then fill in silently: a typed provenance read as 'none')."""
    return f"{EXTRACTOR_VERSION}:{load_rules().digest}:{_record_shape()}"


@cache
def _record_shape() -> str:
    shape = ";".join(
        f"{record.__name__}({','.join(f'{f.name}:{f.type}' for f in fields(record))})"
        for record in (ExtractedArticle, Published, Claim)
    )
    return hashlib.sha256(shape.encode()).hexdigest()[:16]


def listings_needed(articles: list[ExtractedArticle]) -> list[str]:
    """Every listing of each company a claim names: the diagnosis reads the sister listings ('matches
    BABA, not 9988.HK'), and a German listing without data is shown via the one it mirrors."""
    rules = load_rules()
    named = {c.listing for a in articles for c in a.claims if c.listing}
    companies = {listing.company for symbol in named if (listing := rules.listing(symbol))}
    return sorted(named | {item.symbol for company in companies for item in rules.listings_of(company)})


def prepare_market(db: str, offline: bool, symbols: list[str], today: str) -> MarketState:
    """Snapshot into an empty store; live refresh when Yahoo answers; what is held per listing."""
    path = Path(db)
    store.ensure_snapshot(path, SNAPSHOT_DIR)
    rules = load_rules()
    notes: list[str] = []
    unavailable: dict[str, str] = {}
    live = False
    if offline:
        notes.append("offline mode: quotes from the snapshot only")
    elif yahoo.yahoo_reachable():
        live = True
        wanted = [rules.listing(s) for s in symbols]
        report = yahoo.refresh(path, [w for w in wanted if w], date.fromisoformat(today))
        fx_report = yahoo.refresh_fx(path, rules.fx_pairs, date.fromisoformat(today))
        unavailable.update({s: f"live fetch failed: {why}" for s, why in report.failed.items()})
        notes.append(
            f"live refresh: {len(report.requested)} listings requested, {report.rows} rows; FX: {fx_report.rows} days"
        )
        notes.extend(f"{s}: live answer partial ({why})" for s, why in report.partial.items())
        notes.extend(f"{s}: live fetch failed ({why})" for s, why in {**report.failed, **fx_report.failed}.items())
    else:
        notes.append("Yahoo Finance is not reachable: quotes from the snapshot only")
    with store.open_store(path, read_only=True) as con:
        sources = store.status(con, symbols, {item.symbol: item.calendar for item in rules.all_listings})
    for row in sources:
        if not row["rows"] and row["symbol"] in symbols:
            unavailable.setdefault(
                str(row["symbol"]),
                "no quotes are held for this listing" + (" (the offline snapshot has none)" if not live else ""),
            )
    as_of = {str(r["symbol"]): (str(r["last"]) if r["last"] else None) for r in sources}
    return MarketState(live, as_of, unavailable, sources, notes)


LISTINGS_KEPT = 8  # sets of listings built from one version of the quotes, kept in this process (a few MB each)
_LISTINGS_KEPT: dict[str, dict[str, ListingData]] = {}  # oldest first
_LISTINGS_LOCK = threading.Lock()  # runs of one process in threads (a served deployment) share the kept sets


@dataclass
class MarketData:
    """Quote and FX frames after the quality suite, read once by the driver. Batches get a copy,
    so workers (threads, processes or other machines) never open the DuckDB file."""

    quotes: pd.DataFrame
    fx: pd.DataFrame
    unavailable: dict[str, str]
    notes: list[str]
    validation: dict[str, Any]
    digest: str = ""  # of the quotes and FX rates read ('' if not known): equal digests, equal listings

    # Built once per run, not per batch: the derived euro series alone take ~0.3 s to build. And kept for the
    # process's next runs on the same quotes (on-demand checks one after another, the tests' hundreds of checks).
    @cached_property
    def listings(self) -> dict[str, ListingData]:
        rules = load_rules()
        key = f"{self.digest}|{rules.digest}" if self.digest else ""
        with _LISTINGS_LOCK:
            kept = _LISTINGS_KEPT.get(key) if key else None
        if kept is not None:
            return kept
        built = listings_data(self.quotes, rules, self.fx)
        if key:
            with _LISTINGS_LOCK:
                _LISTINGS_KEPT[key] = built
                while len(_LISTINGS_KEPT) > LISTINGS_KEPT:
                    del _LISTINGS_KEPT[next(iter(_LISTINGS_KEPT))]
        return built

    @cached_property
    def chart_series(self) -> dict[str, list[Point]]:
        return {str(sym): chart_series(bars.sort_values("session")) for sym, bars in self.quotes.groupby("symbol")}

    @cached_property
    def chart_positions(self) -> dict[str, dict[str, int]]:
        return {sym: {point[0]: i for i, point in enumerate(points)} for sym, points in self.chart_series.items()}


@dataclass
class VerifiedBatch:
    checked: list[CheckedArticle]
    frame: pd.DataFrame
    validations: list[dict[str, Any]]  # one GX validation result per claims-suite run
    failures: list[ArticleFailure] = field(default_factory=list)


def read_market(db: str, market: MarketState, symbols: list[str]) -> MarketData:
    """The quotes, the FX rates and the quote-quality suite's findings for this version of the
    quotes, read through one connection (each open costs 25-50 ms). The suite runs once per
    version of the quotes read: its findings are kept in the store under the quotes' digest and
    reused until a fetch or snapshot load changes them (it took about a second per run, more than
    judging one article)."""
    rules = load_rules()
    calendars = {item.symbol: item.calendar for item in rules.all_listings}
    with store.open_store(Path(db), read_only=True) as con:
        quotes, fx = store.read_quotes(con, symbols), store.read_fx(con)
        key = gx_validation.quality_key(quotes, calendars)
        findings = store.quote_validation(con, key)
    if findings is not None:
        log.debug("quote quality: findings of %s reused", key[:12])
    else:
        findings = gx_validation.quality_findings(quotes, calendars)
        with store.open_store(Path(db)) as con:
            store.save_quote_validation(con, key, findings)
    quotes, notes, validation = gx_validation.apply_findings(quotes, findings)
    fx_digest = hashlib.sha256(pd.util.hash_pandas_object(fx, index=False).to_numpy().tobytes()).hexdigest()
    return MarketData(quotes, fx, market.unavailable, notes, validation, f"{key}|{fx_digest}")


def verify_batch(articles: list[ExtractedArticle], data: MarketData, lang: str = "de") -> VerifiedBatch:
    """Measure every checkable claim of a batch and read its verdicts from the GX claims suite.
    If the batch raises, its halves are verified apart, down to the single article that raises:
    that one becomes an ArticleFailure and the rest of the batch is kept (k failing articles cost
    about 2·k·log2(batch size) extra suite runs, none when nothing fails). Judgements say what
    they say as catalogue messages: the report words them, so `lang` no longer changes a batch
    (kept for the flows that pass it)."""
    try:
        return _verify_together(articles, data, lang)
    except Exception as error:
        if len(articles) == 1:
            return VerifiedBatch(
                [],
                pd.DataFrame(columns=FRAME_COLUMNS),
                [],
                [ArticleFailure.of(articles[0].article, "verification", error)],
            )
        if not articles:
            raise
        half = len(articles) // 2
        parts = [verify_batch(articles[:half], data, lang), verify_batch(articles[half:], data, lang)]
        frames = [part.frame for part in parts if not part.frame.empty]
        return VerifiedBatch(
            [item for part in parts for item in part.checked],
            pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FRAME_COLUMNS),
            [v for part in parts for v in part.validations],
            [f for part in parts for f in part.failures],
        )


def _verify_together(articles: list[ExtractedArticle], data: MarketData, lang: str) -> VerifiedBatch:
    rules = load_rules()
    items: list[tuple[str, Claim, Measurement | None, Published]] = []
    measured: dict[str, dict[str, Measurement]] = {}
    listings = data.listings
    for article in articles:
        euro_view = article.language == "de"  # German readers may be quoted the euro listing
        found = measure(article.claims, listings, data.fx, rules, data.unavailable, article.published.date, euro_view)
        measured[article.article] = found
        items.extend((f"{article.article}#{c.id}", c, found.get(c.id), article.published) for c in article.claims)
    frame = claims_frame(items, rules)
    verdicts, validation = gx_validation.judge(frame)
    rows = {str(r["claim_id"]): r for r in frame.to_dict("records")}
    series, positions = data.chart_series, data.chart_positions
    checked: list[CheckedArticle] = []
    for article in articles:
        judged: dict[str, Judgement] = {}
        charts: dict[str, list[Point]] = {}
        for claim in article.claims:
            key = f"{article.article}#{claim.id}"
            verdict = verdicts[key]
            measurement = measured[article.article].get(claim.id)
            judged[claim.id] = judgement(claim, verdict, rows.get(key), measurement, rules)  # type: ignore[arg-type]
            session = rows.get(key, {}).get("session")
            if claim.listing in series and isinstance(session, str):
                charts[claim.id] = chart_points(series[claim.listing], positions[claim.listing], session)
        _check_linked_pairs(article, judged)
        checked.append(CheckedArticle(article, judged, charts))
    return VerifiedBatch(checked, frame, [validation])


MOVE_KINDS, PRICE_KINDS = ("day_change", "intraday_move", "open_move"), ("intraday_price", "last_price", "close")


def _check_linked_pairs(article: ExtractedArticle, judged: dict[str, Judgement]) -> None:
    """A move and a price in one sentence: are they consistent with the previous close held?"""
    by_id = {c.id: c for c in article.claims}
    for move in (c for c in article.claims if c.kind in MOVE_KINDS):
        for price in (by_id[i] for i in move.linked if by_id[i].kind in PRICE_KINDS):
            closes = sorted((e for e in judged[move.id].evidence if e.field == "close"), key=lambda e: e.date)
            if not closes or judged[move.id].verdict == "unverifiable":
                continue
            note = consistency_note(move, price, closes[0].value, load_rules())
            if note:
                judged[move.id].diagnosis.insert(0, note)
                judged[price.id].diagnosis.insert(0, note)


def merge_batches(batches: list[VerifiedBatch], data: MarketData) -> tuple[list[CheckedArticle], dict[str, Any]]:
    """One list of checked articles and one validation record (the claims frame re-runnable); its
    GX Data Docs are drawn with the report (`with_data_docs`)."""
    frames = [b.frame for b in batches if not b.frame.empty]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FRAME_COLUMNS)
    judged = [v for b in batches for v in b.validations]
    validation = {"claims": judged, "quotes": data.validation, "claims_frame": frame}
    return [item for b in batches for item in b.checked], validation


def with_data_docs(validation: dict[str, Any]) -> dict[str, Any]:
    """The validation record with GX's Data Docs of the claims validation and, for a small run, the
    readable per-claim suite behind them: the report's technical view, not needed for a verdict."""
    docs, one_by_one = gx_validation.data_docs(validation["claims_frame"], validation["claims"])
    return {**validation, "data_docs": docs, "claims_one_by_one": one_by_one}


def verify(
    articles: list[ExtractedArticle], db: str, market: MarketState, lang: str = "de"
) -> tuple[list[CheckedArticle], dict[str, Any], list[str]]:
    """read_market -> verify_batch -> merge_batches in one call, for one batch."""
    data = read_market(db, market, listings_needed(articles))
    checked, validation = merge_batches([_verify_together(articles, data, lang)], data)  # raises as it is
    return checked, validation, data.notes


def batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def run_info(options: RunOptions, market: MarketState, started: datetime, orchestrated: bool) -> dict[str, Any]:
    return {
        "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(),
        "kind": options.kind,
        "offline": options.offline or not market.live,
        "quotes_as_of": market.quotes_as_of,
        "sources": market.sources,
        "notes": market.notes,
        "orchestrated": orchestrated,
        "version": __version__,
        "extractor": extraction_version(),
        "db": options.db,
    }


VERDICT_COUNTS = ("accurate", "imprecise", "wrong", "unverifiable", "out_of_scope")


def run_summary(run_id: str, results: dict[str, Any], report: str, status: str) -> dict[str, Any]:
    """The history row of a run, counted from its results.json document."""
    info = results["run"]
    counts = dict.fromkeys(VERDICT_COUNTS, 0)
    for article in results["articles"]:
        for claim in article["claims"]:
            if (counted := counted_verdict(claim)) in counts:  # a finding closed by an editor is not
                counts[counted] += 1
    return {
        "run_id": run_id,
        "kind": info["kind"],
        "started": info["started"],
        "finished": info["finished"],
        "offline": info["offline"],
        "articles": len(results["articles"]),
        "errors": len(results["errors"]),
        "claims": sum(counts.values()),
        **counts,
        "report": report,
        "status": status,
    }


def record_run(
    db: str,
    run_id: str,
    info: dict[str, Any],
    results: dict[str, Any],
    report: str,
    status: str = "complete",
    texts: dict[str, str] | None = None,
) -> None:
    """Keep the run and its verdicts in the history (idempotent for one run id). A run being
    published is recorded 'incomplete' and marked 'complete' once its report is in place. With
    the articles' texts, each claim's sentence is kept too: what an editor's decision names."""
    texts = texts or {}
    claim_rows = [
        (
            run_id,
            article["article"],
            claim["id"],
            claim["kind"],
            claim["listing"],
            claim["verdict"],
            claim["value"],
            claim["observed"],
            claim["quote"],
            texts[article["article"]][slice(*claim["sentence_span"])] if article["article"] in texts else None,
        )
        for article in results["articles"]
        for claim in article["claims"]
    ]
    with store.open_store(Path(db)) as con:
        store.save_run(con, run_summary(run_id, {**results, "run": info}, report, status), claim_rows)


def apply_reviews(db: str, results: dict[str, Any]) -> None:
    """The editors' decisions that apply (the latest per claim id) attached to the run's claims."""
    from claimcheck.adapters import review

    with_decision = core_review.apply_reviews(results, review.latest_by_claim(Path(db)))
    if with_decision:
        log.info("%d claims carry an editor's decision", with_decision)


def mark_run(db: str, run_id: str, status: str) -> None:
    with store.open_store(Path(db)) as con:
        store.set_run_status(con, run_id, status)


def history(db: str, limit: int = 30) -> list[dict[str, Any]]:
    """Runs whose report was published, oldest first."""
    with store.open_store(Path(db), read_only=True) as con:
        frame = store.run_history(con, limit)
    frame["started"] = pd.to_datetime(frame["started"]).astype(str)
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]
