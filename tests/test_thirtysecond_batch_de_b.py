"""Rules added after trying the thirty-second batch's second set of written German articles as an editor would
(tests/golden/articles de211..de213: a Consorsbank 'Markt am Morgen' note with a table of Asian closes and paragraphs on
Meituan, Tencent, Alibaba and Baidu; a Börse Frankfurt 'Xetra-Schluss' on the DAX's rebound with Hong Kong and the
evening before in New York; a regional bank's research 'Wochenausblick' on the past week's moves of indices and
stocks). Each sentence here is written for the test, not taken from those articles; the expected values are computed
from seeds/quotes, the computation in a comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a move 'in fünf Handelstagen' (no article, no 'vergangenen') is the run of sessions the count names ------------

RUN_DE = (
    "Die Nvidia-Aktie stieg am Mittwoch um 0,8 Prozent auf 190,05 Dollar und hat in fünf Handelstagen {} Prozent "
    "gewonnen."
)
RUN_THREE_DE = (
    "Die Baidu-ADRs haben in drei Handelstagen {} Prozent verloren, am Mittwoch schlossen sie bei 145,12 Dollar."
)
RUN_EN = "Nvidia shares rose 0.8% to $190.05 on Wednesday, gaining {}% in five sessions."


def test_in_five_trading_days_is_the_five_sessions_run() -> None:
    for text, quote in ((RUN_DE.format("9,1"), "9,1"), (RUN_EN.format("9.1"), "9.1")):
        claim = _claims(text, date(2026, 2, 12))[quote]
        assert claim.kind == "week_return" and claim.listing == "NVDA"
        assert claim.reference == {"start": "2026-02-04", "end": "2026-02-11"}
    claim = _claims(RUN_THREE_DE.format("0,6"), date(2026, 2, 12))["0,6"]
    assert claim.kind == "since_return" and claim.reference == {"start": "2026-02-06", "end": "2026-02-11"}


def test_in_five_trading_days_is_judged_on_the_run(tmp_path: Path) -> None:
    # NVDA 190.05 (2026-02-11) / 174.19 (2026-02-04, five sessions before) - 1 = +9.11 % (the day's move: +0.80 %)
    assert verdicts_by_quote(tmp_path, RUN_DE.format("9,1"), "2026-02-12")["9,1"] == "accurate"
    assert verdicts_by_quote(tmp_path, RUN_DE.format("4,1"), "2026-02-12")["4,1"] == "wrong"
    assert verdicts_by_quote(tmp_path, RUN_EN.format("9.1"), "2026-02-12")["9.1"] == "accurate"
    # BIDU 145.12 (2026-02-11) / 145.93 (2026-02-06, three sessions before) - 1 = -0.56 %
    assert verdicts_by_quote(tmp_path, RUN_THREE_DE.format("0,6"), "2026-02-12")["0,6"] == "accurate"
    assert verdicts_by_quote(tmp_path, RUN_THREE_DE.format("3,6"), "2026-02-12")["3,6"] != "accurate"


# --- 'verbesserte sich' / 'verschlechterte sich' (and 'hat sich ... verbessert') are a price's direction -----------

IMPROVED_DE = "Baidu verbesserten sich am Montag um {} Prozent auf 122,48 Dollar."
IMPROVED_PERFECT_DE = "Die Baidu-Aktie hat sich am Montag um {} Prozent verbessert und schloss bei 122,48 Dollar."
WORSENED_DE = "Die Tencent-Aktie verschlechterte sich am Montag in Hongkong um {} Prozent auf 516 HKD."


def test_verbessern_sich_gives_a_move_its_direction() -> None:
    for text in (IMPROVED_DE.format("2,9"), IMPROVED_PERFECT_DE.format("2,9")):
        claim = _claims(text, date(2026, 3, 10))["2,9"]
        assert claim.kind == "day_change" and claim.listing == "BIDU" and claim.direction == "up"
        assert claim.reference == {"date": "2026-03-09"}
    claim = _claims(WORSENED_DE.format("0,6"), date(2026, 3, 10))["0,6"]
    assert claim.kind == "day_change" and claim.listing == "0700.HK" and claim.direction == "down"
    # a company's figure improved stays a financial figure, not the stock's move
    assert _claims("Der Umsatz von Alibaba verbesserte sich im Quartal um 5 Prozent.", date(2026, 3, 10))["5"].kind == (
        "financials"
    )


def test_verbessern_sich_is_judged_as_the_day_move(tmp_path: Path) -> None:
    # BIDU 122.48 (2026-03-09) / 119.05 (2026-03-06) - 1 = +2.88 %
    assert verdicts_by_quote(tmp_path, IMPROVED_DE.format("2,9"), "2026-03-10")["2,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, IMPROVED_DE.format("4,9"), "2026-03-10")["4,9"] == "wrong"
    # 0700.HK 516.00 (2026-03-09) / 519.00 (2026-03-06) - 1 = -0.58 %
    assert verdicts_by_quote(tmp_path, WORSENED_DE.format("0,6"), "2026-03-10")["0,6"] == "accurate"
    assert verdicts_by_quote(tmp_path, WORSENED_DE.format("1,6"), "2026-03-10")["1,6"] != "accurate"


# --- 'mit X in den Tag gestartet' is the open; a close told after it in its own predicate stays the close ---------

STARTED_DE = (
    "Der deutsche Leitindex war am Dienstag mit {} Punkten in den Tag gestartet und schloss bei 23.969 Punkten."
)
STARTED_STOCK_DE = "Die Tencent-Aktie ist am Dienstag in Hongkong mit {} HKD in den Handelstag gestartet."


def test_in_den_tag_gestartet_is_the_open_and_the_close_after_it_the_close() -> None:
    claims = _claims(STARTED_DE.format("23.886"), date(2026, 3, 10))
    assert claims["23.886"].kind == "open_price" and claims["23.886"].listing == "^GDAXI"
    assert claims["23.969"].kind == "index_level" and claims["23.969"].reference == {"date": "2026-03-10"}
    assert _claims(STARTED_STOCK_DE.format("525"), date(2026, 3, 10))["525"].kind == "open_price"
    # the same with 'in den Handel gestartet', read before as an open price for the close too
    claims = _claims(STARTED_DE.format("23.886").replace("den Tag", "den Handel"), date(2026, 3, 10))
    assert claims["23.886"].kind == "open_price" and claims["23.969"].kind == "index_level"


def test_in_den_tag_gestartet_is_judged_on_the_open(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-10: open 23886.38, close 23968.63
    verdicts = verdicts_by_quote(tmp_path, STARTED_DE.format("23.886"), "2026-03-10")
    assert verdicts["23.886"] == "accurate" and verdicts["23.969"] == "accurate"
    assert verdicts_by_quote(tmp_path, STARTED_DE.format("23.686"), "2026-03-10")["23.686"] == "wrong"
    # 0700.HK 2026-03-10: open 525.00
    assert verdicts_by_quote(tmp_path, STARTED_STOCK_DE.format("525"), "2026-03-10")["525"] == "accurate"
    assert verdicts_by_quote(tmp_path, STARTED_STOCK_DE.format("535"), "2026-03-10")["535"] == "wrong"


# --- the day a count is set against ('mehr Papiere ... als am Vortag') is the base's, not the sentence's ------------

VOLUME_VS_DAY_BEFORE_DE = (
    "Tencent schnellte am Dienstag in Hongkong um 7,3 Prozent auf 553,50 HKD nach oben. In Hongkong wurden {} "
    "Millionen Tencent-Aktien und damit deutlich mehr Papiere gehandelt als am Vortag. Seit Anfang März hat Tencent "
    "damit {} Prozent gewonnen. Meituan legte dagegen nur um {} Prozent auf 79,10 HKD zu."
)
VOLUME_VS_DAY_BEFORE_EN = (
    "Tencent jumped 7.3% to HK$553.50 in Hong Kong on Tuesday. About 57.9 million shares changed hands, far more than "
    "on Monday. Meituan rose 0.5% to HK$79.10."
)


def test_a_day_after_mehr_als_dates_no_later_sentence() -> None:
    claims = _claims(VOLUME_VS_DAY_BEFORE_DE.format("57,9", "6,9", "0,5"), date(2026, 3, 10))
    assert claims["57,9"].kind == "volume" and claims["57,9"].reference == {"date": "2026-03-10"}
    assert claims["6,9"].kind == "month_return" and claims["6,9"].reference == {
        "start": "2026-03-01",
        "end": "2026-03-10",
    }
    assert claims["0,5"].listing == "3690.HK" and claims["0,5"].reference == {"date": "2026-03-10"}
    claims = _claims(VOLUME_VS_DAY_BEFORE_EN, date(2026, 3, 10))
    assert claims["57.9"].reference == {"date": "2026-03-10"} and claims["0.5"].reference == {"date": "2026-03-10"}


def test_a_day_after_mehr_als_is_judged_on_the_sentence_day(tmp_path: Path) -> None:
    # (read on Monday before: 57.9 against 31.38 million, +6.9 % against -0.39 %, each called wrong)
    # 0700.HK 2026-03-10: volume 57,862,244; 553.50 / 518.00 (2026-02-27, the last close of February) - 1 = +6.85 %
    # 3690.HK 79.10 / 78.70 (2026-03-09) - 1 = +0.51 %
    verdicts = verdicts_by_quote(tmp_path, VOLUME_VS_DAY_BEFORE_DE.format("57,9", "6,9", "0,5"), "2026-03-10")
    assert verdicts["57,9"] == "accurate" and verdicts["6,9"] == "accurate" and verdicts["0,5"] == "accurate"
    verdicts = verdicts_by_quote(tmp_path, VOLUME_VS_DAY_BEFORE_DE.format("75,9", "9,9", "2,5"), "2026-03-10")
    assert verdicts["75,9"] == "wrong" and verdicts["9,9"] == "wrong" and verdicts["2,5"] == "wrong"


# --- 'bis auf X ... und schloss bei Y' and 'im frühen Handel bis auf X': the level reached is the day's extreme -----

LOW_THEN_CLOSE_DE = "Am Montag war der DAX noch bis auf {} Punkte abgerutscht und hatte bei 23.409 Punkten geschlossen."
LOW_THEN_CLOSE_STOCK_DE = "Die Tencent-Aktie rutschte am Montag bis auf {} HKD ab und schloss bei 516 HKD."
EARLY_HIGH_DE = "Der DAX war am Mittwoch im frühen Handel bis auf {} Punkte gestiegen, ehe Gewinnmitnahmen einsetzten."
EARLY_LOW_DE = (
    "Die Nvidia-Aktie gewann am Montag 2,7 Prozent auf 182,64 Dollar, nachdem sie im frühen Handel bis auf {} Dollar "
    "nachgegeben hatte."
)


def test_a_level_reached_before_the_close_is_the_day_extreme() -> None:
    claims = _claims(LOW_THEN_CLOSE_DE.format("22.928"), date(2026, 3, 10))
    assert claims["22.928"].kind == "day_low" and claims["22.928"].reference == {"date": "2026-03-09"}
    assert claims["23.409"].kind == "index_level"
    claims = _claims(LOW_THEN_CLOSE_STOCK_DE.format("502,50"), date(2026, 3, 10))
    assert claims["502,50"].kind == "day_low" and claims["516"].kind == "close"
    assert _claims(EARLY_HIGH_DE.format("25.002"), date(2026, 2, 12))["25.002"].kind == "day_high"
    assert _claims(EARLY_LOW_DE.format("175,56"), date(2026, 3, 10))["175,56"].kind == "day_low"
    # a close on the extreme told after it stays the close
    claims = _claims(
        "Die Tencent-Aktie fiel am Montag um 0,6 Prozent bis auf 516 HKD und schloss damit auf dem Tagestief.",
        date(2026, 3, 10),
    )
    assert claims["0,6"].kind == "day_change" and claims["516"].kind != "day_low"


def test_a_level_reached_before_the_close_is_judged_on_the_extreme(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-09: low 22927.55, close 23409.37 (read as a bare level before: 22,928 against the close, wrong)
    assert verdicts_by_quote(tmp_path, LOW_THEN_CLOSE_DE.format("22.928"), "2026-03-10")["22.928"] == "accurate"
    assert verdicts_by_quote(tmp_path, LOW_THEN_CLOSE_DE.format("22.628"), "2026-03-10")["22.628"] == "wrong"
    # 0700.HK 2026-03-09: low 502.50, close 516.00
    assert verdicts_by_quote(tmp_path, LOW_THEN_CLOSE_STOCK_DE.format("502,50"), "2026-03-10")["502,50"] == "accurate"
    assert verdicts_by_quote(tmp_path, LOW_THEN_CLOSE_STOCK_DE.format("492,50"), "2026-03-10")["492,50"] == "wrong"
    # ^GDAXI 2026-02-11 (Wednesday): high 25001.52
    assert verdicts_by_quote(tmp_path, EARLY_HIGH_DE.format("25.002"), "2026-02-12")["25.002"] == "accurate"
    assert verdicts_by_quote(tmp_path, EARLY_HIGH_DE.format("25.202"), "2026-02-12")["25.202"] == "wrong"
    # NVDA 2026-03-09: low 175.56
    assert verdicts_by_quote(tmp_path, EARLY_LOW_DE.format("175,56"), "2026-03-10")["175,56"] == "accurate"
    assert verdicts_by_quote(tmp_path, EARLY_LOW_DE.format("171,56"), "2026-03-10")["171,56"] == "wrong"


# --- 'halten ... 26.000 Punkte für erreichbar' is a level forecast, never the index's move ---------------------------

REACHABLE_DE = (
    "Der Dax schloss am Dienstag bei {} Punkten. Die Strategen einer Landesbank halten für das Jahresende weiterhin "
    "26.000 Punkte für erreichbar."
)


def test_halten_fuer_erreichbar_is_a_forecast() -> None:
    claims = _claims(REACHABLE_DE.format("23.969"), date(2026, 3, 10))
    assert claims["26.000"].kind == "level_forecast" and not claims["26.000"].checkable
    assert claims["23.969"].kind == "index_level"
    text = "Die Strategen halten für den Dax bis Jahresende ein Plus von 10 Prozent für möglich."
    assert _claims(text, date(2026, 3, 10))["10"].kind == "forecast"


def test_halten_fuer_erreichbar_is_not_judged(tmp_path: Path) -> None:
    # ^GDAXI close 2026-03-10 23968.63; the 26,000 was judged before as a move of the index, and called wrong
    verdicts = verdicts_by_quote(tmp_path, REACHABLE_DE.format("23.969"), "2026-03-10")
    assert verdicts["23.969"] == "accurate" and verdicts["26.000"] == "out_of_scope"
    verdicts = verdicts_by_quote(tmp_path, REACHABLE_DE.format("23.669"), "2026-03-10")
    assert verdicts["23.669"] == "wrong" and verdicts["26.000"] == "out_of_scope"


# --- a distance to a moving average takes no side from the day's move in an earlier clause -------------------------

AVERAGE_GAP_DE = (
    "Die Alibaba-ADRs rückten am Montag um 1,4 Prozent auf 132,64 Dollar vor, bleiben aber angeschlagen: Der RSI steht "
    "bei 26, und von der 50-Tage-Linie trennen die Papiere rund {} Prozent."
)


def test_a_distance_to_the_average_takes_no_side_from_an_earlier_clause() -> None:
    claim = _claims(AVERAGE_GAP_DE.format("15"), date(2026, 3, 10))["15"]
    assert claim.kind == "moving_average_distance" and claim.listing == "BABA" and claim.direction is None
    # a sign word of its own clause still gives the side
    text = "Die Alibaba-ADRs fielen am Montag um 2 Prozent, sie liegen damit 15 Prozent unter der 50-Tage-Linie."
    assert _claims(text, date(2026, 3, 10))["15"].direction == "down"
    # and so does 'unter dieser Linie' / 'under that line' (before, the side came from the clause before)
    text = "Die Alibaba-ADRs notieren unter der 50-Tage-Linie, und zwar rund 15 Prozent unter dieser Linie."
    assert _claims(text, date(2026, 3, 10))["15"].direction == "down"
    text = "Alibaba's ADRs sank below their 50-day line on Monday and closed 15% under that line."
    assert _claims(text, date(2026, 3, 10))["15"].direction == "down"


def test_a_distance_to_the_average_without_side_is_judged_on_its_size(tmp_path: Path) -> None:
    # BABA 2026-03-09: close 132.64, SMA50 156.79: 132.64 / 156.79 - 1 = -15.40 % (read as +15 % before: wrong)
    assert verdicts_by_quote(tmp_path, AVERAGE_GAP_DE.format("15"), "2026-03-10")["15"] == "accurate"
    assert verdicts_by_quote(tmp_path, AVERAGE_GAP_DE.format("25"), "2026-03-10")["25"] == "wrong"
