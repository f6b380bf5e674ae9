"""Small helpers shared by tests."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.paths import PROJECT_ROOT
from claimcheck.pipeline import RunOptions, load_rules
from flows.wiring import judge, run_check


def claims_by_quote(text: str, published: date) -> dict[str, Claim]:
    """The claims of a text published that day (its date given on the command line), by quote; of two
    claims with one quote, the later."""
    claims, _ = extract_claims(text, Published(published, "option"), load_rules())
    return {c.quote: c for c in claims}


def check_text(
    tmp_path: Path, text: str, published: str, name: str = "article.txt", report: bool = False, **options: Any
) -> dict[str, Any]:
    """Write one article and check it on demand, offline, in-process; return results.json. Without
    `report`, through every stage but the report's (`flows.wiring.judge`: GX judges as in a run; the
    report has tests of its own), the quotes read from one snapshot database shared by the test
    process (loaded once, its quote-quality findings kept); with it, as `claimcheck check` runs,
    into a database and report folder of its own under tmp_path."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    settings: dict[str, Any] = {
        "out": str(tmp_path / "o"),
        "db": str(tmp_path / "d.duckdb") if report else str(_shared_db()),
        "offline": True,
        "kind": "on-demand",
        **options,
    }
    run_options = RunOptions(paths=[str(article)], published=published, **settings)
    return run_check(run_options) if report else judge(run_options).results


@cache
def _shared_db() -> Path:
    """A snapshot database for the checks of one test process (read only by them, but for the quality
    findings each new set of listings adds), removed when the process ends."""
    folder = tempfile.mkdtemp(prefix="claimcheck-tests-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder) / "shared.duckdb"


def verdicts_by_quote(tmp_path: Path, text: str, published: str) -> dict[str, str]:
    """The verdicts of a text checked on demand (`check_text`), by quote; of two claims with one quote, the later."""
    return {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


def verdicts_true_and_altered(
    tmp_path: Path, template: str, published: str, true: str | Mapping[str, str], altered: str | Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The verdicts (`verdicts_by_quote`) of a template filled with the true figures and of it filled with altered
    ones, each checked in a sub-folder of its own ('true', 'altered'). A figure given as a string fills the template's
    `{x}`; a mapping fills the fields it names."""
    verdicts = []
    for folder, figures in (("true", true), ("altered", altered)):
        (tmp_path / folder).mkdir()
        fields = {"x": figures} if isinstance(figures, str) else figures
        verdicts.append(verdicts_by_quote(tmp_path / folder, template.format(**fields), published))
    return verdicts[0], verdicts[1]


@contextmanager
def lock_held(db: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the DuckDB file (opened for writing) for `seconds`."""
    script = f"import time, duckdb; c = duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep({seconds})"
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait(timeout=10)


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    """`claimcheck ARGS` in a child process, without any PREFECT_API_URL of the caller; extra
    environment variables are given as keywords."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")} | env
    return subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or PROJECT_ROOT,
        env=environment,
        timeout=timeout,
    )


def seed_claim_count() -> int:
    """How many claims the golden files list for the seed articles."""
    golden = Path(__file__).parent / "golden" / "seeds"
    return sum(len(json.loads(p.read_text(encoding="utf-8"))["claims"]) for p in golden.glob("*.json"))


def snapshot_quote_rows() -> int:
    """How many quote rows the project's snapshot holds (every listing's CSV under seeds/quotes)."""
    from claimcheck.adapters.snapshot import read_snapshot
    from claimcheck.paths import SNAPSHOT_DIR

    quotes, _ = read_snapshot(SNAPSHOT_DIR)
    return len(quotes)
