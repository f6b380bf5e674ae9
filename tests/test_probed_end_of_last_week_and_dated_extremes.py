"""Probes from tester100's English articles (en231 moomoo, en232 Schwab, en233 Finimize).

'tumbling 2.5% at the end of last week' tells the week's last session, not the week: 'last week' after 'end of'
is no week_return cue (cues.csv; before, Friday's -2.48 % was set against the week's -3.97 % and a true figure
could be called wrong). A weekday's possessive may name the extreme's window or rank between it and the noun
('rebounding from Friday's 52-week low of HK$94.05', "Friday's record closing high of $212.19"): it dates that
level only, as "Friday's low of" does (bindings._POSSESSIVE_EXTREME; before, the low was read on the article's
Monday and the day's move beside it could be moved to Friday).

A headline in title case ('Hang Seng Rebounds 2.4% as Tech Giants Recover') names the index before its verb: a
capitalised move word after an index's name is no word of another name ('Hang Seng Bank'), and title-case move words
count as directions (rules.Rules._title_case_move, directions.csv; before, the headline's figure was a count). A
service's name on a dateline ('moomoo News HK · Oct 20, 2025') is no company: 'News' needs a share word on its own
line (ambiguous_names.csv, securities.in_share_context; before, News Corp took the next paragraph's figures)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

MONDAY = date(2025, 10, 20)

# seeds/quotes/^HSI.csv: Friday 2025-10-17 close 25247.10, Thursday 2025-10-16 close 25888.51:
# 25247.10 / 25888.51 - 1 = -2.48 %; the week to Friday, from the close of Friday 2025-10-10 (26290.32):
# 25247.10 / 26290.32 - 1 = -3.97 %, which the altered figure 4.0 would match if the week were read.
END_OF_WEEK = "The Hang Seng Index closed at 25,858.83 on Monday, after tumbling {x}% at the end of last week."


def test_the_end_of_last_week_is_its_last_session(tmp_path: Path) -> None:
    claims = claims_by_quote(END_OF_WEEK.format(x="2.5"), MONDAY)
    assert claims["2.5"].kind == "index_move" and claims["2.5"].reference == {"date": "2025-10-17"}
    true, altered = verdicts_true_and_altered(tmp_path, END_OF_WEEK, "2025-10-20", "2.5", "4.0")
    assert true["2.5"] == "accurate"
    assert altered["4.0"] == "wrong"


# seeds/quotes/3690.HK.csv: Friday 2025-10-17 low 94.05 (no lower low in the 52 weeks before), close 94.50;
# Monday 2025-10-20 close 96.65: 96.65 / 94.50 - 1 = +2.28 %
REBOUND = "Meituan (03690) added {m}% to HK$96.65, rebounding from Friday's 52-week low of HK${x}."


def test_a_weekday_before_a_windowed_extreme_dates_that_level_only(tmp_path: Path) -> None:
    claims = claims_by_quote(REBOUND.format(m="2.28", x="94.05"), MONDAY)
    assert claims["94.05"].kind == "low_52w" and claims["94.05"].reference == {"date": "2025-10-17"}
    assert claims["2.28"].kind == "day_change" and claims["2.28"].reference == {"date": "2025-10-20"}
    true, altered = verdicts_true_and_altered(
        tmp_path, REBOUND, "2025-10-20", {"m": "2.28", "x": "94.05"}, {"m": "2.28", "x": "91.05"}
    )
    assert true["94.05"] == "accurate" and true["2.28"] == "accurate"
    assert altered["91.05"] == "wrong"


# the headline and dateline of en231; figures as above (^HSI 25858.83 / 25247.10 - 1 = +2.42 %)
HEADLINE = (
    "HK Stocks Close | Hang Seng Rebounds {x}% as Tech Giants Recover\n\nmoomoo News HK · Oct 20, 2025 16:40 HKT\n\n"
)


def test_a_title_case_headline_names_the_index_and_its_move(tmp_path: Path) -> None:
    claims = claims_by_quote(HEADLINE.format(x="2.4"), MONDAY)
    assert claims["2.4"].kind == "index_move" and claims["2.4"].listing == "^HSI"
    true, altered = verdicts_true_and_altered(tmp_path, HEADLINE, "2025-10-20", "2.4", "4.4")
    assert true["2.4"] == "accurate"
    assert altered["4.4"] == "wrong"


def test_a_news_service_on_a_dateline_is_no_company() -> None:
    text = "moomoo News HK · Oct 20, 2025 16:40 HKT\n\nHong Kong stocks rose. The Hang Seng Climbs 2.4%."
    claims = claims_by_quote(text, MONDAY)
    assert claims["2.4"].listing == "^HSI"
