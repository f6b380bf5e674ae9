"""The GX suites load whole and really judge: verdicts come out of the validation result."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest

from claimcheck.adapters import gx_validation
from claimcheck.paths import SUITES_DIR


@pytest.mark.parametrize("name", ["claims", "quotes"])
def test_every_suite_loads_with_all_expectations(name: str) -> None:
    spec = json.loads((SUITES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert len(gx_validation.load_suite(name).expectations) == len(spec["expectations"])


def test_claims_suite_reads_verdicts_from_failures() -> None:
    nan = float("nan")
    frame = pd.DataFrame(
        {
            "claim_id": ["inside", "close", "far", "nodata", "no_session", "scope", "derived_near"],
            "scope_reason": [None, None, None, None, None, "a forecast", None],
            "observed": [1.0, 1.0, 1.0, nan, 1.0, nan, 1.0],
            "readings": [3, 1, 5, 0, 0, 0, 2],
            "band_excess": [0.0, 0.2, 3.0, nan, 3.0, nan, 3.0],
            # the tolerance, plus the derived bound when the nearest reading is derived
            "allowance": [0.5, 0.5, 0.5, nan, nan, nan, 4.0],
        }
    )
    verdicts, result = gx_validation.judge(frame)
    assert verdicts == {
        "inside": "accurate",
        "close": "imprecise",
        "far": "wrong",
        "nodata": "unverifiable",
        "no_session": "unverifiable",  # no permitted reading, however far the nearest one lies
        "scope": "out_of_scope",
        "derived_near": "imprecise",  # beyond the tolerance, within the derived bound
    }
    assert result["success"] is False


def test_quote_quality_quarantines_fields_not_rows() -> None:
    quotes = pd.DataFrame(
        {
            "symbol": ["BABA", "BABA", "BABA"],
            "session": [
                pd.Timestamp("2026-01-12").date(),
                pd.Timestamp("2026-01-13").date(),
                pd.Timestamp("2026-01-17").date(),
            ],  # a Saturday
            "open": [157.47, 165.5, 160.0],
            "high": [150.0, 170.68, 161.0],
            "low": [157.47, 164.91, 159.0],
            "close": [166.31, 167.01, 160.5],
            "adj_close": [166.31, 167.01, 160.5],
            "volume": [1.0, 2.0, 3.0],
            "source": "test",
            "provenance": "test",
            "fetched_at": pd.Timestamp("2026-01-20"),
        }
    )
    cleaned, notes, _ = gx_validation.quarantine(quotes, {"BABA": "XNYS"})
    first = cleaned.iloc[0]
    assert pd.isna(first["high"]) and pd.isna(first["low"]) and first["close"] == 166.31  # high < low
    assert cleaned.iloc[1]["close"] == 167.01  # a sound row is untouched
    assert pd.isna(cleaned.iloc[2]["close"])  # not a trading day: held back
    assert any("2026-01-17" in n for n in notes)


def test_duplicate_days_and_flat_half_days_are_held_back() -> None:
    day = pd.Timestamp("2025-12-24").date()  # an HKEX half day
    quotes = pd.DataFrame(
        {
            "symbol": ["9988.HK", "9988.HK", "BABA", "BABA"],
            "session": [day, pd.Timestamp("2025-12-23").date(), day, day],
            "open": [146.1, 146.7, 148.0, 148.1],
            "high": [146.1, 148.0, 149.0, 149.1],
            "low": [146.1, 146.4, 147.0, 147.1],
            "close": [146.1, 147.2, 148.5, 148.6],
            "adj_close": [146.1, 147.2, 148.5, 148.6],
            "volume": [0.0, 1.0, 1.0, 1.0],
            "source": "test",
            "provenance": "test",
            "fetched_at": pd.Timestamp("2026-01-20"),
        }
    )
    cleaned, notes, _ = gx_validation.quarantine(quotes, {"9988.HK": "XHKG", "BABA": "XNYS"})
    half_day = cleaned[(cleaned["symbol"] == "9988.HK") & (cleaned["session"] == day)].iloc[0]
    assert pd.isna(half_day["high"]) and half_day["close"] == 146.1  # the close of a half day stays usable
    assert cleaned[cleaned["symbol"] == "BABA"]["close"].isna().all()  # two rows for one day: neither is trusted
    assert any("BABA 2025-12-24" in n for n in notes)


def test_a_runs_claim_suite_reruns_on_its_own(seed_run: dict) -> None:
    """Plain GX, no claimcheck code: the saved suite on the saved frame gives the same failures."""
    import great_expectations as gx

    out = seed_run["out"] / "gx"
    spec = json.loads((out / "claims-suite.json").read_text(encoding="utf-8"))
    frame = pd.read_csv(out / "claims-frame.csv")
    context = gx.get_context(mode="ephemeral")
    suite = context.suites.add(gx.ExpectationSuite(**{**spec, "name": "rerun"}))
    batch = context.data_sources.add_pandas("rerun").add_dataframe_asset("f").add_batch_definition_whole_dataframe("b")
    result = gx.ValidationDefinition(name="rerun", data=batch, suite=suite).run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["claim_id"]},
    )
    failing: dict[str, set[str]] = {}
    for item in result.results:
        rows = {str(row["claim_id"]) for row in item.result.get("unexpected_index_list") or []}
        failing.setdefault(item.expectation_config.meta["verdict"], set()).update(rows)
    verdicts = {f"{a['article']}#{c['id']}": c["verdict"] for a in seed_run["results"]["articles"] for c in a["claims"]}

    def having(*names: str) -> set[str]:
        return {k for k, v in verdicts.items() if v in names}

    assert failing["out_of_scope"] == having("out_of_scope")
    assert failing["unverifiable"] == having("unverifiable", "out_of_scope")
    assert failing["wrong"] == having("wrong")
    # outside the band: the wrong and imprecise ones, and unverifiable ones whose nearest reading is shown
    assert having("wrong", "imprecise") <= failing["imprecise"] <= having("wrong", "imprecise", "unverifiable")
    assert (seed_run["out"] / "gx" / "data-docs" / "index.html").is_file()


def test_a_small_runs_readable_per_claim_suite_reruns_and_agrees_with_the_verdicts(seed_run: dict) -> None:
    """Beside the one-pass claims suite, a small run saves a suite of two named expectations per
    claim (a reading is held; it lies in the band). Re-run with plain GX on the saved frame, a
    claim passes both exactly when its verdict is accurate; the Data Docs render it."""
    import great_expectations as gx

    out = seed_run["out"] / "gx"
    spec = json.loads((out / "claims-one-by-one-suite.json").read_text(encoding="utf-8"))
    frame = pd.read_csv(out / "claims-frame.csv")
    assert len(spec["expectations"]) == 2 * len(frame)
    assert spec["expectations"][1]["description"].startswith(f"{frame['claim_id'][0]} ({frame['metric'][0]}, ")
    context = gx.get_context(mode="ephemeral")
    suite = context.suites.add(gx.ExpectationSuite(**{**spec, "name": "rerun-one-by-one"}))
    batch = context.data_sources.add_pandas("r").add_dataframe_asset("f").add_batch_definition_whole_dataframe("b")
    result = gx.ValidationDefinition(name="rerun", data=batch, suite=suite).run(
        batch_parameters={"dataframe": gx_validation.per_claim_frame(frame)}
    )
    failed = {item.expectation_config.meta["claim_id"] for item in result.results if not item.success}
    verdicts = {f"{a['article']}#{c['id']}": c["verdict"] for a in seed_run["results"]["articles"] for c in a["claims"]}
    assert failed == {key for key in frame["claim_id"] if verdicts[key] != "accurate"}
    assert failed and len(failed) < len(frame)  # both outcomes occur in the seeds
    assert list((out / "data-docs" / "expectations").glob("claims-one-by-one.html"))


def test_data_docs_name_their_data_asset_and_run(seed_run: dict) -> None:
    """Each validation page says which frame it validated and in which run: GX 1.24 rendered a
    dataframe batch as 'Data asset: None' and an unnamed run as '__none__'."""
    docs = seed_run["out"] / "gx" / "data-docs"
    pages = sorted((docs / "validations").rglob("*.html"))
    assert {page.relative_to(docs / "validations").parts[0] for page in pages} == {"claims", "claims-one-by-one"}
    for page in pages:
        text = page.read_text(encoding="utf-8")
        suite = page.relative_to(docs / "validations").parts[0]
        assert f"Data asset: {suite}<br>" in text and "Data asset: None" not in text
        assert "/claimcheck/" in page.as_posix() and "__none__" not in page.as_posix()


def _docs_frame(first_id: str) -> pd.DataFrame:
    """Three claims of one listing and session: accurate, imprecise, without a reading."""
    nan = float("nan")
    return pd.DataFrame(
        {
            "claim_id": [first_id, "b.txt#c2", "b.txt#c3"],
            "observed": [1.0, 1.0, nan],
            "scope_reason": None,
            "readings": [3, 1, 0],
            "band_excess": [0.0, 0.2, nan],
            "allowance": [0.5, 0.5, nan],
            "session": ["2026-01-12", "2026-01-12", None],
            "metric": "close",
            "listing": "BABA",
            "band_lo": [0.5, 0.5, 0.5],
            "band_hi": [1.5, 0.8, 1.5],
        }
    )


def _pages(docs: dict[str, bytes]) -> dict[str, bytes]:
    """The docs' validation pages by suite, their run times, scratch-folder names and data
    fingerprints left out."""
    import re

    stamp = re.compile(
        rb"\d{8}T\d{6}\.\d+Z|\d{4}-\d\d-\d\d[ T][\d:.]+( UTC|Z|\+00:00)?|claimcheck-docs-\w+|>[0-9a-f]{32}<"
    )
    return {name.split("/")[1]: stamp.sub(b"", page) for name, page in docs.items() if name.startswith("validations/")}


def _counted_validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the suites the Data Docs validate from now on, in order."""
    validated: list[str] = []
    validate = gx_validation._validate

    def counted(context: object, site: str, definitions: list[Any], frame: pd.DataFrame) -> object:
        validated.extend(definition.suite.name for definition in definitions)
        return validate(context, site, definitions, frame)

    monkeypatch.setattr(gx_validation, "_validate", counted)
    return validated


def test_data_docs_built_from_the_stored_claims_validation_equal_a_second_validation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The claims validation `judge` kept renders the same pages as validating the frame again, and
    the claims suite then runs once, not twice (the per-claim suite still runs for its own page)."""
    frame = _docs_frame("a.txt#c1")
    _, judged = gx_validation.judge(frame)
    again, readable_again = gx_validation.data_docs(frame)
    validated = _counted_validations(monkeypatch)
    stored, readable = gx_validation.data_docs(frame, [judged])
    assert validated == ["claims-one-by-one"]
    assert set(_pages(stored)) == {"claims", "claims-one-by-one"}
    assert _pages(stored) == _pages(again)
    assert _page_names(stored) == _page_names(again)
    assert b"b.txt#c2" in _pages(stored)["claims"]  # the imprecise claim is listed as failing
    assert readable is not None and readable_again is not None
    assert len(readable["expectations"]) == len(readable_again["expectations"]) == 6


def test_data_docs_of_a_frame_that_needs_escaping_equal_its_escaped_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored result holds the raw values: a claim id with markup and scope reasons with '&' and
    an apostrophe (whose order GX's most-common list changes once escaped) are rendered as the
    validation of the escaped frame renders them, without validating the claims suite again."""
    frame = pd.concat([_docs_frame("<img src=x onerror=alert(1)>.txt#c1")] * 2, ignore_index=True)
    frame["claim_id"] = frame["claim_id"] + ["", "", "", "a", "b", "c"]
    frame["scope_reason"] = [None, None, None, "a&b: not market data", "an analyst's target", "a&b: not market data"]
    _, judged = gx_validation.judge(frame)
    again, _ = gx_validation.data_docs(frame)
    validated = _counted_validations(monkeypatch)
    docs, _ = gx_validation.data_docs(frame, [judged])
    assert validated == ["claims-one-by-one"]
    assert b"<img src=x" not in _pages(docs)["claims"]
    assert b"an analyst&#x27;s target" in _pages(docs)["claims"]
    assert _pages(docs) == _pages(again)
    assert _page_names(docs) == _page_names(again)  # '.../claims/claimcheck/<time>/claims_source-claims.html'


def _page_names(docs: dict[str, bytes]) -> list[str]:
    import re

    return sorted(re.sub(r"\d{8}T\d{6}\.\d+Z", "<time>", name) for name in docs)
