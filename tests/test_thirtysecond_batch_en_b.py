"""Rules added after trying the thirty-second batch of written English articles, second set, as an editor would
(tests/golden/articles en207..en209: an Economic Times 'global cues' piece before the Mumbai open, an AJ Bell 'share
of the week' note with a key statistics box, a Saxo Bank 'Quick Take' daily with bullet points per market). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- an earlier session's move named by its weekday's possessive goes on to tell its figures ("..., extending
# Tuesday's gain of 2.2%", "..., building on Tuesday's rally in which it jumped 2.2% to close at X"): those figures are
# that weekday's, not the day the sentence's main clause reports ---

# ^HSI 2026-03-10 close 25,959.90 vs 2026-03-09 25,408.46 = +2.170 %; 2026-03-11 close 25,898.76 = -0.236 %
_RALLY_IN_WHICH = (
    "The Hang Seng Index eased 0.2% on Wednesday, giving back a little of Tuesday's rally in which it jumped 2.2% "
    "to close at 25,959.90."
)
# NVDA 2026-03-11 close 186.03 vs 2026-03-10 184.76 = +0.687 %; 2026-03-12 close 183.14 = -1.554 %
_GAIN_OF = "Nvidia slipped 1.6% on Thursday, erasing Wednesday's gain of 0.7%."


def test_the_figures_a_weekdays_move_goes_on_to_tell_are_that_weekdays() -> None:
    claims = claims_by_quote(_RALLY_IN_WHICH, date(2026, 3, 11))
    assert claims["0.2"].reference == {"date": "2026-03-11"}
    assert claims["2.2"].reference == {"date": "2026-03-10"} and claims["2.2"].kind == "index_move"
    assert claims["25,959.90"].reference == {"date": "2026-03-10"}
    gain = claims_by_quote(_GAIN_OF, date(2026, 3, 12))
    assert gain["1.6"].reference == {"date": "2026-03-12"} and gain["0.7"].reference == {"date": "2026-03-11"}


def test_the_figures_a_weekdays_move_goes_on_to_tell_are_judged_on_that_weekday(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _RALLY_IN_WHICH, "2026-03-11")
    assert verdicts["0.2"] == verdicts["2.2"] == verdicts["25,959.90"] == "accurate"
    altered = _RALLY_IN_WHICH.replace("2.2%", "3.2%").replace("25,959.90", "25,659.90")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-11")
    assert verdicts["3.2"] != "accurate" and verdicts["25,659.90"] != "accurate"
    assert verdicts_by_quote(tmp_path, _GAIN_OF, "2026-03-12")["0.7"] == "accurate"
    assert verdicts_by_quote(tmp_path, _GAIN_OF.replace("0.7%", "1.7%"), "2026-03-12")["1.7"] != "accurate"


# --- an impersonal 'It' opening a sentence that names the shares before its number ('It was a strong run for a stock
# that gained 55% in 2025') speaks of the stock in play, not of the index the sentence before ended on ---

# BIDU 2025: close 2025-12-31 130.66 vs 2024-12-31 84.31 = +54.98 % (^NDX the same year: 25,249.85 vs 21,012.17 =
# +20.17 %, so the index's reading would call the true figure wrong); ^NDX 2026-01-14 close 25,465.94 = -1.072 %
_IMPERSONAL_IT = (
    "Baidu's American depositary shares closed at $150.50 on Wednesday.\n\n"
    "The Nasdaq 100 fell 1.1% to 25,465.94.\n\n"
    "It was a strong run for a stock that gained 55% in 2025 as investors warmed to its chips."
)


def test_an_impersonal_it_before_the_shares_is_no_index_pronoun(tmp_path: Path) -> None:
    claims = claims_by_quote(_IMPERSONAL_IT, date(2026, 1, 15))
    assert claims["55"].kind == "calendar_year_return" and claims["55"].listing == "BIDU"
    assert claims["1.1"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, _IMPERSONAL_IT, "2026-01-15")
    assert verdicts["55"] == "accurate" and verdicts["1.1"] == "accurate"
    assert verdicts_by_quote(tmp_path, _IMPERSONAL_IT.replace("55%", "20%"), "2026-01-15")["20"] != "accurate"


# --- a move since an extreme the clause leads with ('From the 52-week high of $X, set in October, the shares have lost
# N%') is the distance to that extreme, not the day's move the verb would make it ---

# NVDA 2026-02-04 close 174.19; 52-week high 212.19 (2025-10-29): 174.19 / 212.19 - 1 = -17.91 %; the day was -3.41 %
_FROM_THE_HIGH = (
    "Nvidia closed at $174.19 on Wednesday. From its 52-week high of $212.19, set in late October, the stock has "
    "given up 18%."
)
# BIDU 2026-01-27 close 157.64; 52-week low 74.71 (2025-04-09): 157.64 / 74.71 - 1 = +111.0 %
_FROM_THE_LOW = (
    "Baidu ended Tuesday at $157.64. From its 52-week low of $74.71, hit in April, the stock has rallied 111%."
)


def test_a_move_since_the_extreme_a_clause_leads_with_is_the_distance_to_it(tmp_path: Path) -> None:
    high = claims_by_quote(_FROM_THE_HIGH, date(2026, 2, 5))
    assert high["18"].kind == "distance_52w_high" and high["18"].listing == "NVDA"
    assert claims_by_quote(_FROM_THE_LOW, date(2026, 1, 28))["111"].kind == "distance_52w_low"
    verdicts = verdicts_by_quote(tmp_path, _FROM_THE_HIGH, "2026-02-05")
    assert verdicts["18"] == "accurate" and verdicts["212.19"] == "accurate"
    assert verdicts_by_quote(tmp_path, _FROM_THE_HIGH.replace("18%", "28%"), "2026-02-05")["28"] != "accurate"
    assert verdicts_by_quote(tmp_path, _FROM_THE_LOW, "2026-01-28")["111"] == "accurate"
    assert verdicts_by_quote(tmp_path, _FROM_THE_LOW.replace("111%", "81%"), "2026-01-28")["81"] != "accurate"


# --- a statistics box's '52-week high: $X' line is the 52-week high, not the bare 'High:' label of a quote box (the
# day's high); a bare 'High:' stays the day's ---

# NVDA 2026-02-06: close 185.41 (+7.87 % on 171.88), high 187.00; highest high of the 52 weeks 212.19 (2025-10-29),
# lowest low 86.62 (2025-04-07)
_STATS_BOX = (
    "Nvidia rebounded 7.9% to $185.41 on Friday.\n\n"
    "Key statistics\nShare price: $185.41\n52-week high: $212.19\n52-week low: $86.62\nHigh: $187.00\n"
)


def test_a_52_week_line_of_a_statistics_box_is_no_days_extreme(tmp_path: Path) -> None:
    claims = claims_by_quote(_STATS_BOX, date(2026, 2, 7))
    assert claims["212.19"].kind == "high_52w" and claims["86.62"].kind == "low_52w"
    assert claims["187.00"].kind == "day_high"
    verdicts = verdicts_by_quote(tmp_path, _STATS_BOX, "2026-02-07")
    assert verdicts["212.19"] == verdicts["86.62"] == verdicts["187.00"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _STATS_BOX.replace("212.19", "232.19"), "2026-02-07")
    assert altered["232.19"] != "accurate"


# --- 'for the year to March 2027' names a fiscal year, not the calendar year so far: a valuation told against it is no
# year-to-date move, while 'for the year' alone still is one ---

# BABA 2026-03-12 close 134.20 vs 2025-12-31 close 146.58 = -8.446 %
_FISCAL_YEAR = (
    "Alibaba closed at $134.20 on Thursday, down 8.4% for the year. At 15 times forecast earnings for the year to "
    "March 2027, the shares trade at a 30% discount to the Nasdaq 100."
)


def test_the_year_to_a_named_month_is_no_year_to_date(tmp_path: Path) -> None:
    claims = claims_by_quote(_FISCAL_YEAR, date(2026, 3, 13))
    assert claims["8.4"].kind == "ytd_return" and claims["30"].kind != "ytd_return"
    verdicts = verdicts_by_quote(tmp_path, _FISCAL_YEAR, "2026-03-13")
    assert verdicts["8.4"] == "accurate" and verdicts["30"] in (None, "out_of_scope")
    assert verdicts_by_quote(tmp_path, _FISCAL_YEAR.replace("8.4%", "18.4%"), "2026-03-13")["18.4"] != "accurate"


# --- a coming macro event after 'ahead of' ('ahead of Thursday's ECB decision', 'ahead of the Fed meeting on
# Wednesday') dates the event, not the move: the move's session is the one the text reports ---

# ^GDAXI 2026-02-04 close 24,603.04 vs 2026-02-03 24,780.79 = -0.717 %; 2026-02-05 (Thursday) -0.455 %, 2026-02-06
# +0.941 %; read on Thursday, a Friday text's true 0.7 % would be called wrong
_AHEAD_OF_DECISION = "The DAX dropped 0.7% ahead of Thursday's ECB decision, its second loss in a row."
_AHEAD_OF_MEETING = "The DAX dropped 0.7% ahead of the ECB meeting on Thursday."


def test_a_coming_macro_event_dates_no_move(tmp_path: Path) -> None:
    for text in (_AHEAD_OF_DECISION, _AHEAD_OF_MEETING):
        assert claims_by_quote(text, date(2026, 2, 6))["0.7"].reference != {"date": "2026-02-05"}
        assert verdicts_by_quote(tmp_path, text, "2026-02-06")["0.7"] == "accurate"
        assert verdicts_by_quote(tmp_path, text.replace("0.7%", "1.7%"), "2026-02-06")["1.7"] != "accurate"


# --- the Economic Times' stamp writes its seconds and India's zone ('Last Updated: Mar 12, 2026, 07:45:00 AM IST'):
# it is the time of writing, so a period's move of a US listing ends at the session that had closed by then ---

# 07:45 IST on 12 March = 22:15 ET on 11 March: the last US session is 2026-03-11. BABA close 136.29 (-0.409 % on
# 136.85); year to date 136.29 vs 2025-12-31 close 146.58 = -7.02 %; the 12th's (not yet traded) would be 134.20 vs
# 146.58 = -8.45 %, no permitted reading of a text written before it
_ET_STAMP = (
    "Stock market today: global cues for Dalal Street\n\nET Online | Last Updated: Mar 12, 2026, 07:45:00 AM IST\n\n"
    "US markets\nWall Street's tech-heavy indices ended mixed on Wednesday.\n\n"
    "Among US-listed Chinese stocks, Alibaba's American depositary receipts slipped 0.4% to $136.29, extending their "
    "year-to-date loss to 7%.\n"
)


def test_a_stamp_with_seconds_and_indias_zone_gives_the_time_of_writing(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _ET_STAMP, "2026-03-12")
    assert verdicts["0.4"] == verdicts["136.29"] == verdicts["7"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _ET_STAMP.replace("loss to 7%", "loss to 8.4%"), "2026-03-12")
    assert altered["8.4"] != "accurate"
