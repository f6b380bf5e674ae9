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


# --- British 'on' after a percentage heads the close a move is measured from ('down 2% on Monday's close'): the
# move and the level beside it are of the day in play, Monday only the base's day; and a period's move naming no day
# in a blog entry ends at the latest session its listing had opened when the entry was written, not at a later one an
# entry above it (written later) reported ---

# ^NDX 2026-03-10 open 25002.61 vs 2026-03-09 close 24967.25 = +0.142 %; high 25189.17, close 24956.47 (-0.043 %)
# (Monday 2026-03-09: open 24429.67, close 24967.25 = +1.316 % on Friday's 24643.02)
_ON_THE_CLOSE = "Tue 10 Mar 2026\n\nThe Nasdaq 100 opened at 25,002.61, up 0.1% on Monday's close."
_ON_THE_CLOSE_ALTERED = _ON_THE_CLOSE.replace("25,002.61", "24,602.61")
# NVDA 2026-03-09 close 182.64 vs 2025-12-31 close 186.50 = -2.070 % this year; 2026-03-10 close 184.76 = -0.933 %
# (a New York entry stamped 7.05am GMT on 10 March: 03:05 ET, Tuesday's session not yet open)
_ENTRY_PERIOD = """Markets live

Tue 10 Mar 2026 17.30 GMT

3.20pm GMT
Wall Street opens

Nvidia opened at $182.40, down 0.1% on last night's close.

7.05am GMT
Overnight

Nvidia is down 2.1% this year.
"""


def test_on_a_named_close_after_a_percentage_is_the_base() -> None:
    claims = claims_by_quote(_ON_THE_CLOSE, date(2026, 3, 10))
    assert claims["25,002.61"].kind == "open_price" and claims["25,002.61"].reference == {"date": "2026-03-10"}
    assert claims["0.1"].reference == {"date": "2026-03-10"}


def test_on_a_named_close_is_judged_on_the_day_in_play(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, _ON_THE_CLOSE, "2026-03-10")["25,002.61"] == "accurate"
    assert verdicts_by_quote(tmp_path, _ON_THE_CLOSE_ALTERED, "2026-03-10")["24,602.61"] != "accurate"


def test_a_period_in_an_early_entry_ends_before_a_session_not_yet_open(tmp_path: Path) -> None:
    claims = claims_by_quote(_ENTRY_PERIOD, date(2026, 3, 10))
    assert claims["2.1"].kind == "ytd_return"
    assert claims["2.1"].reference == {"start": "2026-01-01", "end": "2026-03-09"}
    assert verdicts_by_quote(tmp_path, _ENTRY_PERIOD, "2026-03-10")["2.1"] == "accurate"
    altered = _ENTRY_PERIOD.replace("down 2.1% this year", "down 4.1% this year")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-10")["4.1"] != "accurate"


# --- a section's heading in a markets briefing ('Overseas', 'Stocks to watch': a short line of words alone between
# blank lines) starts a section that does not go on from the day the section before named ('On Monday, Nvidia ...') ---

# ^HSI 2026-03-10 close 25959.90 vs 2026-03-09 25408.46 = +2.170 % (Monday's 25408.46 was -1.354 % on 25757.29)
# NVDA 2026-03-09 close 182.64 vs 2026-03-06 177.81 = +2.716 %
_SECTIONS = """What to watch on markets: Hong Kong rebounds

Published March 10, 2026, 7:10 a.m. ET

On Monday, Nvidia shares gained 2.7 per cent to US$182.64.

Overseas

In Asia, the Hang Seng index jumped 2.2 per cent to close at 25,959.90.
"""
# (26,959.90 is 3.9 % above the highest close of the five sessions up to publication, 25,959.90)
_SECTIONS_ALTERED = _SECTIONS.replace("25,959.90", "26,959.90")


def test_a_section_heading_ends_the_day_the_section_before_named() -> None:
    claims = claims_by_quote(_SECTIONS, date(2026, 3, 10))
    assert claims["2.7"].reference == {"date": "2026-03-09"}
    assert claims["25,959.90"].listing == "^HSI" and claims["25,959.90"].reference != {"date": "2026-03-09"}


def test_a_new_sections_figures_are_judged_on_the_latest_session(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _SECTIONS, "2026-03-10")
    assert verdicts["2.2"] == "accurate" and verdicts["25,959.90"] == "accurate" and verdicts["2.7"] == "accurate"
    assert verdicts_by_quote(tmp_path, _SECTIONS_ALTERED, "2026-03-10")["26,959.90"] != "accurate"


# --- 'from last Monday's close': a qualifier between the comparison word and the base's weekday ('last', 'previous')
# keeps the weekday the base's, so it dates neither the move nor the sentences after it ---

# 3690.HK 2026-03-10 close 79.10 vs 2026-03-09 78.70 = +0.508 % (Monday 2026-03-09: 78.70 vs 76.85 = +2.407 %)
_LAST_WEEKDAY_BASE = (
    "Tue 10 Mar 2026\n\nTencent's shares are up 7.7 per cent from last Monday's close. "
    "Meituan edged up 0.5 per cent to HK$79.10."
)


def test_a_qualified_weekday_after_from_is_the_base_only() -> None:
    claims = claims_by_quote(_LAST_WEEKDAY_BASE, date(2026, 3, 10))
    assert claims["0.5"].listing == "3690.HK" and claims["0.5"].reference == {"date": "2026-03-10"}


def test_the_move_after_a_qualified_base_is_judged_on_the_day_in_play(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, _LAST_WEEKDAY_BASE, "2026-03-10")["0.5"] == "accurate"
    # (a move naming no day is read on the five sessions up to publication, to the price it names too: 9.5 % is beyond
    # every one of them, the largest the move to HK$79.10 from 2026-03-05's close 74.50, +6.17 %)
    altered = _LAST_WEEKDAY_BASE.replace("up 0.5 per cent", "up 9.5 per cent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-10")["9.5"] != "accurate"
