"""The one place Great Expectations is used: suites from expectations/suites, verdicts out.

Claims: the claims frame is validated in one pass; each expectation's meta names the
verdict of the rows it fails (result_format COMPLETE, indexed by claim_id). Quotes: the
quality suite's failures quarantine single fields, never whole rows.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pandas as pd

from claimcheck.core.quality import quality_columns
from claimcheck.paths import SUITES_DIR

log = logging.getLogger(__name__)

# GX sets the logger of its config module to INFO itself, which would print one line per context
QUIET_LOGGERS = ("great_expectations", "great_expectations.data_context.types.base")


class SuiteError(RuntimeError):
    pass


def warm_up() -> None:
    """Import GX now (2-4 s here), e.g. while a Prefect server boots, rather than in the first
    validation."""
    import great_expectations  # noqa: F401


def _new_context() -> Any:
    """A context of its own for every validation: ephemeral contexts are cheap (~3 ms, measured),
    while one shared between batches running in threads collides on suite registration and
    shares its execution engine's loaded batch. Nothing GX holds outlives the call."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def load_suite(name: str, folder: Path = SUITES_DIR) -> Any:
    """A suite from its JSON file; refuses a suite that lost an expectation while loading."""
    import great_expectations as gx

    spec = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    suite = gx.ExpectationSuite(**spec)
    if len(suite.expectations) != len(spec["expectations"]):
        raise SuiteError(
            f"{folder / (name + '.json')}: {len(spec['expectations'])} expectations written, "
            f"{len(suite.expectations)} loaded"
        )
    return suite


def _validation_definition(context: Any, name: str, suite: Any = None) -> Any:
    """The named suite (loaded from its file unless given) on a whole-dataframe batch, registered
    in `context` only, so objects resolve through their own context, never the last one created."""
    import great_expectations as gx

    suite = context.suites.add(suite if suite is not None else load_suite(name))
    asset = context.data_sources.add_pandas(f"{name}_source").add_dataframe_asset(name)
    batch = asset.add_batch_definition_whole_dataframe(f"{name}_frame")
    return context.validation_definitions.add(
        gx.ValidationDefinition(name=f"{name}_validation", data=batch, suite=suite)
    )


RUN_NAME = "claimcheck"  # GX writes '__none__' into results and Data Docs paths without one


def _run(name: str, frame: pd.DataFrame, index_columns: list[str]) -> Any:
    from great_expectations.core.run_identifier import RunIdentifier

    return _validation_definition(_new_context(), name).run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": index_columns},
        run_id=RunIdentifier(run_name=RUN_NAME),
    )


def judge(frame: pd.DataFrame) -> tuple[dict[str, str], dict[str, Any]]:
    """Verdict per claim_id from the claims suite, and the validation result as JSON."""
    if frame.empty:
        return {}, {"success": True, "results": [], "note": "no checkable claims"}
    result = _run("claims", frame, ["claim_id"])
    worst: dict[str, tuple[int, str]] = {}
    for item in result.results:
        meta = item.expectation_config.meta or {}
        verdict, order = meta["verdict"], int(meta["order"])
        for failing in item.result.get("unexpected_index_list") or []:
            key = str(failing["claim_id"])
            if key not in worst or order < worst[key][0]:
                worst[key] = (order, verdict)
    verdicts = {str(key): worst.get(str(key), (0, "accurate"))[1] for key in frame["claim_id"]}
    return verdicts, result.to_json_dict()


PER_CLAIM_MAX = 60  # each expectation of the per-claim suite costs ~13 ms here (measured): small runs only


def _per_claim_columns(claim_id: str) -> tuple[str, str]:
    return f"{claim_id} observed", f"{claim_id} band_excess"


def per_claim_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The claims frame as one row with two columns per claim (its reading, its distance from the
    band), which the per-claim suite validates. Columns, not row conditions: GX filters the frame
    with pandas' query for every row condition, which took twice as long for the same suite."""
    columns: dict[str, list[Any]] = {}
    for claim in frame.to_dict("records"):
        observed, excess = _per_claim_columns(claim["claim_id"])
        columns[observed], columns[excess] = [claim["observed"]], [claim["band_excess"]]
    return pd.DataFrame(columns, dtype="float64")


def per_claim_suite(frame: pd.DataFrame) -> Any:
    """A suite with two readable expectations per claim, for the Data Docs of a small run, run on
    `per_claim_frame`. It repeats what the claims suite decided, claim by claim; it decides
    nothing itself."""
    import great_expectations as gx
    from great_expectations.expectations.core.expect_column_values_to_be_between import ExpectColumnValuesToBeBetween
    from great_expectations.expectations.core.expect_column_values_to_not_be_null import ExpectColumnValuesToNotBeNull

    expectations: list[Any] = []
    for claim in frame.to_dict("records"):
        session = claim["session"] or "no session"
        where = f"{claim['claim_id']} ({claim['metric']}, {claim['listing'] or 'no listing'}, {session})"
        band = f"{claim['band_lo']:.6g} … {claim['band_hi']:.6g}"
        observed, excess = _per_claim_columns(claim["claim_id"])
        meta = {"claim_id": claim["claim_id"]}
        expectations += [
            ExpectColumnValuesToNotBeNull(column=observed, description=f"{where}: the data hold a reading", meta=meta),
            ExpectColumnValuesToBeBetween(
                column=excess,
                min_value=0,
                max_value=0,
                description=f"{where}: the reading lies in the claim's band {band}",
                meta=meta,
            ),
        ]
    return gx.ExpectationSuite(name="claims-one-by-one", expectations=expectations)


def data_docs(
    frame: pd.DataFrame, judged: list[dict[str, Any]] | None = None
) -> tuple[dict[str, bytes], dict[str, Any] | None]:
    """GX Data Docs of the claims validation, as files (relative path -> bytes) for the report,
    and, for a small run, the readable per-claim suite that was rendered beside it.

    A secondary, technical view, rendered into a scratch folder and read back. `judged`: the
    claims suite's results from `judge`. When they are the validation of this very frame (one
    batch, as an on-demand check of an article is), the docs are built from that stored result,
    its values escaped as the escaped frame's validation would hold them (`_as_escaped`);
    otherwise the claims suite runs again, on the escaped frame, through a checkpoint.
    """
    import tempfile

    from claimcheck.adapters.gx_views import site_views

    if frame.empty:
        return {}, None
    escaped = _escaped(frame)  # GX renders values and descriptions into HTML as they are
    stored = _as_escaped(judged[0]) if judged is not None and len(judged) == 1 else None
    context = _new_context()  # its own: the docs site and the per-claim suite touch no other run
    # Registered either way: the docs show the claims suite's own page (expectations/claims.html)
    claims = _validation_definition(context, "claims")
    readable = per_claim_suite(escaped) if len(frame) <= PER_CLAIM_MAX else None
    with tempfile.TemporaryDirectory(prefix="claimcheck-docs-") as folder:
        site = f"report-{Path(folder).name}"
        context.add_data_docs_site(
            site_name=site,
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": folder},
                **site_views(),  # GX's views, their compiled templates kept for the next report
            },
        )
        results = _stored_result(stored) if stored is not None else _validate(context, site, [claims], escaped)
        if readable is not None:
            one_by_one = _validation_definition(context, "claims-one-by-one", readable)
            results |= _validate(context, site, [one_by_one], per_claim_frame(escaped))
        _name_data_assets(context, results)
        context.build_data_docs(site_names=[site])
        files = {str(p.relative_to(folder)): p.read_bytes() for p in Path(folder).rglob("*") if p.is_file()}
    from claimcheck.adapters.gx_offline import offline_docs

    return offline_docs(files), readable.to_json_dict() if readable is not None else None


def _validate(context: Any, site: str, definitions: list[Any], frame: pd.DataFrame) -> dict[Any, Any]:
    """The definitions run through a checkpoint on the frame: its results by their store keys."""
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    indexed = {"unexpected_index_column_names": ["claim_id"]} if "claim_id" in frame else {}
    checkpoint = gx.Checkpoint(
        name=f"{definitions[0].suite.name}-{site}",
        validation_definitions=definitions,
        result_format={"result_format": "COMPLETE", **indexed},
    )
    result = checkpoint.run(
        batch_parameters={"dataframe": frame},
        run_id=RunIdentifier(run_name=RUN_NAME),
    )
    return dict(result.run_results)


def _stored_result(stored: dict[str, Any]) -> dict[Any, Any]:
    """A claims validation kept as JSON, as a GX result under the key a checkpoint gives it."""
    from great_expectations.core.expectation_validation_result import expectationSuiteValidationResultSchema
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    result = expectationSuiteValidationResultSchema.load(stored)
    run, batch = stored["meta"]["run_id"], stored["meta"].get("active_batch_definition") or {}
    key = ValidationResultIdentifier(
        expectation_suite_identifier=ExpectationSuiteIdentifier(name=stored["suite_name"]),
        run_id=RunIdentifier(run_name=run.get("run_name"), run_time=run.get("run_time")),
        # The JSON keeps no batch id; a whole-dataframe batch's is '<source>-<asset>' (GX's
        # Batch._create_id), which names the page as a checkpoint's validation names it.
        batch_identifier=result.batch_id or "-".join((batch["datasource_name"], batch["data_asset_name"])),
    )
    return {key: result}


def _as_escaped(stored: dict[str, Any]) -> dict[str, Any] | None:
    """The claims validation of a frame, as the validation of its escaped frame reads: the suite
    tests no text (only nulls and numbers), so the outcomes are the same and only the values it
    reports differ, each text escaped. GX sorts the most common unexpected values by count and
    text, so those are sorted again; None if that order cannot be rebuilt (texts among missing
    values), and the caller validates the escaped frame instead."""
    import html

    def escape(value: Any) -> Any:
        if isinstance(value, str):
            return html.escape(value)
        if isinstance(value, list):
            return [escape(item) for item in value]
        if isinstance(value, dict):
            return {key: escape(item) for key, item in value.items()}
        return value

    results = []
    for item in stored["results"]:
        result = escape(item["result"])
        counts = result.get("partial_unexpected_counts")
        if counts and counts != item["result"]["partial_unexpected_counts"]:  # an escaped text among them
            if not all(isinstance(entry.get("value"), str) for entry in counts):
                return None
            result["partial_unexpected_counts"] = sorted(counts, key=lambda entry: (-entry["count"], entry["value"]))
        results.append({**item, "result": result})
    return {**stored, "results": results}


def _name_data_assets(context: Any, run_results: dict[Any, Any]) -> None:
    """GX 1.24's validation page takes the 'Data asset' it shows from the result's batch spec,
    which a dataframe batch lacks ('Data asset: None'; GX issue #10339); the docs index reads the
    active batch definition, which has it. The stored results get the name in their batch spec
    before the docs are built from them."""
    store = context.validation_results_store
    for key, validation in run_results.items():
        asset = (validation.meta.get("active_batch_definition") or {}).get("data_asset_name")
        validation.meta["batch_spec"] = {**(validation.meta.get("batch_spec") or {}), "data_asset_name": asset}
        store.set(key, validation)


def _escaped(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text value HTML-escaped: claim ids carry article names, which may
    hold markup ('<img src=x onerror=...>.txt') that the Data Docs pages would otherwise run."""
    import html

    texts = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{c: frame[c].map(lambda v: html.escape(v) if isinstance(v, str) else v) for c in texts})


QUALITY_INPUTS = ["symbol", "session", "open", "high", "low", "close", "adj_close", "volume"]


def quality_key(quotes: pd.DataFrame, calendars: dict[str, str]) -> str:
    """What the quality suite's outcome depends on: the quoted values (not when they were fetched),
    the listings' calendars, the suite and this release. Equal keys give equal findings."""
    import hashlib

    from claimcheck import __version__

    digest = hashlib.sha256(f"{__version__}|{sorted(calendars.items())}|".encode())
    digest.update((SUITES_DIR / "quotes.json").read_bytes())
    rows = quotes[QUALITY_INPUTS].sort_values(["symbol", "session"]).astype({"session": str})
    digest.update(pd.util.hash_pandas_object(rows, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def quality_findings(quotes: pd.DataFrame, calendars: dict[str, str]) -> dict[str, Any]:
    """Run the quote-quality suite: which fields of which rows (symbol|session) it holds back, the
    notes saying so, and the validation result; plain JSON, so it can be kept and reused."""
    if quotes.empty:
        return {"held": [], "notes": [], "validation": {"success": True, "results": []}}
    frame = quality_columns(quotes, calendars)
    frame["row_key"] = frame["symbol"] + "|" + frame["session"].astype(str)
    result = _run("quotes", frame, ["row_key"])
    held: list[dict[str, Any]] = []
    notes: list[str] = []
    for item in result.results:
        meta = item.expectation_config.meta or {}
        fields = meta.get("quarantine", [])
        bad = [str(row["row_key"]) for row in item.result.get("unexpected_index_list") or []]
        if not bad:
            continue
        if fields:
            held.append({"rows": bad, "fields": list(fields)})
        what = f"{', '.join(fields)} held back" if fields else "warning"
        notes.extend(
            f"{key.replace('|', ' ')}: {what} ({meta.get('why', item.expectation_config.type)})" for key in bad
        )
    return {"held": held, "notes": notes, "validation": result.to_json_dict()}


def apply_findings(quotes: pd.DataFrame, findings: dict[str, Any]) -> tuple[pd.DataFrame, list[str], dict[str, Any]]:
    """The quotes with the held-back fields blanked (rows kept, sorted by symbol and session)."""
    if quotes.empty:
        return quotes, [], findings["validation"]
    frame = quotes.sort_values(["symbol", "session"]).copy()
    keys = frame["symbol"] + "|" + frame["session"].astype(str)
    for entry in findings["held"]:
        frame.loc[keys.isin(entry["rows"]), entry["fields"]] = float("nan")
    return frame, list(findings["notes"]), findings["validation"]


def quarantine(quotes: pd.DataFrame, calendars: dict[str, str]) -> tuple[pd.DataFrame, list[str], dict[str, Any]]:
    """Blank the fields the quality suite rejects; return the cleaned frame and what was held back."""
    return apply_findings(quotes, quality_findings(quotes, calendars))
