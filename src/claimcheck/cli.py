"""The command line: run, check, extract, quotes. Exit 0 ok, 3 some inputs failed, 2 usage, 1 failure."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck import layout
from claimcheck.core.review import REASONS
from claimcheck.settings import Settings, prefect_environment

if TYPE_CHECKING:
    from claimcheck.adapters.prefect_server import LocalServer

log = logging.getLogger("claimcheck")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT_ERRORS = 0, 1, 2, 3


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# The options' help (English, as the logs and every CLI line: the catalogues word the reports only).
HELP = {
    "articles": "the folder of articles to check (default: %(default)s)",
    "out": "the report folder, replaced as a whole (default: %(default)s)",
    "check_out": "the report folder (default: a new folder under reports/on-demand/)",
    "db": "the DuckDB database of quotes, runs and reviews (default: %(default)s)",
    "check_db": "the DuckDB database (default: CLAIMCHECK_DB; with --service, the one serve uses)",
    "offline": "no Yahoo Finance: only the quotes already stored or in seeds/quotes",
    "published": "the publication date of the articles, over any they state (YYYY-MM-DD)",
}


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {text}")
    return port


def parser(settings: Settings) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--verbose", action="store_true", default=argparse.SUPPRESS, help="show the traceback of a failure"
    )
    top = argparse.ArgumentParser(prog="claimcheck", description=__doc__, parents=[common])
    sub = top.add_subparsers(dest="command", required=True)

    def command(group: Any, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return group.add_parser(name, parents=[common], **kwargs)  # type: ignore[no-any-return]

    run = command(sub, "run", help="run the nightly flow once over a folder of articles")
    run.add_argument("--articles", type=Path, default=settings.articles, help=HELP["articles"])
    run.add_argument("--out", type=Path, default=nightly_report(settings), help=HELP["out"])
    run.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])
    run.add_argument("--offline", action="store_true", default=settings.offline, help=HELP["offline"])
    run.add_argument("--lang", choices=["de", "en"], default=settings.lang, help="report language")

    check = command(sub, "check", help="check articles on demand")
    check.add_argument("paths", nargs="+", type=Path)
    check.add_argument("--published", type=_date, help=HELP["published"])
    check.add_argument("--out", type=Path, help=HELP["check_out"])
    # None: the default database, or with --service the one `claimcheck serve` was started with
    check.add_argument("--db", type=Path, help=HELP["check_db"])
    check.add_argument("--offline", action="store_true", default=settings.offline, help=HELP["offline"])
    check.add_argument("--lang", choices=["de", "en"], default=settings.lang, help="report language")
    check.add_argument(
        "--service",
        nargs="?",
        const="",
        metavar="URL",
        help="hand the articles to the running `claimcheck serve` (its API URL; default PREFECT_API_URL)",
    )

    extract = command(sub, "extract", help="print the claims of one article as JSON")
    extract.add_argument("path", type=Path)
    extract.add_argument("--published", type=_date, help=HELP["published"])

    schedule = command(sub, "schedule", help="deployments and their schedules (no server needed)")
    schedule_sub = schedule.add_subparsers(dest="action", required=True)
    show = command(schedule_sub, "show")
    show.add_argument("--json", action="store_true")
    show.add_argument("--from", dest="start", type=_date, help="list the runs from this day on (default: now)")

    serve = command(sub, "serve", help="serve the nightly and on-demand deployments (long-running)")
    serve.add_argument("--articles", type=Path, default=settings.articles, help=HELP["articles"])
    serve.add_argument("--out", type=Path, default=nightly_report(settings), help=HELP["out"])
    serve.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])
    serve.add_argument("--offline", action="store_true", default=settings.offline, help=HELP["offline"])
    serve.add_argument(
        "--bind", default=settings.review_bind, metavar="ADDRESS", help="where the reports and review endpoint listen"
    )
    serve.add_argument(
        "--reports-port", type=_port, default=settings.review_port, metavar="PORT", help="0: any free port"
    )

    review = command(sub, "review", help="confirm, dismiss or close a finding; list or export the decisions")
    review.add_argument("claim_id", nargs="?", metavar="CLAIM-ID")
    action = review.add_mutually_exclusive_group(required=True)
    for flag, decision in (("--confirm", "confirmed"), ("--dismiss", "dismissed"), ("--correct", "corrected")):
        action.add_argument(flag, dest="decision", action="store_const", const=decision)
    action.add_argument("--list", action="store_true", help="every decision, oldest first (the audit trail)")
    action.add_argument("--export", type=Path, metavar="FILE", help="the decisions that apply, as JSON lines")
    review.add_argument("--reason", choices=REASONS, help="why a dismissed finding is no error")
    review.add_argument("--note", help="free text")
    review.add_argument("--by", metavar="NAME", help="who decides (default: $USER)")
    review.add_argument("--json", action="store_true", help="--list as JSON on stdout")
    review.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])

    merge = command(sub, "merge", help="record results.json files of runs made elsewhere in the history")
    merge.add_argument("results", nargs="+", type=Path)
    merge.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])

    quotes = command(sub, "quotes", help="the quote store")
    quotes_sub = quotes.add_subparsers(dest="action", required=True)
    status = command(quotes_sub, "status")
    status.add_argument("--json", action="store_true")
    status.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])
    refresh = command(quotes_sub, "refresh")
    refresh.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])
    importer = command(quotes_sub, "import")
    importer.add_argument("dir", type=Path, help="a folder of quote CSVs (SYMBOL.csv, FX_*.csv)")
    importer.add_argument("--db", type=Path, default=settings.db, help=HELP["db"])
    return top


def nightly_report(settings: Settings) -> Path:
    """The one report layout: the nightly report at reports/nightly (a link switched as a whole),
    on-demand reports under reports/on-demand/, the database at reports/claimcheck.duckdb, files
    shared by reports in .claimcheck-assets/ beside them; replacing one never touches the others."""
    return layout.nightly_report(settings.reports)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("claimcheck").setLevel(logging.INFO)
    settings = Settings()
    args = parser(settings).parse_args(argv)
    verbose = getattr(args, "verbose", False)
    if args.command == "check" and args.db is None and not _is_service_check(args):
        args.db = settings.db
    if args.command in ("run", "check", "serve", "extract"):  # nothing to check: said before any server starts
        from claimcheck.adapters.input_paths import problems

        given = {"check": [str(p) for p in getattr(args, "paths", [])], "extract": [str(getattr(args, "path", ""))]}
        if found := problems(given.get(args.command) or [str(args.articles)], scan_folder=args.command != "extract"):
            for line in found:
                log.error("%s", line)
            return EXIT_USAGE
    if args.command == "serve":  # the served runs' logs are what the Prefect UI shows
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    elif not verbose:  # a failed task's traceback is Prefect's to print: only with --verbose
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
    else:  # the traceback of an article that failed to be extracted or verified
        logging.getLogger("claimcheck").setLevel(logging.DEBUG)
    # The service's client opens no store (and imports neither pandas nor DuckDB); a run or check
    # launches its Prefect server before it imports them (_orchestrated).
    if args.command not in ("run", "check"):
        _set_lock_wait(settings)

    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "quotes":
            return _quotes(args)
        if args.command == "schedule":
            return _schedule(args, settings)
        if args.command == "serve":
            return _serve(args, settings)
        if args.command == "merge":
            return _merge(args)
        if args.command == "review":
            return _review(args)
        if _is_service_check(args):
            return _check_service(args, settings)
        return _orchestrated(args, settings)
    except BrokenPipeError:  # `... --json | head`: the reader has gone; quiet, as Unix tools are
        _stdout_gone()
        return EXIT_FAILED
    except Exception as error:
        if _raised(error, NOTHING_TO_CHECK):  # the paths vanished after the first look: still nothing replaced
            for line in str(error).splitlines():
                log.error("%s", line)
            return EXIT_USAGE
        if _raised(error, *NAMED_FAILURES):
            log.error("%s", error, exc_info=verbose)
            return EXIT_FAILED
        log.error(
            "the run failed: %s: %s%s",
            type(error).__name__,
            (str(error).strip().splitlines() or [""])[0],
            "" if verbose else " (--verbose shows the traceback)",
            exc_info=verbose,
        )
        return EXIT_FAILED


NOTHING_TO_CHECK = ("claimcheck.adapters.input_paths", "NothingToCheck")
# The run's own failures (and a report server that may not start) name their path or address.
NAMED_FAILURES = (
    ("claimcheck.adapters.store", "StoreError"),
    ("claimcheck.adapters.publication", "ReportNotWritten"),
    ("claimcheck.adapters.prefect_server", "ServerNotStarted"),
    ("claimcheck.adapters.review_server", "ReviewServerRefused"),
)


def _stdout_gone() -> None:
    """stdout points at /dev/null from now on: what is still buffered, flushed at exit, raises no second error."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _raised(error: Exception, *kinds: tuple[str, str]) -> bool:
    """Whether `error` is one of the named exception classes. They are looked up, not imported:
    a module never imported raised nothing, and importing the store's (pandas, DuckDB) would
    cost `check --service` a third of a second."""
    classes = tuple(getattr(sys.modules.get(module), name, None) for module, name in kinds)
    return isinstance(error, tuple(kind for kind in classes if isinstance(kind, type)))


def _set_lock_wait(settings: Settings) -> None:
    from claimcheck.adapters.store import LOCK_WAIT

    LOCK_WAIT["seconds"] = settings.lock_wait_seconds


def _is_service_check(args: argparse.Namespace) -> bool:
    return args.command == "check" and args.service is not None


def _extract(args: argparse.Namespace) -> int:
    from claimcheck import pipeline
    from claimcheck.adapters.report import extract_record

    options = pipeline.RunOptions(
        paths=[str(args.path)], out="", db="", offline=True, published=args.published, scan_folder=False
    )
    inputs = pipeline.load_inputs(options)
    if inputs.errors:  # each already said by load_inputs, naming its file
        return EXIT_INPUT_ERRORS
    article = pipeline.extract(inputs.articles[0])
    document = {
        "article": article.article,
        "published": article.published.date.isoformat() if article.published.date else None,
        "published_source": article.published.source,
        "published_at": article.published.at.isoformat() if article.published.at else None,
        "warnings": article.warnings,
        "claims": [extract_record(c) for c in article.claims],
    }
    json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_OK


def _quotes(args: argparse.Namespace) -> int:
    from claimcheck.adapters import snapshot, store, yahoo
    from claimcheck.paths import SNAPSHOT_DIR
    from claimcheck.rules import load_rules

    rules = load_rules()
    if args.action == "status" and _no_database(args.db):
        return EXIT_USAGE
    if args.action == "import":
        if not args.dir.is_dir():
            log.error("%s: %s", args.dir, "not a folder" if args.dir.exists() else "no such folder")
            return EXIT_USAGE
        quotes, fx, refused = snapshot.read_snapshot_files(args.dir)
        for problem in refused:
            log.error("%s", problem)
        if quotes.empty and fx.empty and not refused:
            log.error("%s: the folder holds no quote file (SYMBOL.csv, FX_*.csv); nothing imported", args.dir)
            return EXIT_USAGE
        store.ensure_snapshot(args.db, SNAPSHOT_DIR)
        with store.open_store(args.db) as con:
            rows = store.upsert_quotes(con, quotes, replace=True) + store.upsert_fx(con, fx, replace=True)
        log.info("imported %d rows from %s%s", rows, args.dir, f"; {len(refused)} files refused" if refused else "")
        return EXIT_INPUT_ERRORS if refused else EXIT_OK
    store.ensure_snapshot(args.db, SNAPSHOT_DIR)
    if args.action == "refresh":
        if not yahoo.yahoo_reachable():
            log.error("Yahoo Finance is not reachable; nothing refreshed (the store is unchanged)")
            return EXIT_FAILED
        stocks = [item for item in rules.listings]
        result = yahoo.refresh(args.db, stocks, date.today())
        log.info("requested %s; %d rows; failed: %s", result.requested, result.rows, result.failed)
        return EXIT_OK if not result.failed else EXIT_INPUT_ERRORS
    with store.open_store(args.db, read_only=True) as con:
        rows_out = store.status(
            con,
            [item.symbol for item in rules.listings],
            {item.symbol: item.calendar for item in rules.listings},
        )
    if args.json:
        json.dump(rows_out, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("symbol", "first", "last", "rows", "source", "last fetch", "gaps")
        for row in rows_out:
            cells = [
                str(row[k]) if row[k] is not None else "–"
                for k in ("symbol", "first", "last", "rows", "source", "last_fetch")
            ]
            table.add_row(*cells, ", ".join(row["gaps"]) or "–")  # type: ignore[arg-type]
        Console(width=200).print(table)
    return EXIT_OK


def _no_database(db: Path) -> bool:
    """A command that only reads says so, rather than creating a new database at a mistyped path."""
    if db.exists():
        return False
    log.error("no such database: %s", db)
    return True


def _schedule(args: argparse.Namespace, settings: Settings) -> int:
    from zoneinfo import ZoneInfo

    from claimcheck.adapters.orchestration import schedule_table

    zone = ZoneInfo(settings.timezone)
    start = datetime.fromisoformat(args.start).replace(tzinfo=zone) if args.start else datetime.now(zone)
    table = schedule_table(settings, start)
    if args.json:
        json.dump(table, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for row in table:
        when = ", ".join(row["next_runs"]) or "on demand only"  # type: ignore[arg-type]
        print(f"{row['deployment']}: cron {row['cron'] or '-'} ({row['timezone'] or '-'}); next: {when}")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    """The single writer for runs made on other machines: each results.json becomes a history row."""
    from claimcheck import pipeline

    failed = 0
    for path in args.results:
        try:
            results = json.loads(path.read_text(encoding="utf-8"))
            run = results["run"]
            pipeline.record_run(str(args.db), run["run_id"], run, results, str(path.parent))
            log.info("%s: run %s recorded", path, run["run_id"])
        except (OSError, ValueError, KeyError) as error:
            log.error("%s: not a claimcheck results.json (%s)", path, error)
            failed += 1
    return EXIT_INPUT_ERRORS if failed else EXIT_OK


def _review(args: argparse.Namespace) -> int:
    """An editor's decision on one finding, or the decisions listed or exported."""
    from claimcheck.adapters import review
    from claimcheck.core.review import ReviewRefused

    if bool(args.decision) != bool(args.claim_id):
        log.error("review: %s", "name the CLAIM-ID to decide on" if args.decision else "CLAIM-ID goes with a decision")
        return EXIT_USAGE
    if args.decision:
        try:
            made = review.record(
                args.db, args.claim_id, args.decision, args.reason, args.note, args.by or review.editor(), "cli"
            )
        except ReviewRefused as error:
            log.error("review: %s", error)
            return EXIT_USAGE
        log.info("%s: %s by %s at %s", args.claim_id, made["decision"], made["by"], made["at"])
        return EXIT_OK
    if _no_database(args.db):  # listing and exporting only read: a mistyped --db creates nothing
        return EXIT_USAGE
    if args.export:
        lines = review.export_lines(args.db)
        try:
            args.export.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        except OSError as error:
            log.error("%s: the export cannot be written (%s)", args.export, error.strerror or error)
            return EXIT_FAILED
        log.info("%s: %d decisions written", args.export, len(lines))
        return EXIT_OK
    rows = review.decisions(args.db)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return EXIT_OK
    for row in rows:
        why = f" ({row['reason']})" if row["reason"] else ""
        note = f" – {row['note']}" if row["note"] else ""
        print(
            f"{row['decided_at']}  {row['claim_id']}  {row['decision']}{why}  by {row['decided_by']} via {row['via']}  "
            f"{row['article']}: '{row['quote']}' [{row['verdict']}]{note}"
        )
    return EXIT_OK


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    """The one long-running process: a Prefect server with its UI (unless PREFECT_API_URL names
    one), the two deployments served, everything it started stopped on SIGTERM or SIGINT."""
    from claimcheck.adapters import prefect_server, review_server

    if problem := review_server.unguarded(args.bind, settings):  # said at once, before any server starts
        log.error("serve: %s", problem)
        return EXIT_USAGE
    if not 0 <= args.reports_port <= 65535:  # CLAIMCHECK_REVIEW_PORT; --reports-port is checked by the parser
        log.error("serve: not a port number (0-65535): %s", args.reports_port)
        return EXIT_USAGE
    prefect_environment(settings)
    os.environ["PREFECT_RUNNER_POLL_FREQUENCY"] = str(settings.runner_poll_seconds)
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "claimcheck")  # its lines in the runs' logs
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")  # ... and only there
    server = None
    if not os.environ.get("PREFECT_API_URL"):  # started before Prefect is imported: it reads the URL once
        server = prefect_server.start(settings.server_host, settings.server_port, settings.prefect_home)
        os.environ["PREFECT_API_URL"], os.environ["PREFECT_UI_URL"] = server.api_url, server.ui_url
    api_url = os.environ["PREFECT_API_URL"]
    ui_url = os.environ.get("PREFECT_UI_URL") or api_url.removesuffix("/").removesuffix("/api")
    log.info("Prefect UI: %s (API %s%s)", ui_url, api_url, f"; server log {server.log_path}" if server else "")
    log.info(
        "trigger from another shell: PREFECT_API_URL=%s prefect deployment run claimcheck-on-demand/on-demand "
        "--param 'paths=[\"/path/article.txt\"]'   or: claimcheck check --service %s PATH",
        api_url,
        api_url,
    )

    def hard_stop() -> None:
        prefect_server.stop_children()
        if server is not None:
            prefect_server.stop(server)

    reports = None
    try:
        reports = review_server.serve_reports(args.out, args.db, args.bind, args.reports_port, settings)
        from flows.serve import serve_deployments

        serve_deployments(
            settings, str(args.articles.resolve()), str(args.out), str(args.db.resolve()), args.offline, hard_stop
        )
    finally:
        if reports is not None:
            reports.stop()
        if server is not None:
            prefect_server.stop(server)
        prefect_server.stop_children()
        log.info("stopped")
    return EXIT_OK


def _check_service(args: argparse.Namespace, settings: Settings) -> int:
    """The articles checked by the running service; this process only waits and prints."""
    from claimcheck.adapters import service_client

    api_url = args.service or os.environ.get("PREFECT_API_URL")
    if not api_url:
        log.error("--service needs the service's API URL: give it, or set PREFECT_API_URL")
        return EXIT_USAGE
    paths = [str(p.resolve()) for p in args.paths]
    # Without --out or --db: the served deployment's folders (set by the client), not this
    # shell's defaults, so the report lands where serve serves it and reviews find its claims.
    parameters = {
        "paths": paths,
        "out": str(args.out.resolve()) if args.out else None,
        "db": str(args.db.resolve()) if args.db else None,
        "offline": args.offline,
        "published": args.published,
        "lang": args.lang,
    }
    try:
        run_id, results = service_client.check(api_url, parameters)
    except service_client.ServiceError as error:
        log.error("%s", error)
        return EXIT_FAILED
    log.info("checked by the service (flow run %s)", run_id)
    _summary(results, Path(parameters["out"]))
    return EXIT_INPUT_ERRORS if results["errors"] else EXIT_OK


def _orchestrated(args: argparse.Namespace, settings: Settings) -> int:
    from claimcheck.adapters import prefect_server

    prefect_environment(settings)
    server = None
    if not os.environ.get("PREFECT_API_URL"):  # before Prefect is imported: it reads the URL once
        # Launched first, before pandas and DuckDB are imported: its boot (some 3.5 s) is what
        # this process waits for once Prefect and GX are imported.
        server = prefect_server.launch_temporary(settings.prefect_home)
        os.environ["PREFECT_API_URL"] = server.api_url
    try:
        options = _run_options(args, settings)
        results = _run_flow(options, settings, server)
    finally:
        if server is not None:
            _flush_prefect()
            prefect_server.stop(server)
    _summary(results, Path(options.out))
    return EXIT_INPUT_ERRORS if results["errors"] else EXIT_OK


def _run_options(args: argparse.Namespace, settings: Settings) -> Any:
    """The run's options, once its database opens (locked, corrupt or too new: said now, before
    any work; an older file is migrated)."""
    from claimcheck import pipeline
    from claimcheck.adapters import store

    _set_lock_wait(settings)
    db = str(args.db.resolve())
    with store.open_store(Path(db)):
        pass
    if args.command == "run":
        out = args.out
        if out == nightly_report(settings):
            from claimcheck.adapters.publication import adopt_plain_report

            if adopt_plain_report(settings.reports, out):
                log.info("the report of an older release in %s now lives at %s", settings.reports, out)
        return pipeline.RunOptions(
            paths=[str(args.articles)],
            out=str(out),
            db=db,
            offline=args.offline,
            kind="nightly",
            lang=args.lang,
        )
    out = args.out or layout.on_demand_report(settings.reports, [str(p) for p in args.paths])
    return pipeline.RunOptions(
        paths=[str(p) for p in args.paths],
        out=str(out),
        db=db,
        offline=args.offline,
        kind="on-demand",
        published=args.published,
        lang=args.lang,
    )


def _flush_prefect() -> None:
    """The run's last logs and events go to the temporary server before it stops: sent at exit
    instead, they would wait on a server that is gone (about 1.5 s of retries here)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=5)


STEPS = ("read", "extract", "quotes", "verify", "report")


def _run_flow(options: Any, settings: Settings, server: LocalServer | None = None) -> dict[str, Any]:
    """Through Prefect; if its server cannot start, the same stages in-process, said clearly."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    from flows import wiring

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[detail]}"),
        console=Console(stderr=True),
        transient=False,
    ) as bar:
        job = bar.add_task("claimcheck", total=len(STEPS), detail="starting")

        def report(step: str, detail: str) -> None:
            bar.update(job, completed=STEPS.index(step) + 1, detail=f"{step}: {detail}")
            bar.console.print(f"[{STEPS.index(step) + 1}/{len(STEPS)}] {step}: {detail}", highlight=False)

        wiring.PROGRESS["report"] = report
        try:
            return _run_flow_steps(options, settings, server)
        finally:
            wiring.PROGRESS["report"] = wiring.no_progress


def _run_flow_steps(options: Any, settings: Settings, server: LocalServer | None = None) -> dict[str, Any]:
    """`server`: the temporary Prefect server launched for this run, still booting; Prefect and
    GX are imported meanwhile (some 4 s) and the rule tables read (about 1 s, which the run
    needs first thing anyway), then the run waits for it."""
    from claimcheck.adapters import gx_validation, prefect_server
    from claimcheck.rules import load_rules
    from flows import nightly as flows
    from flows.wiring import run_check

    gx_validation.warm_up()
    load_rules()
    common = {"out": options.out, "db": options.db, "offline": options.offline, "lang": options.lang}
    results: dict[str, Any]
    try:
        if server is not None:
            timeout = float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or 60)
            prefect_server.wait_healthy(server, timeout)
        with _without_heartbeats(server is not None):
            if options.kind == "nightly":
                returned = flows.with_task_runner(flows.nightly, settings)(
                    articles=options.paths[0], batch_size=settings.batch_size, **common
                )
            else:
                returned = flows.with_task_runner(flows.on_demand, settings)(
                    paths=options.paths, published=options.published, **common
                )
        results = flows.results_of(returned)
        return results
    except Exception as error:
        if flows.STARTED["flow_body"]:
            raise
        log.error(
            "Prefect could not start (%s: %s); running the same steps in-process, without a Prefect run record",
            type(error).__name__,
            error,
        )
        return run_check(options, orchestrated=False)


def _without_heartbeats(temporary_server: bool) -> contextlib.AbstractContextManager[Any]:
    """No flow-run heartbeats to a temporary server: it lives as long as this run and runs none
    of the services that read them (they tell crashed runs). A server of the user's
    (PREFECT_API_URL) keeps them."""
    from claimcheck.adapters.orchestration import without_heartbeats

    return without_heartbeats() if temporary_server else contextlib.nullcontext()


def _summary(results: dict[str, Any], out: Path) -> None:
    from claimcheck.core.discrepancies import counted, verdict_counts

    parts = ", ".join(f"{n} {v}" for v, n in verdict_counts(results).items())
    log.info(
        "%s, %s: %s -> %s",
        counted(len(results["articles"]), "article"),
        counted(len(results["errors"]), "error"),
        parts or "no claims",
        out / "index.html",
    )


def entry() -> None:
    """The `claimcheck` command: main(), then out at once. Everything is written and closed when
    main returns; tearing down an interpreter that imported Prefect, pandas and GX takes 1.5-3 s
    here, a fifth of a one-article check. Queued Prefect logs and events are sent first."""
    code = main()
    _flush_prefect()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
