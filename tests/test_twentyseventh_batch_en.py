"""Rules added after trying the twenty-seventh batch of written English articles as an editor would
(tests/golden/articles en170..en174: a CNBC market wrap, a MarketWatch 'stock underperforms' auto-note, an SCMP Hong
Kong markets report, a Motley Fool 'why X stock soared today' and a Benzinga pre-market movers list). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'the tech-heavy Composite': the index called by the last word of its name ----------------------------------


def test_the_composite_is_the_nasdaq_composite_named_before_not_the_index_named_after(tmp_path: Path) -> None:
    # ^IXIC 2026-02-24 close 22863.68, 2026-02-23 22627.27: +1.045 %; ^NDX 24977.04 vs 24708.94: +1.085 %
    english = (
        "Tech rebounds\n\nThe Nasdaq Composite and the Nasdaq 100 both recovered on Tuesday after Nvidia's gains. "
        "The tech-heavy Composite gained 1.0% to 22,863.68, while the Nasdaq 100 added 1.1%."
    )
    claims = _claims(english, date(2026, 2, 24))
    assert claims["1.0"].kind == "index_move" and claims["1.0"].listing == "^IXIC"
    assert claims["22,863.68"].kind == "index_level" and claims["22,863.68"].listing == "^IXIC"
    assert claims["1.0"].reference == {"date": "2026-02-24"}
    assert claims["1.1"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-02-24")
    assert verdicts["1.0"] == "accurate" and verdicts["22,863.68"] == "accurate" and verdicts["1.1"] == "accurate"
    # a stock named before the role does not take it either
    text = (
        "Tech rebounds\n\nNvidia rose 0.7% on Tuesday, and the Nasdaq Composite followed it higher. "
        "The Composite ended 1.0% up at 22,863.68."
    )
    claims = _claims(text, date(2026, 2, 24))
    assert claims["1.0"].listing == "^IXIC" and claims["22,863.68"].listing == "^IXIC"
    assert claims["0.7"].listing == "NVDA"


def test_the_composite_in_german_and_the_shanghai_composite() -> None:
    german = (
        "Technologiewerte\n\nDer Nasdaq Composite und der Nasdaq 100 erholten sich am Dienstag. Der Composite gewann "
        "1,0 Prozent auf 22.863,68 Punkte, Nvidia legte 0,7 Prozent zu."
    )
    claims = _claims(german, date(2026, 2, 24))
    assert claims["1,0"].listing == "^IXIC" and claims["22.863,68"].listing == "^IXIC"
    assert claims["0,7"].listing == "NVDA"
    # the Shanghai Composite named before: that index (no quotes held), never the stock; a PMI in lower case is none
    text = (
        "China stocks\n\nThe Shanghai Composite Index closed higher on Tuesday, and Alibaba rose 2%. The Composite "
        "added 0.7%, while China's composite PMI stood at 50.8."
    )
    claims = _claims(text, date(2026, 2, 24))
    assert claims["0.7"].kind == "index_move" and claims["0.7"].listing is None
    assert claims["50.8"].kind == "macro"
    # with no Composite named before, the role is no index the text named
    text = "Tech rebounds\n\nThe Nasdaq 100 rose on Tuesday. The Composite gained 1.0%, and Nvidia added 0.7%."
    assert _claims(text, date(2026, 2, 24))["1.0"].listing != "^NDX"


# --- 'adding 0.4%': a participle after a clause with no move of its own is the move --------------------------------


def test_adding_after_a_clause_without_a_move_verb_is_the_days_gain(tmp_path: Path) -> None:
    # ^GDAXI 2026-02-26 close 25289.02, 2026-02-25 25175.94: +0.449 %; BABA 2026-02-26 148.05 vs 152.28: -2.78 %
    english = "Europe\n\nIn Frankfurt, the DAX held up better than Wall Street, adding 0.4% to close at 25,289.02."
    claims = _claims(english, date(2026, 2, 26))
    assert claims["0.4"].kind == "index_move" and claims["0.4"].listing == "^GDAXI" and claims["0.4"].direction == "up"
    assert claims["0.4"].reference == {"date": "2026-02-26"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-02-26")
    assert verdicts["0.4"] == "accurate" and verdicts["25,289.02"] == "accurate"
    # a swapped sign is caught, not let through as a count
    text = "Stocks\n\nAlibaba was among the laggards on Thursday, adding 2.8% to $148.05."
    claims = _claims(text, date(2026, 2, 26))
    assert claims["2.8"].kind == "day_change" and claims["2.8"].direction == "up"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["2.8"] == "wrong"


# --- a text telling New York's pre-market trade of the day: written after Asia's close, before New York's open -----


PREMARKET = (
    "Pre-market movers\n\nNvidia shares rose 0.8% to $176.99 in pre-market trading on Tuesday. The stock has lost "
    "6.06% so far this year. In Hong Kong, Tencent jumped 3.1% to HK$520 on Tuesday."
)


def test_a_period_naming_no_day_under_a_premarket_trade_ends_at_the_close_before(tmp_path: Path) -> None:
    # NVDA 2025-12-31 close 186.50; Monday 2026-03-23 175.64: -5.82 %; Tuesday 03-24 (not traded yet) 175.20: -6.06 %
    # 0700.HK Tuesday 2026-03-24: close 514.00 (+3.13 % on 498.40), high 520.00
    claims = _claims(PREMARKET, date(2026, 3, 24))
    assert claims["0.8"].kind == "premarket"
    assert claims["6.06"].kind == "ytd_return" and claims["6.06"].listing == "NVDA"
    assert claims["6.06"].reference == {"start": "2026-01-01", "end": "2026-03-23"}
    # Hong Kong had closed when New York's pre-market opened: the price the move went to is the close
    assert claims["520"].kind == "close" and claims["520"].reference == {"date": "2026-03-24"}
    verdicts = verdicts_by_quote(tmp_path, PREMARKET, "2026-03-24")
    assert verdicts["6.06"] in ("wrong", "imprecise")  # Tuesday's close, not yet made, no longer lets it pass
    assert verdicts["520"] in ("wrong", "imprecise")  # the day's high, not the close
    assert verdicts["3.1"] == "accurate"
    true = PREMARKET.replace("6.06%", "5.82%").replace("HK$520", "HK$514")
    verdicts = verdicts_by_quote(tmp_path, true, "2026-03-24")
    assert verdicts["5.82"] == "accurate" and verdicts["514"] == "accurate"


def test_futures_tell_no_time_of_writing_and_german_vorboerslich_reads_the_same() -> None:
    # index futures trade through the night: no pre-market hour is known from them
    text = PREMARKET.replace("Nvidia shares rose 0.8% to $176.99", "Nasdaq 100 futures rose 0.4%").replace(
        "The stock has", "Nvidia has"
    )
    claims = _claims(text, date(2026, 3, 24))
    assert claims["0.4"].kind == "premarket"
    assert claims["6.06"].reference == {"start": "2026-01-01", "end": "2026-03-24"}
    assert claims["520"].kind == "last_price"
    german = (
        "Vorbörse\n\nDie Nvidia-Aktie notierte am Dienstag vorbörslich an der Nasdaq 0,8 Prozent höher bei 176,99 "
        "Dollar. Seit Jahresbeginn hat sie in Dollar 6,06 Prozent verloren. In Hongkong sprang Tencent am Dienstag um "
        "3,1 Prozent auf 520 HKD."
    )
    claims = _claims(german, date(2026, 3, 24))
    assert claims["0,8"].kind == "premarket"
    assert claims["6,06"].reference == {"start": "2026-01-01", "end": "2026-03-23"}
    assert claims["520"].kind == "close"


# --- an RSI naming no day: as of the latest session or the one before, not any of five -------------------------------


def test_an_rsi_naming_no_day_is_of_the_latest_session_or_the_one_before(tmp_path: Path) -> None:
    # BIDU RSI(14): 2026-02-24 Wilder 36.91, simple 32.65; 02-25 Wilder 35.76, simple 39.98; 02-26 Wilder 28.46,
    # simple 29.03
    english = (
        "Baidu slides\n\nBaidu's American depositary shares fell 5.7% to $125.15 on Thursday. Their 14-day relative "
        "strength index dropped to 32.7, and a week earlier it had been near 40."
    )
    claims = _claims(english, date(2026, 2, 26))
    assert claims["32.7"].kind == "rsi" and claims["32.7"].listing == "BIDU"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-02-26")
    assert verdicts["32.7"] in ("wrong", "imprecise")  # Tuesday's simple average, two sessions back
    for true in ("about 28", "35.8"):  # Thursday's, or Wednesday's
        text = english.replace("32.7", true)
        assert verdicts_by_quote(tmp_path, text, "2026-02-26")[true.split()[-1]] == "accurate"
    german = (
        "Baidu unter Druck\n\nDie Baidu-ADRs fielen am Donnerstag um 5,7 Prozent auf 125,15 Dollar. Der RSI (14 Tage) "
        "liegt nun bei 32,7."
    )
    assert verdicts_by_quote(tmp_path, german, "2026-02-26")["32,7"] in ("wrong", "imprecise")
