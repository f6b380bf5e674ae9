"""A level a quarter or a year ended at is that period's last close, for an index as for a stock ('ended the quarter at
23,880.72', 'Der Dax beendete das dritte Quartal bei 23.880,72 Punkten', 'ended the September quarter at HK$177.00',
'The DAX ended 2025 at 24,490.41'; cues.csv quarter_end, year_end with number class 'level'), and a move since a dated
record told in apposition to such a level runs to that level's day, measured from the record's high or close.

Quotes (seeds/quotes): ^GDAXI close 2025-09-30 23880.72; 2025-12-30 24490.41 (Xetra's last session of 2025);
2025-07-10 high 24639.10, close 24456.81: 23880.72 / 24639.10 - 1 = -3.08 % (from the high), -2.36 % (from the
close). 9988.HK close 2025-09-30 177.00.
"""

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

AFTER_Q3 = "2025-10-08"


def test_an_index_level_the_quarter_ended_at_is_its_last_close(tmp_path: Path) -> None:
    # before, 'ended the quarter at' named no day: the level was read as of publication and called wrong
    text = "Germany's DAX slipped 0.1% in September and ended the quarter at 23,880.72."
    claims = claims_by_quote(text, date(2025, 10, 8))
    assert claims["23,880.72"].kind == "index_level" and claims["23,880.72"].reference == {"date": "2025-09-30"}
    assert verdicts_by_quote(tmp_path, text, AFTER_Q3)["23,880.72"] == "accurate"
    altered = text.replace("23,880.72", "24,380.72")
    assert verdicts_by_quote(tmp_path, altered, AFTER_Q3)["24,380.72"] == "wrong"


def test_a_german_quarter_named_by_its_ordinal_and_a_stock_by_its_month(tmp_path: Path) -> None:
    german = "Der Dax beendete das dritte Quartal bei 23.880,72 Punkten."
    assert claims_by_quote(german, date(2025, 10, 8))["23.880,72"].reference == {"date": "2025-09-30"}
    assert verdicts_by_quote(tmp_path, german, AFTER_Q3)["23.880,72"] == "accurate"
    stock = "Alibaba's Hong Kong shares ended the September quarter at HK$177.00."
    assert claims_by_quote(stock, date(2025, 10, 8))["177.00"].kind == "close"
    assert verdicts_by_quote(tmp_path, stock, AFTER_Q3)["177.00"] == "accurate"
    assert verdicts_by_quote(tmp_path, stock.replace("177.00", "182.00"), AFTER_Q3)["182.00"] == "wrong"


def test_an_index_level_the_year_ended_at(tmp_path: Path) -> None:
    # before, a level in points (or without a unit) took no year-end cue: read as of publication, called wrong
    text = "The DAX ended 2025 at 24,490.41."
    assert claims_by_quote(text, date(2026, 1, 8))["24,490.41"].kind == "index_level"
    assert verdicts_by_quote(tmp_path, text, "2026-01-08")["24,490.41"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("24,490.41", "24,990.41"), "2026-01-08")["24,990.41"] == "wrong"


def test_a_distance_to_a_dated_record_in_apposition_runs_to_the_levels_day(tmp_path: Path) -> None:
    # before, the move ran from the record's close to publication and was called wrong
    text = "Germany's DAX ended the quarter at 23,880.72, 3.1% below its July 10 record of 24,639.10."
    claim = claims_by_quote(text, date(2025, 10, 8))["3.1"]
    assert claim.kind == "since_return" and claim.reference == {"start": "2025-07-10", "end": "2025-09-30"}
    assert claim.since_base == ("high_or_close", "2025-07-10")  # a record: the day's high or its close
    assert verdicts_by_quote(tmp_path, text, AFTER_Q3)["3.1"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("3.1%", "5.1%"), AFTER_Q3)["5.1"] == "wrong"
