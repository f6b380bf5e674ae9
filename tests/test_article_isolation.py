"""An unexpected exception while extracting or verifying one article (any bug, not only known bad
input) becomes that article's `errors` entry naming the file; the other articles are checked as
they would be without it; exit 3. Injected in-process and on the Prefect path (the CLI)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest

from claimcheck import pipeline
from claimcheck.model import Claim
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR
from claimcheck.pipeline import RunOptions
from flows.wiring import run_check

# The article whose extraction raises carries this word; the one whose measurement raises, this price.
POISON_WORD, POISON_PRICE = "Giftwort", "177,77"

# The CLI with the same two faults injected; the run goes through Prefect (a temporary server).
INJECTED_CLI = textwrap.dedent(f"""
    import sys
    from claimcheck import pipeline
    real_extract, real_measure = pipeline.extract_claims, pipeline.measure

    def extract_claims(text, *args, **kwargs):
        if {POISON_WORD!r} in text:
            raise RuntimeError("injected extraction fault")
        return real_extract(text, *args, **kwargs)

    def measure(claims, *args, **kwargs):
        if any({POISON_PRICE!r} in claim.quote for claim in claims):
            raise ZeroDivisionError("injected measurement fault")
        return real_measure(claims, *args, **kwargs)

    pipeline.extract_claims, pipeline.measure = extract_claims, measure
    from claimcheck.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def folder_with_two_poisoned_articles(tmp_path: Path) -> Path:
    """The seeds (with their manifest) and two articles that break; a fresh marker each time, so
    no cached extraction of an earlier run answers for them."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, folder, ignore=shutil.ignore_patterns("quotes"))
    marker = uuid.uuid4().hex
    (folder / "gift-extract.txt").write_text(
        f"{POISON_WORD} {marker}: Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar.",
        encoding="utf-8",
    )
    (folder / "gift-verify.txt").write_text(
        "---\npublished: 2026-01-13\n---\n"
        f"Die Alibaba-Aktie schloss am Montag in New York bei {POISON_PRICE} US-Dollar ({marker}).",
        encoding="utf-8",
    )
    return folder


def inject_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    real_extract, real_measure = pipeline.extract_claims, pipeline.measure

    def extract_claims(text: str, *args: Any, **kwargs: Any) -> Any:
        if POISON_WORD in text:
            raise RuntimeError("injected extraction fault")
        return real_extract(text, *args, **kwargs)

    def measure(claims: list[Claim], *args: Any, **kwargs: Any) -> Any:
        if any(POISON_PRICE in claim.quote for claim in claims):
            raise ZeroDivisionError("injected measurement fault")
        return real_measure(claims, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_claims", extract_claims)
    monkeypatch.setattr(pipeline, "measure", measure)


def verdicts(results: dict[str, Any]) -> dict[str, list[tuple[str, str, float | None]]]:
    return {a["article"]: [(c["id"], c["verdict"], c["observed"]) for c in a["claims"]] for a in results["articles"]}


def expected_errors(folder: Path) -> list[dict[str, str]]:
    return [
        {
            "article": "gift-extract.txt",
            "error": f"{folder / 'gift-extract.txt'}: extraction failed: RuntimeError: injected extraction fault",
        },
        {
            "article": "gift-verify.txt",
            "error": f"{folder / 'gift-verify.txt'}: verification failed: "
            "ZeroDivisionError: injected measurement fault",
        },
    ]


@pytest.mark.parametrize("batch_size", [250, 2, 1])
def test_in_process_a_failing_article_is_an_error_and_the_others_are_checked(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed_run: dict[str, Any],
    batch_size: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = folder_with_two_poisoned_articles(tmp_path)
    inject_faults(monkeypatch)
    caplog.set_level(logging.DEBUG, logger="claimcheck")
    options = RunOptions(
        paths=[str(folder)], out=str(tmp_path / "o"), db=str(tmp_path / "c.duckdb"), offline=True, batch_size=batch_size
    )
    results = run_check(options)
    assert results["errors"] == expected_errors(folder)
    assert verdicts(results) == verdicts(seed_run["results"])  # every seed checked as without the faults
    assert (tmp_path / "o" / "index.html").is_file()
    logged = [r for r in caplog.records if r.name == "claimcheck.run"]
    assert [r.getMessage() for r in logged if r.levelno == logging.ERROR] == [
        e["error"] for e in expected_errors(folder)
    ]
    tracebacks = [r.getMessage() for r in logged if r.levelno == logging.DEBUG]  # shown only at --verbose
    assert len(tracebacks) == 2 and all(t.startswith("Traceback (most recent call last):") for t in tracebacks)
    assert "injected measurement fault" in tracebacks[1]


def test_a_batch_that_fails_keeps_its_other_articles_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_run: dict[str, Any]
) -> None:
    """verify_batch itself: the failing article is split off, the rest of its batch is judged."""
    folder = folder_with_two_poisoned_articles(tmp_path)
    (folder / "gift-extract.txt").unlink()
    inject_faults(monkeypatch)
    inputs = pipeline.load_inputs(RunOptions(paths=[str(folder)], out="", db="", offline=True))
    extracted = [pipeline.extract(article) for article in inputs.articles]
    market = pipeline.prepare_market(str(seed_run["db"]), True, pipeline.listings_needed(extracted), "2026-03-01")
    data = pipeline.read_market(str(seed_run["db"]), market, pipeline.listings_needed(extracted))
    batch = pipeline.verify_batch(extracted, data)
    assert [(f.article, f.stage, f.problem) for f in batch.failures] == [
        ("gift-verify.txt", "verification", "ZeroDivisionError: injected measurement fault")
    ]
    assert sorted(item.article.article for item in batch.checked) == sorted(verdicts(seed_run["results"]))
    assert set(batch.frame["claim_id"].str.split("#").str[0]) <= set(verdicts(seed_run["results"]))
    assert len(batch.validations) >= 2  # judged in parts, each part's validation kept


def test_on_the_prefect_path_a_failing_article_is_an_error_and_the_run_exits_3(
    tmp_path: Path, seed_run: dict[str, Any]
) -> None:
    folder = folder_with_two_poisoned_articles(tmp_path)
    out = tmp_path / "o"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    done = subprocess.run(
        [sys.executable, "-c", INJECTED_CLI, "run", "--articles", str(folder), "--offline", "--out", str(out),
         "--db", str(tmp_path / "c.duckdb")],
        capture_output=True, text=True, cwd=PROJECT_ROOT, env=environment, timeout=300,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["orchestrated"] is True
    assert results["errors"] == expected_errors(folder)
    assert verdicts(results) == verdicts(seed_run["results"])
    problems = [line for line in done.stderr.splitlines() if line.startswith(("ERROR", "CRITICAL", "Traceback"))]
    assert problems == [f"ERROR claimcheck.run: {e['error']}" for e in expected_errors(folder)]
