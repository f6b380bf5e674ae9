"""The German listing's code path, on a SYNTHETIC fixture (tests/fixtures/synthetic-german-listing).

The real snapshot holds no AHLA.F data; these invented rows only prove that, once data for
the listing exists (as with a live fetch), its claims are measured and judged like any other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR
from claimcheck.pipeline import RunOptions
from flows.wiring import run_check

FIXTURE = Path(__file__).parent / "fixtures" / "synthetic-german-listing"


def test_german_listing_claims_are_judged_once_data_exists(tmp_path: Path) -> None:
    db = tmp_path / "german.duckdb"
    imported = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "quotes", "import", str(FIXTURE), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    options = RunOptions(
        paths=[str(SEEDS_DIR / "001_d027b862ed40befe.txt")],
        out=str(tmp_path / "o"),
        db=str(db),
        offline=True,
        published="2026-01-14",
        kind="on-demand",
    )
    claims = {c["quote"]: c for c in run_check(options)["articles"][0]["claims"]}
    close = claims["145,80"]
    assert (close["listing"], close["verdict"], close["observed"]) == ("AHLA.F", "accurate", 145.8)
    assert close["evidence"][0]["source"].startswith("snapshot")
    week = claims["15"]  # 145.80 / 126.80 (2026-01-06, five Frankfurt sessions earlier) - 1 = +14.98 %
    assert week["verdict"] == "accurate" and abs(week["observed"] - 14.9842) < 1e-3
    distance = claims["10"]  # seven synthetic sessions cannot give a 52-week high
    assert distance["verdict"] == "unverifiable" and "52 Wochen" in distance["explanation"]
