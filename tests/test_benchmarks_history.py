"""`make bench` rewrites BENCHMARKS.md from its measures and keeps the section measured by hand between its runs."""

from __future__ import annotations

from benchmarks.run import HISTORY_HEADING, _kept_history
from claimcheck.paths import PROJECT_ROOT


def test_the_hand_measured_section_is_kept_whole() -> None:
    before = f"# Benchmarks\n\n| measure | result |\n\n{HISTORY_HEADING}\n\n- Ninth session: 1.94 MB/s\n"
    assert _kept_history(before) == f"\n{HISTORY_HEADING}\n\n- Ninth session: 1.94 MB/s\n"
    assert _kept_history("# Benchmarks\n\n| measure | result |\n") == ""


def test_the_committed_file_has_the_section() -> None:
    assert _kept_history((PROJECT_ROOT / "BENCHMARKS.md").read_text(encoding="utf-8")).count("session") >= 20
