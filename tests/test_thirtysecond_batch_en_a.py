"""Rules added after trying the thirty-second batch of written English articles, first set, as an editor would
(tests/golden/articles en204..en206: a Guardian business live blog, a BBC World Business Report radio transcript, a
Globe and Mail 'What to watch on markets' item). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a British live blog prints each entry's clock time on a line of its own ('8.15am GMT', then the entry's title):
# that stamp opens a ticker entry of the publication day, so the entry does not take the day an entry above it looked
# back to ('On Monday, the Nasdaq 100 rose 1.3%') ---

# ^GDAXI 2026-03-10 close 23968.63 vs 2026-03-09 23409.37 = +2.389 %
# ^NDX 2026-03-09 close 24967.25 vs 2026-03-06 24643.02 = +1.316 %
# ^HSI 2026-03-10 close 25959.90 vs 2026-03-09 25408.46 = +2.170 % (Monday's 25408.46 was -1.354 %)
# 0700.HK 2026-03-10 close 553.50 vs 2026-03-09 516.00 = +7.267 % (Monday's close 516.00 was -0.578 %)
_BLOG = """Markets live: Dax and Hang Seng rebound

Tue 10 Mar 2026 16.45 GMT

4.35pm GMT
European markets close higher

Germany's Dax closed 2.4% higher at 23,968.63.

9.10am GMT
Wall Street recap

On Monday, the Nasdaq 100 rose 1.3% in New York.

8.15am GMT
Hong Kong rallies

The Hang Seng closed 2.2% higher at 25,959.90, while Tencent jumped 7.3% to HK$553.50.
"""
_BLOG_ALTERED = _BLOG.replace("jumped 7.3% to HK$553.50", "jumped 9.3% to HK$573.50")


def test_a_stamp_on_a_line_of_its_own_opens_an_entry_of_the_publication_day() -> None:
    claims = claims_by_quote(_BLOG, date(2026, 3, 10))
    for quote in ("2.2", "25,959.90", "7.3", "553.50"):
        assert claims[quote].reference == {"date": "2026-03-10"}, quote
    assert claims["1.3"].reference == {"date": "2026-03-09"}


def test_a_blog_entry_under_its_own_stamp_is_judged_on_its_day(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _BLOG, "2026-03-10")
    assert all(verdicts[q] == "accurate" for q in ("2.2", "25,959.90", "7.3", "553.50")), verdicts
    altered = verdicts_by_quote(tmp_path, _BLOG_ALTERED, "2026-03-10")
    assert altered["9.3"] != "accurate" and altered["573.50"] != "accurate"


def test_a_bare_number_alone_on_its_line_is_no_stamp() -> None:
    # ('2.40' alone, without 'am'/'pm' or a zone, is a figure of a table's column, not a clock time)
    from claimcheck.core.extract.sentences import opens_ticker_entry, ticker_entry_time

    assert not opens_ticker_entry("2.40\nNvidia", 0)
    assert opens_ticker_entry("2.40pm GMT\nWall Street opens lower", 0)
    written = ticker_entry_time("2.40pm GMT\nWall Street opens lower", 0, date(2026, 3, 3), None)
    assert written is not None and (written.hour, written.minute, str(written.tzinfo)) == (14, 40, "UTC")
