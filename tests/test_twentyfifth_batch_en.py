"""Rules added after trying the twenty-fifth batch of written English articles as an editor would
(tests/golden/articles en150..en154: a Bloomberg 'First Word' Hong Kong tech short, a Seeking Alpha BABA premarket
brief, a Zacks BIDU close note, a Livemint global markets piece and an Investing.com Nvidia technical analysis). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'the 52-week high set in late January': the month an extreme was set dates that extreme, not the sentence ----


def test_the_month_an_extreme_was_set_does_not_date_the_period_move_beside_it(tmp_path: Path) -> None:
    # BIDU 2026-03-24 close 112.53; 2026-02-24 133.63: -15.79 %; 52-week high 165.30 (2026-01-22): -31.92 %
    english = (
        "Baidu slips\n\nBaidu's ADRs (BIDU) fell 1.8% on Tuesday.\n\n"
        "The stock has lost about 16% over the past month and sits about 32% below the 52-week high set in late "
        "January."
    )
    claims = _claims(english, date(2026, 3, 25))
    assert claims["16"].kind == "past_month_return" and claims["16"].listing == "BIDU"
    assert claims["16"].reference == {"start": "2026-02-24", "end": "2026-03-24"}
    assert claims["32"].kind == "distance_52w_high"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-25")
    assert verdicts["16"] == "accurate" and verdicts["32"] == "accurate"
    # a month alone after the participle, and a relative clause with 'which was'
    for tail in ("the peak, which was reached in January.", "the 52-week high hit in January."):
        text = english.replace("the 52-week high set in late January.", tail)
        assert _claims(text, date(2026, 3, 25))["16"].reference == {"start": "2026-02-24", "end": "2026-03-24"}
    german = (
        "Baidu im Minus\n\nDie ADRs von Baidu (BIDU) verloren am Dienstag 1,8 Prozent.\n\n"
        "Auf Monatssicht hat die Aktie rund 16 Prozent verloren und liegt rund 32 Prozent unter dem Ende Januar "
        "erreichten 52-Wochen-Hoch."
    )
    claims = _claims(german, date(2026, 3, 25))
    assert claims["16"].reference == {"start": "2026-02-24", "end": "2026-03-24"}
    assert verdicts_by_quote(tmp_path, german, "2026-03-25")["16"] == "accurate"


# --- 'above where it ended 2025': the move against last year's close is the year to date --------------------------


def test_a_move_against_where_the_stock_ended_last_year_is_the_year_to_date(tmp_path: Path) -> None:
    # BIDU 2026-02-25 close 132.65; 2025-12-31 close 130.66: +1.52 %
    english = "Baidu edges lower\n\nBaidu (BIDU) closed at $132.65 on Wednesday, still 1.5% above where it ended 2025."
    claims = _claims(english, date(2026, 2, 25))
    assert claims["1.5"].kind == "ytd_return" and claims["1.5"].listing == "BIDU"
    assert claims["1.5"].reference == {"start": "2026-01-01", "end": "2026-02-25"}
    assert verdicts_by_quote(tmp_path, english, "2026-02-25")["1.5"] == "accurate"
    for tail in ("still 1.5% above its year-end close.", "still 1.5% above where they finished last year."):
        text = english.replace("still 1.5% above where it ended 2025.", tail)
        assert _claims(text, date(2026, 2, 25))["1.5"].kind == "ytd_return"
    wrong = english.replace("1.5%", "3.5%")
    assert verdicts_by_quote(tmp_path, wrong, "2026-02-25")["3.5"] in ("wrong", "imprecise")
    german = (
        "Baidu leicht im Minus\n\nDie ADRs von Baidu (BIDU) schlossen am Mittwoch bei 132,65 Dollar, 1,5 Prozent "
        "über dem Stand vom Jahresende."
    )
    claims = _claims(german, date(2026, 2, 25))
    assert claims["1,5"].kind == "ytd_return" and claims["1,5"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, german, "2026-02-25")["1,5"] == "accurate"


# --- 'down 2.2% on the day and 3% lower for the week': the day's words are the first number's ----------------------


def test_the_days_words_after_one_move_do_not_take_the_next_with_a_period_of_its_own(tmp_path: Path) -> None:
    # NVDA 2026-03-27 close 167.52; 2026-03-26 171.24: -2.17 %; 2026-03-20 172.70: -3.00 %
    english = (
        "Nvidia slides\n\nNvidia (NVDA) ended Friday at $167.52, off 2.2% on the day and 3% lower for the week, "
        "its second weekly loss in a row."
    )
    claims = _claims(english, date(2026, 3, 28))
    assert claims["2.2"].kind == "day_change" and claims["2.2"].reference == {"date": "2026-03-27"}
    assert claims["3"].kind == "week_return" and claims["3"].listing == "NVDA"
    assert claims["3"].reference == {"start": "2026-03-20", "end": "2026-03-27"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-28")
    assert verdicts["2.2"] == "accurate" and verdicts["3"] == "accurate"
    # without a period of its own, the second figure stays the day's (told once for both)
    plain = english.replace("3% lower for the week, its second weekly loss in a row.", "3% lower.")
    assert _claims(plain, date(2026, 3, 28))["3"].kind == "day_change"
    german = (
        "Nvidia rutscht ab\n\nDie Nvidia-Aktie (NVDA) schloss am Freitag bei 167,52 Dollar, 2,2 Prozent tiefer am Tag "
        "und 3 Prozent tiefer auf Wochensicht."
    )
    claims = _claims(german, date(2026, 3, 28))
    assert claims["2,2"].kind == "day_change" and claims["3"].kind == "week_return"


# --- a pivot table's labels ('R1: $169.99', 'S2: $164.54', 'Pivot: $168.50'): technical levels, not quotes ----------


def test_the_levels_of_a_pivot_table_are_not_checked_as_prices(tmp_path: Path) -> None:
    # NVDA 2026-03-27: high 170.97, low 167.01, close 167.52; classic pivot 168.50, R1 169.99, S1 166.03, S2 164.54
    english = (
        "Nvidia technical levels\n\nNvidia (NVDA) closed at $167.52 on Friday.\n\n"
        "Daily pivot levels:\n- R1: $169.99\n- Pivot: $168.50\n- S1: $166.03\n- S2: $164.54"
    )
    claims = _claims(english, date(2026, 3, 28))
    assert claims["167.52"].kind == "close"
    for level in ("169.99", "168.50", "166.03", "164.54"):
        assert claims[level].kind == "level_forecast" and not claims[level].checkable
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-28")
    assert verdicts["167.52"] == "accurate" and verdicts["164.54"] == "out_of_scope"
    german = (
        "Nvidia: Die Marken des Tages\n\nDie Nvidia-Aktie (NVDA) schloss am Freitag bei 167,52 Dollar.\n\n"
        "Pivot-Punkte:\n- R2: 172,46 Dollar\n- Pivot Point: 168,50 Dollar\n- S1: 166,03 Dollar"
    )
    claims = _claims(german, date(2026, 3, 28))
    for level in ("172,46", "168,50", "166,03"):
        assert claims[level].kind == "level_forecast" and not claims[level].checkable


# --- '33.4M shares', 'roughly 12M': a capital M glued to the digits is millions, as quote data write them ----------


def test_a_capital_m_glued_to_the_digits_is_millions(tmp_path: Path) -> None:
    # BABA 2026-03-19: close 124.90, volume 33,440,500; mean volume of the 50 sessions to 2026-03-18: 12.09 M
    english = (
        "Alibaba slides\n\nAlibaba (NYSE:BABA) closed down 7.1% at $124.90 on Thursday, on volume of 33.4M shares, "
        "against a 50-day average of about 12M."
    )
    claims = _claims(english, date(2026, 3, 20))
    assert claims["33.4"].kind == "volume" and claims["33.4"].listing == "BABA"
    assert claims["33.4"].reference == {"date": "2026-03-19"}
    assert claims["12"].kind == "volume_average"
    # (a volume of a listing traded on several venues is not judged: sources count it differently)
    assert verdicts_by_quote(tmp_path, english, "2026-03-20")["33.4"] == "unverifiable"
    # 0700.HK 2026-03-26 volume 22,623,315
    hong_kong = "Tencent slips\n\nTencent (0700.HK) fell 2% in Hong Kong on Thursday on turnover of 22.6M shares."
    assert _claims(hong_kong, date(2026, 3, 26))["22.6"].kind == "volume"
    assert verdicts_by_quote(tmp_path, hong_kong, "2026-03-26")["22.6"] == "accurate"
    assert verdicts_by_quote(tmp_path, hong_kong.replace("22.6M", "32.6M"), "2026-03-26")["32.6"] == "wrong"
    # a single digit before the letter is a name ('3M'), and so is a model's size after a hyphen ('Qwen-72B')
    named = "Alibaba slides\n\nAlibaba (NYSE:BABA) fell 2% on Thursday, while 3M rose 1%. It released Qwen-72B."
    claims = _claims(named, date(2026, 3, 20))
    assert "3" not in claims and "72" not in claims


# --- '5-day: -6.9%', '1-month: -19.0%': the labels of a quote page's performance list ------------------------------


def test_the_labels_of_a_performance_list_name_their_periods(tmp_path: Path) -> None:
    # BABA 2026-03-19 close 124.90; 2026-03-12 134.20: -6.93 %; 2026-02-19 154.27: -19.04 %
    english = (
        "Alibaba at a glance\n\nAlibaba (NYSE:BABA) ended Thursday at $124.90.\n\n"
        "Performance:\n- 5-day: -6.9%\n- 1-month: -19.0%"
    )
    claims = _claims(english, date(2026, 3, 20))
    assert claims["6.9"].kind == "week_return" and claims["6.9"].listing == "BABA"
    assert claims["6.9"].reference == {"start": "2026-03-12", "end": "2026-03-19"}
    assert claims["19.0"].kind == "past_month_return"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-20")
    assert verdicts["6.9"] == "accurate" and verdicts["19.0"] == "accurate"
    wrong = english.replace("-6.9%", "-9.6%")
    assert verdicts_by_quote(tmp_path, wrong, "2026-03-20")["9.6"] in ("wrong", "imprecise")
    german = (
        "Alibaba im Überblick\n\nDie Alibaba-ADRs (BABA) schlossen am Donnerstag bei 124,90 Dollar.\n\n"
        "Performance:\n- 1 Woche: -6,9 %\n- 1 Monat: -19,0 %"
    )
    claims = _claims(german, date(2026, 3, 20))
    assert claims["6,9"].kind == "week_return" and claims["19,0"].kind == "past_month_return"
    assert verdicts_by_quote(tmp_path, german, "2026-03-20")["6,9"] == "accurate"


# --- 'Prior close: $124.90', 'Prev. close: $124.90': a quote box's label is the session before publication -----------


def test_a_prior_close_label_is_the_session_before_and_a_repeat_of_that_close(tmp_path: Path) -> None:
    # BABA 2026-03-19 close 124.90; 2026-03-20 range 122.09..126.48
    english = (
        "Alibaba quote\n\nAlibaba (NYSE:BABA) traded higher early on Friday.\n\n"
        "- Prev. close: $124.90\n- Day's range: $122.09 - $126.48"
    )
    claims = _claims(english, date(2026, 3, 20))
    assert claims["124.90"].kind == "close" and claims["124.90"].reference == {"date": "2026-03-19"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-20")["124.90"] == "accurate"
    # after the body told that close, the label restates it: a repeat, not judged twice
    told = english.replace("traded higher early on Friday.", "closed down 7.1% at $124.90 on Thursday.")
    claims = claims_by_quote(told, date(2026, 3, 20))
    assert claims["124.90"].kind == "repeat" and not claims["124.90"].checkable
    prior = english.replace("Prev. close", "Prior close")
    assert _claims(prior, date(2026, 3, 20))["124.90"].reference == {"date": "2026-03-19"}
