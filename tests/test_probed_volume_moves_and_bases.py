"""Readings found by probing the product with articles written for it in the formats of automated market notes,
Simply Wall St-style summaries and IBD-style copy (thirteenth session).

Figures from seeds/quotes:
- BABA 2026-03-18 close 134.43, volume 17,158,600; 2026-03-19 open 123.02, low 121.16, high 126.92, close 124.90
  (124.90 / 134.43 - 1 = -7.09 %), volume 33,440,500 (33.44 / 17.16 - 1 = +94.9 %).
- BIDU closes: 2026-02-18 137.87, 2026-02-20 135.86, 2026-03-20 114.26; over a month to 2026-03-20 (from 2026-02-20)
  114.26 / 135.86 - 1 = -15.90 %, over 30 days (from 2026-02-18) 114.26 / 137.87 - 1 = -17.12 %.
- NVDA 2026-03-13 open 184.92, low 179.94, close 180.25; 2026-03-12 close 183.14 (180.25 / 183.14 - 1 = -1.58 %).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote, verdicts_by_quote


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba stock fell 7.1%. Trading volume reached 33.44 million shares, up 95% from the previous day's.", "95"),
        ("Volume jumped 95% to 33.4 million shares as Alibaba shares fell 7.1%.", "95"),
        ("Trading volume in Alibaba shares jumped 95% while the stock lost 7.1%.", "95"),
        ("Das Handelsvolumen der Alibaba-Aktie stieg um rund 95 Prozent, der Kurs fiel um 7,1 Prozent.", "95"),
        ("Im Xetra-Handel wechselten 1,2 Millionen Alibaba-Aktien den Besitzer, ein Plus von 95 Prozent.", "95"),
    ],
)
def test_a_change_in_volume_is_named_and_not_judged_as_the_stocks_move(text: str, quote: str) -> None:
    # it had been read as the day's move of the stock (-7.09 %) and called wrong
    claim = claims_by_quote(text, date(2026, 3, 19))[quote]
    assert claim.kind == "volume_change"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba fell 7.1%. Trading volume in Alibaba came in 22% below the 50-day average.",
        "Alibaba fiel um 7,1 Prozent. Das Handelsvolumen der Alibaba-Aktie lag 22 Prozent unter dem "
        "50-Tage-Durchschnitt.",
    ],
)
def test_a_volume_set_against_its_average_is_no_distance_to_a_moving_average(text: str) -> None:
    # it had been read as the price's distance to its 50-day moving average and judged
    assert claims_by_quote(text, date(2026, 3, 19))["22"].kind == "volume_average"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba shares rose 5% on heavy volume.",
        "Alibaba's volume was light, and the shares rose 5% on Thursday.",
        "Alibaba shares, up 5% this week, fell 2% on Thursday.",
    ],
)
def test_a_move_beside_volume_words_stays_the_stocks(text: str) -> None:
    assert claims_by_quote(text, date(2026, 3, 19))["5"].kind != "volume_change"


def test_a_volume_change_comes_out_unverifiable_with_its_reason(tmp_path: Path) -> None:
    text = "Alibaba stock fell 7.09% to $124.90. Trading volume in Alibaba shares jumped 95%."
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-19")["articles"][0]["claims"]}
    assert claims["95"]["verdict"] == "unverifiable"
    assert claims["7.09"]["verdict"] == "accurate"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba stock closed at $124.90, down 7.1% from Wednesday.", "7.1"),
        ("Alibaba stock closed at $124.90 on Thursday, down 7.1% from Wednesday.", "7.1"),
        ("Die Alibaba-ADRs schlossen bei 124,90 Dollar, ein Minus von 7,1 Prozent gegenüber Mittwoch.", "7,1"),
        ("Alibaba's ADRs ended at $124.90, 7.1% lower compared with Wednesday.", "7.1"),
    ],
)
def test_a_weekday_after_a_moves_comparison_word_is_its_base_not_its_session(
    tmp_path: Path, text: str, quote: str
) -> None:
    # Wednesday dated the move and the close: both were read on 2026-03-18 and called wrong. The move ends on Thursday:
    # that session's change, or the return since Wednesday's close (a weekday set against a move is its base)
    claims = claims_by_quote(text, date(2026, 3, 19))
    assert claims[quote].reference in ({"date": "2026-03-19"}, {"start": "2026-03-18", "end": "2026-03-19"})
    price = "124,90" if "124,90" in text else "124.90"
    assert claims[price].reference == {"date": "2026-03-19"}
    # BABA 2026-03-19 close 124.90 vs 134.43 on 2026-03-18: 124.90 / 134.43 - 1 = -7.09 %
    assert verdicts_by_quote(tmp_path, text, "2026-03-19")[quote] == "accurate"


def test_a_weekday_whose_own_close_is_given_still_dates_that_close() -> None:
    text = (
        "Ahead of Nvidia's results, one brokerage raised its price target to $250 from $220, which implies 38% "
        "upside from Tuesday's close of $181.36."
    )
    assert claims_by_quote(text, date(2025, 11, 19))["181.36"].reference == {"date": "2025-11-18"}


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba shares rose 5% from Monday to Wednesday.",
        "Alibaba shares rose 5% between Monday and Wednesday, then fell 7.1% on Thursday.",
        "Die Alibaba-Aktie legte von Montag bis Mittwoch um 5 Prozent zu.",
        "Zwischen Montag und Mittwoch gewann die Alibaba-Aktie 5 Prozent.",
    ],
)
def test_a_move_over_a_span_of_weekdays_is_a_period_not_the_first_days_move(text: str) -> None:
    # it had been read as Monday's move (+1.11 % for BABA on 2026-03-16)
    assert claims_by_quote(text, date(2026, 3, 19))["5"].kind == "since_return"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu's share price has had a very rough month, dropping 17%.", "17"),
        ("Baidu's share price is down 17% over the last 30 days.", "17"),
        ("It has been a tough month for Baidu: the shares are down 16%.", "16"),
        ("Die Baidu-Aktie hat einen schwachen Monat hinter sich und verlor 16 Prozent.", "16"),
    ],
)
def test_a_month_named_by_its_adjective_or_in_days_is_a_months_move(text: str, quote: str) -> None:
    # 'a rough month, dropping 17%' had been read as the day's move (-3.99 %) and called wrong
    assert claims_by_quote(text, date(2026, 3, 20))[quote].kind == "past_month_return"


def test_a_week_named_by_its_adjective_is_a_weeks_move() -> None:
    assert claims_by_quote("Baidu shares had a terrible week, falling 7.9%.", date(2026, 3, 20))["7.9"].kind == (
        "week_return"
    )


@pytest.mark.parametrize(("figure", "verdict"), [("17", "accurate"), ("16", "accurate"), ("25", "wrong")])
def test_a_months_move_may_be_counted_over_30_days(tmp_path: Path, figure: str, verdict: str) -> None:
    # -17.12 % from the close 30 days before (2026-02-18), -15.90 % from the same day a month before (2026-02-20)
    text = f"Baidu (NASDAQ:BIDU) shares have had a very rough month, dropping {figure}%."
    claims = check_text(tmp_path, text, "2026-03-20")["articles"][0]["claims"]
    assert [(c["kind"], c["listing"], c["verdict"]) for c in claims] == [("past_month_return", "BIDU", verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia shares hit an intraday low of $179.94 on Friday after opening at $184.92.",
        "Nvidia stock hit an intraday low of $179.94 after an opening price of $184.92.",
    ],
)
def test_opening_at_is_the_open(text: str) -> None:
    # 'after opening at $184.92' had been taken as the day's low (wrong)
    claims = claims_by_quote(text, date(2026, 3, 13))
    assert (claims["184.92"].kind, claims["179.94"].kind) == ("open_price", "day_low")


def test_a_bare_price_in_a_lede_takes_the_currency_of_the_ticker_beside_its_name(tmp_path: Path) -> None:
    # IBD writes prices without a currency; before any venue is in play, '(NVDA)' names it
    text = "Nvidia (NVDA) stock fell 1.6% to close at 180.25 on Friday."
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-13")["articles"][0]["claims"]}
    assert (claims["180.25"]["kind"], claims["180.25"]["listing"]) == ("close", "NVDA")
    assert claims["180.25"]["verdict"] == "accurate"


INVESTMENT_TEXTS = [
    # finanzen.net's daily 'So viel Gewinn hätte ein Investment ... eingebracht' notes and their English counterparts
    (
        "Die Meituan-Aktie fiel in Hongkong. Aus 10.000 HKD wurden so 4.587,83 HKD, das entspricht einem Minus von "
        "54,12 Prozent.",
        "10.000",
        "54,12",
    ),
    (
        "Am 19.03.2025 wurden Alibaba-Papiere an der Börse NYSE gehandelt. Der Schlusskurs der Alibaba-Aktie belief "
        "sich an diesem Tag auf 143,20 USD. Bei einer Investition von 100 USD in die Alibaba-Aktie, hätte ein Investor "
        "nun 0,698 Anteile in seinem Besitz. Da sich der Wert einer Alibaba-Aktie am 18.03.2026 auf 134,43 USD belief, "
        "wäre die Investition nun 93,88 USD wert. Mit einem Minus von 6,12 Prozent hat sich der Wert der "
        "Anfangsinvestition somit verringert.",
        "100",
        "6,12",
    ),
    (
        "Alibaba shares fell 1.6% on Wednesday. An investment of $1,000 made a year ago would be worth $938.80 today, "
        "a loss of 6.1%.",
        "1,000",
        "6.1",
    ),
    (
        "Had you invested $1,000 in Alibaba stock a year ago, your investment would now be worth $938.80, a loss of "
        "6.1%.",
        "1,000",
        "6.1",
    ),
]


@pytest.mark.parametrize(("text", "amount", "move"), INVESTMENT_TEXTS)
def test_an_investments_sum_and_its_return_are_not_the_days_price_and_move(text: str, amount: str, move: str) -> None:
    # 'Investition von 100 USD' had been read as the day's price and 'Minus von 6,12 Prozent' as the day's move, both
    # called wrong (BABA 2026-03-18: close 134.43, -1.57 %); the return since a year ago is -6.12 %
    # (134.43 / 143.20 - 1)
    claims = claims_by_quote(text, date(2026, 3, 19))
    assert claims[amount].kind == "amount"
    assert claims[move].kind == "since_return"


def test_the_days_price_beside_an_investment_is_still_judged(tmp_path: Path) -> None:
    text = INVESTMENT_TEXTS[1][0]
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-19")["articles"][0]["claims"]}
    assert (claims["134,43"]["verdict"], claims["143,20"]["verdict"]) == ("accurate", "accurate")
    assert claims["6,12"]["verdict"] == "unverifiable"


FINANZEN_NOTE = (
    "13.03.2026 - 20:15 Uhr\n\nIm NASDAQ-Handel gaben die Nvidia-Papiere zuletzt um 1,4 Prozent auf 180,60 USD "
    "nach. Am 29.10.2025 markierte "
    "das Papier bei 212,19 USD ein 52-Wochen-Hoch. Derzeit notiert die Nvidia-Aktie damit 14,89 Prozent unter dem "
    "52-Wochen-Hoch. Am 07.04.2025 fiel das Papier auf 86,62 USD und damit auf den niedrigsten Stand der letzten 52 "
    "Wochen. Abschläge von 52,04 Prozent würde die Aktie durch den Rückgang auf dieses Niveau verbuchen."
)


def test_the_lowest_level_of_the_last_52_weeks_is_the_52_week_low() -> None:
    # NVDA's lowest low in the 52 weeks to 2026-03-13: 86.62 on 2025-04-07; 86.62 / 180.60 - 1 = -52.04 %
    claims = claims_by_quote(FINANZEN_NOTE, date(2026, 3, 13))
    assert (claims["86,62"].kind, claims["52,04"].kind) == ("low_52w", "distance_52w_low")


def test_a_distance_to_the_52_week_high_told_while_the_session_trades_may_rest_on_the_price_then(
    tmp_path: Path,
) -> None:
    # NVDA 2026-03-13: low 179.94, high 186.09, close 180.25; 52-week high 212.19 (2025-10-29): from the close
    # 180.25 / 212.19 - 1 = -15.05 % (imprecise for 14,89), from the day's range -15.20 % .. -12.30 %; written at
    # 20:15 CET, 15:15 in New York (the text's own time, no date given on the command line)
    claims = {c["quote"]: c for c in check_text(tmp_path, FINANZEN_NOTE, None)["articles"][0]["claims"]}
    assert (claims["14,89"]["listing"], claims["14,89"]["verdict"]) == ("NVDA", "accurate")


def test_a_distance_beyond_the_days_range_stays_wrong(tmp_path: Path) -> None:
    text = FINANZEN_NOTE.replace("14,89 Prozent", "1,5 Prozent")
    claims = {c["quote"]: c for c in check_text(tmp_path, text, None)["articles"][0]["claims"]}
    assert claims["1,5"]["verdict"] == "wrong"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Nvidia fiel um 1,4 Prozent. Ein Anstieg um 17,5 Prozent wäre nötig, um das Rekordhoch zu erreichen.",
            "17,5",
        ),
        (
            "Nvidia fiel um 1,4 Prozent. Mit einem Plus von 10 Prozent würde die Aktie über 200 Dollar notieren.",
            "10",
        ),
        ("Nvidia fell 1.4% to $180.60. A 10% gain would lift the stock above $200.", "10"),
    ],
)
def test_a_move_whose_own_verb_is_a_conditional_is_no_reported_move(text: str, quote: str) -> None:
    # it had been read as the day's move (-1.58 %) and called wrong
    claims = claims_by_quote(text, date(2026, 3, 13))
    assert claims[quote].kind == "forecast" and not claims[quote].checkable
    assert claims["1,4" if "1,4" in text else "1.4"].kind == "day_change"


def test_a_conditional_after_and_belongs_to_the_next_predicate() -> None:
    claims = claims_by_quote("Nvidia rose 3% and would need another 10% to reach its record.", date(2026, 3, 13))
    assert claims["3"].kind == "day_change"


# ^NDX 2026-03-20: previous close 24355.28, low 23759.97, high 24267.34, close 23898.15: close to close -1.88 %, the
# day's range -2.44 % .. -0.36 %; ^GDAXI 2026-03-20 close 22380.19 (-2.01 %); 2026-03-19 -2.82 %
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Aktien Frankfurt Schluss: Dax weitet Verluste aus\n\nFRANKFURT (dpa-AFX) - Der Dax schloss 2,01 "
            "Prozent tiefer bei 22.380,19 Punkten. In New York gab der Nasdaq 100 zum Handelsschluss in Europa 1,2 "
            "Prozent nach.",
            "1,2",
        ),
        (
            "European stocks close lower\n\nFRANKFURT - Germany's DAX closed down 2.0%. In New York, the Nasdaq "
            "100 fell 1.2% by the European close.",
            "1.2",
        ),
    ],
)
def test_new_yorks_move_at_europes_close_is_caught_during_its_session(tmp_path: Path, text: str, quote: str) -> None:
    # dpa-AFX's closing reports give New York's move 'zum Handelsschluss in Europa', mid-session there: it had been
    # judged close to close (-1.88 %) and called wrong
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-20")["articles"][0]["claims"]}
    assert (claims[quote]["listing"], claims[quote]["verdict"]) == ("^NDX", "accurate")


def test_a_day_in_brackets_is_no_session_the_next_paragraphs_report(tmp_path: Path) -> None:
    # the ECB line's '(Donnerstag: 1,1489)' had made Thursday the day in play: Friday's moves after it were read on
    # Thursday (NVDA 2026-03-19 -3.15 % in euros, BABA -7.09 %) and called imprecise
    text = (
        "Der Dax schloss am Freitag 2,01 Prozent tiefer. Die Europäische Zentralbank hatte den Referenzkurs am "
        "Nachmittag auf 1,1555 (Donnerstag: 1,1489) Dollar festgesetzt.\n\n"
        "Die Aktien von Alibaba gaben in Frankfurt um 2 Prozent nach."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-20")["articles"][0]["claims"]}
    assert claims["2"]["reference"] == {"date": "2026-03-20"}
    assert claims["2"]["verdict"] == "accurate"


def test_a_sentence_naming_the_venue_an_aside_left_returns_to_its_day(tmp_path: Path) -> None:
    # 9888.HK 2025-10-27 close 125.10, 2024-12-31 close 82.70: 125.10 / 82.70 - 1 = +51.3 % to Monday; to Friday
    # 2025-10-24 (117.80) +42.4 %, which the pluperfect aside on New York's Friday had made the day in play
    text = (
        "27.10.2025, 14:30 Uhr\n\nDie Baidu-Aktie hat zum Wochenstart in Hongkong kräftig zugelegt. Das Papier "
        "verteuerte sich um mehr als sechs Prozent auf 125,10 HKD.\n\nBereits am Freitag hatten die in New York "
        "gehandelten ADRs knapp 1,9 Prozent auf 122,76 Dollar gewonnen. Seit Jahresbeginn summiert sich das Plus der "
        "Hongkong-Aktie damit auf rund 51 Prozent."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, None)["articles"][0]["claims"]}
    assert claims["51"]["reference"] == {"start": "2025-01-01", "end": "2025-10-27"}
    assert claims["51"]["verdict"] == "accurate"
    assert (claims["1,9"]["reference"], claims["1,9"]["verdict"]) == ({"date": "2025-10-24"}, "accurate")


GURUFOCUS_NOTE = (
    "Shares of Alibaba Group Holding Ltd (NYSE:BABA) fell 2.59% in mid-day trading on Mar 26. The stock reached an "
    "intraday low of $126.17, before recovering slightly to $126.51, down from its previous close of $129.87. This "
    "places BABA 34.3% below its 52-week high of $192.67 and 32.2% above its 52-week low of $95.73. Based on "
    "GuruFocus estimates, the estimated GF Value for Alibaba Group Holding Ltd in one year is $171.35, suggesting a "
    "upside of 35.45% from the current price."
)


def test_a_fair_value_estimate_is_no_price_and_a_distance_above_the_52_week_low_is_judged(tmp_path: Path) -> None:
    # BABA 2026-03-26: close 126.51; 52-week low 95.73 (2025-04-09): 126.51 / 95.73 - 1 = +32.15 %. 'GF Value ...
    # is $171.35' had been judged as the day's price and called wrong; '32.2% above its 52-week low' was an undated
    # since-return, unverifiable
    claims = {c["quote"]: c for c in check_text(tmp_path, GURUFOCUS_NOTE, "2026-03-26")["articles"][0]["claims"]}
    assert claims["171.35"]["verdict"] == "out_of_scope"
    assert (claims["32.2"]["kind"], claims["32.2"]["verdict"]) == ("distance_52w_low", "accurate")
    assert (claims["34.3"]["kind"], claims["34.3"]["verdict"]) == ("distance_52w_high", "accurate")


def test_a_currency_code_written_against_its_digits_is_the_prices_currency(tmp_path: Path) -> None:
    # Chinese wire copy in English writes 'USD154.45', 'HKD152.2': BABA closed at 154.45 on 2026-02-20 (+0.12 %),
    # 9988.HK at 152.20 on 2026-02-23; the prices had not been read at all
    text = (
        "Alibaba's Hong Kong-listed stock [HKG: 9988] closed 3.47 percent higher at HKD152.2 today. Its New "
        "York-listed depositary receipts [NYSE: BABA] gained 0.1 percent to USD154.45 on Feb. 20."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-02-23")["articles"][0]["claims"]}
    assert (claims["152.2"]["listing"], claims["152.2"]["verdict"]) == ("9988.HK", "accurate")
    assert (claims["154.45"]["listing"], claims["154.45"]["verdict"]) == ("BABA", "accurate")
    assert "154" not in {c.quote for c in claims_by_quote("Der Code ABCUSD154 ist keiner.", date(2026, 2, 23)).values()}
