"""Rules added after trying the twenty-third batch of written English articles (second set) as an editor would
(tests/golden/articles en142..en146: a Reuters BUZZ item on Alibaba's premarket slide, an FXStreet-style Tencent price
forecast, a Nikkei Asia Hong Kong close on tech shares, a Motley Fool 'down 5% in 2025' explainer on Alibaba, a
Business Insider live markets blog on the Nasdaq 100 and Nvidia). Each sentence here is written for the test, not
taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a day fronted and set off by a comma in the pluperfect ('On Wednesday, the index had added 0.7%') is background:
# the sentences after it stay on the day written ---

_FRONTED_ASIDE_EN = (
    "Hong Kong stocks ended lower on Thursday, with the Hang Seng Index down 1.4%. "
    "On Wednesday, the benchmark had gained 0.7%.\n\n"
    "Tencent Holdings shed 2% to HK$512, while Meituan slipped 2.7% to HK$80.45."
)


def test_a_fronted_earlier_day_in_the_pluperfect_dates_no_later_paragraph() -> None:
    claims = _claims(_FRONTED_ASIDE_EN, date(2026, 2, 26))
    assert claims["0.7"].kind == "index_move" and claims["0.7"].reference == {"date": "2026-02-25"}
    for quote, listing in (("2", "0700.HK"), ("512", "0700.HK"), ("2.7", "3690.HK"), ("80.45", "3690.HK")):
        assert claims[quote].listing == listing, quote
        assert claims[quote].reference == {"date": "2026-02-26"}, quote


def test_moves_after_a_fronted_pluperfect_aside_are_checked_on_the_day_written(tmp_path: Path) -> None:
    # ^HSI 2026-02-25 26765.72 vs 26590.32 = +0.66 %; 0700.HK 2026-02-26 512.00 vs 522.50 = -2.01 %; 3690.HK 80.45 vs
    # 82.70 = -2.72 % (read on Wednesday, 522.50 and 82.70, the true figures would be called wrong)
    verdicts = verdicts_by_quote(tmp_path, _FRONTED_ASIDE_EN, "2026-02-26")
    assert verdicts["0.7"] == "accurate"
    assert all(verdicts[quote] == "accurate" for quote in ("2", "512", "2.7", "80.45"))


def test_a_fronted_day_told_in_the_past_tense_is_still_carried() -> None:
    claims = _claims(
        "On Wednesday, the Hang Seng Index added 0.7%. Tencent Holdings rose 0.5% to HK$522.50.", date(2026, 2, 26)
    )
    assert claims["522.50"].reference == {"date": "2026-02-25"}


# --- a live blog's clock stamp printed as its entry's heading line ('1:10 p.m. ET: Chipmakers rally'): the paragraph
# under it was written at that time, so a move of that moment is one of the session then trading ---

_HEADED_ENTRIES_EN = (
    "Markets live: chip stocks rebound\n\nUpdated Mar 31, 2026, 4:20 PM ET\n\n"
    "4:02 p.m. ET: Stocks close higher\n\nNvidia ended the day up 5.6% at $174.40.\n\n"
    "1:10 p.m. ET: Chipmakers rally\n\nNvidia was trading 2.9% higher at $169.96, and the Nasdaq 100 was up 1.9%."
)


def test_a_ticker_stamp_heading_its_entry_times_the_paragraph_under_it(tmp_path: Path) -> None:
    # NVDA 2026-03-31: range 166.96..174.62 against 165.17 (+1.08 %..+5.72 %), close 174.40 (+5.59 %); ^NDX range
    # 23198.64..23789.60 against 22953.38 (+1.07 %..+3.64 %): 1:10 p.m. figures, not the close
    claims = _claims(_HEADED_ENTRIES_EN, date(2026, 3, 31))
    assert claims["169.96"].kind != "close" and claims["169.96"].reference == {"date": "2026-03-31"}
    assert claims["1.9"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, _HEADED_ENTRIES_EN, "2026-03-31")
    assert verdicts["5.6"] == "accurate" and verdicts["174.40"] == "accurate"
    assert verdicts["2.9"] == "accurate" and verdicts["169.96"] == "accurate" and verdicts["1.9"] == "accurate"


# --- a move 'from where it finished 2024' is measured from that year's last close: the year so far in 2025 ---

_YEAR_END_BASE_EN = "Alibaba's ADRs closed at $80.54 on Monday, down 5% from where they finished 2024."
_YEAR_END_BASE_DE = (
    "Die Alibaba-ADRs schlossen am Montag bei 80,54 Dollar, ein Minus von 5 Prozent gegenüber dem Jahresschluss 2024."
)


def test_a_move_from_the_last_year_end_is_the_year_to_date(tmp_path: Path) -> None:
    # BABA 2025-01-13 close 80.54 vs 2024-12-31 84.79 = -5.01 % (read as Monday's move, -0.01 %, it was called wrong)
    for text, move in ((_YEAR_END_BASE_EN, "5"), (_YEAR_END_BASE_DE, "5")):
        claims = _claims(text, date(2025, 1, 14))
        assert claims[move].kind == "ytd_return" and claims[move].listing == "BABA", text
        assert claims[move].reference == {"start": "2025-01-01", "end": "2025-01-13"}, text
        assert verdicts_by_quote(tmp_path, text, "2025-01-14")[move] == "accurate", text


def test_a_move_from_an_older_year_end_is_no_year_to_date() -> None:
    text = "Alibaba's ADRs closed at $80.54 on Monday, down 5% from where they finished 2023."
    claims = _claims(text, date(2025, 1, 14))
    assert claims["5"].kind == "since_return"


# --- a quote box's 'Previous close:' item dates itself only: the box's next items are of the session in play, and a
# range written with a dash ('Day's range: $166.96 - $174.62') is the day's low and high ---

_QUOTE_BOX_EN = (
    "Nvidia at Tuesday's close\n\n- Previous close: $165.17\n- Day's range: $166.96 - $174.62\n- Close: $174.40\n"
)
_QUOTE_BOX_DE = (
    "Nvidia zum Handelsschluss am Dienstag\n\n- Vortag: 165,17 Dollar\n- Tagesspanne: 166,96 - 174,62 Dollar\n"
    "- Schluss: 174,40 Dollar\n"
)


def test_a_previous_close_item_dates_no_later_item_of_its_box(tmp_path: Path) -> None:
    # NVDA 2026-03-30 close 165.17; 2026-03-31 low 166.96, high 174.62, close 174.40 (read on Monday, 164.27..169.45,
    # the true high was called wrong)
    for text, previous, low, high in (
        (_QUOTE_BOX_EN, "165.17", "166.96", "174.62"),
        (_QUOTE_BOX_DE, "165,17", "166,96", "174,62"),
    ):
        claims = _claims(text, date(2026, 3, 31))
        assert claims[previous].kind == "close" and claims[previous].reference == {"date": "2026-03-30"}, text
        assert claims[low].kind == "day_low" and claims[low].reference == {"date": "2026-03-31"}, text
        assert claims[high].kind == "day_high" and claims[high].reference == {"date": "2026-03-31"}, text
        verdicts = verdicts_by_quote(tmp_path, text, "2026-03-31")
        assert verdicts[previous] == verdicts[low] == verdicts[high] == "accurate", text


def test_a_dash_between_two_prices_without_a_range_word_is_no_range() -> None:
    claims = _claims("Nvidia closed at $174.40 on Tuesday - $9.23 above Monday's close.", date(2026, 3, 31))
    assert claims["174.40"].kind == "close"


# --- an RSI's midline ('below the 50 midline') and a pivot point ('the daily pivot at HK$499.40') are chart levels of
# the writer's, never an RSI reading or a price to check ---

_CHART_LEVELS_EN = (
    "Tencent closed at HK$495.60 on Thursday. Its 14-day RSI reads 36, under the 50 midline, and the daily pivot at "
    "HK$499.40 is the first hurdle."
)
_CHART_LEVELS_DE = (
    "Tencent schloss am Donnerstag bei 495,60 HKD. Der RSI liegt bei 36, unter der Mittellinie bei 50. Der Tages-Pivot "
    "liegt bei 499,40 HKD."
)


def test_an_rsi_midline_and_a_pivot_point_are_chart_levels() -> None:
    for text, pivot in ((_CHART_LEVELS_EN, "499.40"), (_CHART_LEVELS_DE, "499,40")):
        claims = _claims(text, date(2026, 3, 26))
        assert claims["36"].kind == "rsi" and claims["36"].listing == "0700.HK", text
        assert claims["50"].kind == "level_forecast" and not claims["50"].checkable, text
        assert claims[pivot].kind == "level_forecast" and not claims[pivot].checkable, text


# --- an index's session range written without 'points' ('It traded between 26,373 and 27,024'): its low and high ---

_INDEX_RANGE_EN = "The Hang Seng Index fell 1.4% to 26,381.02 on Thursday. It moved between 26,373 and 27,024."
_INDEX_RANGE_DE = (
    "Der Hang Seng fiel am Donnerstag um 1,4 Prozent auf 26.381,02 Punkte. Er bewegte sich zwischen 26.373 und 27.024."
)


def test_an_index_range_without_a_unit_is_its_low_and_high(tmp_path: Path) -> None:
    # ^HSI 2026-02-26: low 26373.01, high 27024.07, close 26381.02
    for text, low, high in ((_INDEX_RANGE_EN, "26,373", "27,024"), (_INDEX_RANGE_DE, "26.373", "27.024")):
        claims = _claims(text, date(2026, 2, 26))
        assert claims[low].kind == "day_low" and claims[low].listing == "^HSI", text
        assert claims[high].kind == "day_high" and claims[high].listing == "^HSI", text
        assert claims[low].reference == claims[high].reference == {"date": "2026-02-26"}, text
        verdicts = verdicts_by_quote(tmp_path, text, "2026-02-26")
        assert verdicts[low] == verdicts[high] == "accurate", text


def test_a_count_range_without_a_unit_is_no_claim() -> None:
    claims = _claims("Alibaba employs between 1,200 and 1,500 engineers in its cloud unit.", date(2026, 2, 26))
    assert not [claim for claim in claims.values() if claim.checkable]


# --- an index that 'opened at 23,208' tells its open, not its level at the close ---

_INDEX_OPEN_EN = "The Nasdaq 100 opened at 23,208 on Tuesday, up about 1.1% from Monday's close of 22,953.38."
_INDEX_OPEN_DE = (
    "Der Nasdaq 100 eröffnete am Dienstag bei 23.208 Punkten, rund 1,1 Prozent über dem Schluss vom Montag."
)


def test_an_index_opening_level_is_its_open(tmp_path: Path) -> None:
    # ^NDX 2026-03-31 open 23208.00, close 23740.19; 2026-03-30 close 22953.38 (+1.11 % at the open)
    for text, level in ((_INDEX_OPEN_EN, "23,208"), (_INDEX_OPEN_DE, "23.208")):
        claims = _claims(text, date(2026, 3, 31))
        assert claims[level].kind == "open_price" and claims[level].listing == "^NDX", text
        assert claims[level].reference == {"date": "2026-03-31"}, text
        assert verdicts_by_quote(tmp_path, text, "2026-03-31")[level] == "accurate", text


# --- a move 'for the year' after the close a past year ended on ('It finished 2024 at $84.79, up about 9% for the
# year') is that year's, not the year so far: the quotes held start in September 2024, so it stays unverifiable ---

_PAST_YEAR_EN = "Alibaba's ADRs finished 2024 at $84.79, up about 9% for the year."
_PAST_YEAR_DE = "Die Alibaba-ADRs beendeten 2024 bei 84,79 Dollar, ein Plus von rund 9 Prozent im Jahresverlauf."


def test_a_move_for_the_year_after_a_past_year_named_is_that_years(tmp_path: Path) -> None:
    # read as 2025's year to date (80.54 vs 84.79 on 2025-01-13: -5.0 %) the figure was called wrong
    for text in (_PAST_YEAR_EN, _PAST_YEAR_DE):
        claims = _claims(text, date(2025, 1, 14))
        assert claims["9"].kind == "calendar_year_return" and claims["9"].listing == "BABA", text
        assert claims["9"].reference == {"start": "2024-01-01", "end": "2024-12-31"}, text
        assert verdicts_by_quote(tmp_path, text, "2025-01-14")["9"] == "unverifiable", text


def test_a_move_for_the_year_without_a_past_year_is_the_year_to_date() -> None:
    claims = _claims("Alibaba's ADRs closed at $80.54 on Monday, down 5% for the year.", date(2025, 1, 14))
    assert claims["5"].kind == "ytd_return" and claims["5"].reference == {"start": "2025-01-01", "end": "2025-01-13"}
