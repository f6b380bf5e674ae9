"""Readings found by probing articles of my own in the formats of automated quote notes (finanzen.net's 'Alibaba am
Abend mit Kurssprung' notes, finbold-style English recaps) against the real quotes in seeds/quotes. Each sentence is
written for the test. Figures, from seeds/quotes/BABA.csv:

- 2026-01-22 (Thursday; Monday 01-19 was Martin Luther King Day): open 176.43, high 181.10, low 174.77, close 177.18.
- Closes: 01-14 169.90, 01-15 170.93, 01-21 168.67.
- The 52-week low: 84.96 on 2025-01-23 (the day low), 364 days before 2026-01-22; the window of 52 weeks after
  2025-01-23 holds 86.48 (2025-01-24) as its lowest low; 2025-01-22's low, 84.42, lies 365 days back.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import check_text


def _claims(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, object]]:
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


def test_a_week_with_a_holiday_may_be_counted_a_calendar_week_back(tmp_path: Path) -> None:
    # a week back on the calendar: 177.18 / 170.93 - 1 = +3.66 %; five sessions back (01-14): +4.28 %
    claims = _claims(
        tmp_path,
        "Alibaba (BABA) closed at $177.18 on Thursday. Over the past week, the stock gained 3.7%.",
        "2026-01-23",
    )
    assert claims["3.7"]["kind"] == "week_return" and claims["3.7"]["verdict"] == "accurate"
    assert "+3,66" in str(claims["3.7"]["explanation"]) or "+3.66" in str(claims["3.7"]["explanation"])


def test_a_week_counted_by_neither_way_is_still_wrong(tmp_path: Path) -> None:
    # +3.66 % a calendar week back, +4.28 % five sessions back: 6.1 % is neither
    claims = _claims(
        tmp_path,
        "Alibaba (BABA) closed at $177.18 on Thursday. Over the past week, the stock gained 6.1%.",
        "2026-01-23",
    )
    assert claims["6.1"]["verdict"] == "wrong"


def test_a_52_week_low_on_the_windows_edge_as_vendors_count_it(tmp_path: Path) -> None:
    text = (
        "22.01.2026 20:26:00\n\nIm NYSE-Handel gewannen die Alibaba-Papiere um 20:26 Uhr 4,6 Prozent auf 176,40 "
        "USD. Bei 84,96 USD erreichte der Anteilsschein den tiefsten Stand seit 52 Wochen (23.01.2025). Das "
        "52-Wochen-Tief liegt damit 51,84 Prozent unterhalb des aktuellen Kursniveaus."
    )
    claims = _claims(tmp_path, text, "2026-01-22")
    assert claims["84,96"]["kind"] == "low_52w" and claims["84,96"]["verdict"] == "accurate"
    # written while New York traded: 1 - 84.96 / 176.40 = 51.84 %, and the day's range 174.77 .. 181.10 holds 176.40
    assert claims["51,84"]["kind"] == "distance_52w_low" and claims["51,84"]["verdict"] == "accurate"


def test_a_52_week_low_no_window_holds_is_wrong(tmp_path: Path) -> None:
    # 84.42 (2025-01-22, 365 days back), 84.96 (364 days back) and 86.48 (within 52 weeks) are permitted; 80.30 is none
    text = (
        "22.01.2026 20:26:00\n\nBei 80,30 USD erreichte die Alibaba-Aktie in New York den tiefsten Stand seit 52 Wochen"
    )
    claims = _claims(tmp_path, text, "2026-01-22")
    assert claims["80,30"]["kind"] == "low_52w" and claims["80,30"]["verdict"] == "wrong"


def test_a_move_told_over_five_sessions_is_not_counted_a_calendar_week_back(tmp_path: Path) -> None:
    # 'over the past five sessions' on 2026-01-22: from the close of 01-14 (169.90), +4.28 %; a calendar week back
    # (01-15, 170.93) would give +3.66 %, which these words do not permit
    for text, quote in (
        ("Alibaba (BABA) closed at $177.18 on Thursday. Over the past five sessions, the ADRs gained 3.7%.", "3.7"),
        (
            "Die Alibaba-ADRs schlossen am Donnerstag bei 177,18 Dollar. In den letzten fünf Handelstagen gewannen "
            "sie 4,3 Prozent.",
            "4,3",
        ),
    ):
        claims = _claims(tmp_path, text, "2026-01-23")
        assert claims[quote]["kind"] == "week_return" and claims[quote]["sessions_counted"] is True, text
        assert claims[quote]["verdict"] == ("wrong" if quote == "3.7" else "accurate"), text


def test_a_distance_told_while_trading_rests_on_the_last_price_the_text_gave(tmp_path: Path) -> None:
    # BIDU 2026-02-26 (seeds/quotes/BIDU.csv): low 122.97, high 129.40, close 125.15; 52-week low 74.71 (2025-04-09),
    # high 165.30 (2026-01-22). At the price given, 125.40: 1 - 74.71 / 125.40 = 40.42 % (the close gives 40.30 %);
    # to the high 165.30 / 125.40 - 1 = 31.82 % (a figure anywhere in the day's range would allow 27.7 % .. 34.4 %)
    text = (
        "26.02.2026 16:30:00\n\nUm 16:25 Uhr verlor die Baidu-Aktie im NASDAQ-Handel 4,9 Prozent auf 125,40 USD. "
        "Zwischenzeitlich fiel sie bis auf 123,10 USD. Abschläge von 40,42 Prozent würde die Aktie durch einen "
        "Rückgang auf das 52-Wochen-Tief verbuchen. Gewinne von 28,10 Prozent würden sie auf das 52-Wochen-Hoch "
        "bringen."
    )
    claims = _claims(tmp_path, text, "2026-02-26")
    assert claims["40,42"]["kind"] == "distance_52w_low" and claims["40,42"]["verdict"] == "accurate"
    assert "im Text genannten Kurs" in str(claims["40,42"]["explanation"])
    assert claims["28,10"]["kind"] == "distance_52w_high" and claims["28,10"]["verdict"] != "accurate"


# Zacks's notes after the close: BABA 2026-02-19 closed at 154.27 (-0.96 %); the month up to the close before it,
# 02-18 (155.77), from the last close on or before 01-18 (01-16, 165.40): 155.77 / 165.40 - 1 = -5.82 %; up to 02-19
# itself: 154.27 / 165.40 - 1 = -6.73 %.
_LATEST_SESSION = (
    "Alibaba (BABA) closed at $154.27 in the latest trading session, marking a -0.96% move from the prior day. "
)


def test_a_period_coming_into_today_ends_at_the_close_before_the_session_reported(tmp_path: Path) -> None:
    for opening in (
        "Coming into today, shares of the online retailer had lost 5.8% in the past month.",
        "Heading into today, shares of the company had lost 5.8% over the past month.",
        "Prior to today's trading, shares of the online retailer had lost 5.8% over the past month.",
    ):
        claims = _claims(tmp_path, "February 19, 2026\n\n" + _LATEST_SESSION + opening, "2026-02-19")
        assert claims["5.8"]["kind"] == "past_month_return", opening
        assert claims["5.8"]["reference"] == {"start": "2026-01-18", "end": "2026-02-18"}, opening
        assert claims["5.8"]["verdict"] == "accurate", opening


def test_a_period_coming_into_today_judged_on_that_close_only(tmp_path: Path) -> None:
    # -6.73 % is the month up to the session reported, not up to the close before it: wrong for these words
    claims = _claims(
        tmp_path,
        "February 19, 2026\n\n" + _LATEST_SESSION + "Coming into today, shares had lost 6.7% in the past month.",
        "2026-02-19",
    )
    assert claims["6.7"]["verdict"] != "accurate"


def test_a_period_without_those_words_stays_up_to_the_session_reported(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        "February 19, 2026\n\n" + _LATEST_SESSION + "Over the past month, shares have lost 6.7%.",
        "2026-02-19",
    )
    assert claims["6.7"]["reference"] == {"start": "2026-01-19", "end": "2026-02-19"}
    assert claims["6.7"]["verdict"] == "accurate"


def test_a_period_read_during_the_session_is_explained_in_german_throughout(tmp_path: Path) -> None:
    # BABA 2026-03-10 traded 134.56 .. 139.22; the last close of 2025, 146.58: -8.20 % .. -5.02 % so far this year
    text = "10.03.2026, 17:05 Uhr\n\nDie Alibaba-Aktie liegt in New York seit Jahresbeginn rund 6 Prozent im Minus."
    claim = _claims(tmp_path, text, "2026-03-10")["6"]
    assert claim["kind"] == "ytd_return" and claim["verdict"] == "accurate"
    assert "Tagesspanne, gegenüber dem letzten Schluss des Vorjahres" in str(claim["explanation"])
    assert " of the " not in str(claim["explanation"])


def test_a_move_against_the_evening_before_is_the_days_move_not_that_evenings() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, quote, direction in (
        (
            "Zuletzt kostete die Alibaba-Aktie auf Tradegate 117,90 Euro und damit 0,3 Prozent mehr als am Vorabend.",
            "0,3",
            "up",
        ),
        ("Die Alibaba-Aktie kostete auf Tradegate 117,90 Euro, 0,3 Prozent weniger als am Vortag.", "0,3", "down"),
        ("Alibaba's ADRs traded at $136.85, 3.2% higher than the previous day.", "3.2", "up"),
    ):
        claim = claims_by_quote(text, date(2026, 3, 11))[quote]
        assert claim.kind == "day_change" and claim.direction == direction, text
        assert claim.reference == {"date": "2026-03-11"}, text
    # 'mehr als' before the figure stays its hedge, and the verb its direction
    claim = claims_by_quote("Die Alibaba-Aktie verlor mehr als 5 Prozent.", date(2026, 3, 11))["5"]
    assert claim.hedge == "more_than" and claim.direction == "down"


def test_an_investment_notes_closing_price_and_its_return_are_no_forecasts(tmp_path: Path) -> None:
    # 3690.HK closed at 80.70 on 2026-03-19 (seeds/quotes/3690.HK.csv); the holding's return is an undated period
    text = (
        "Wer am 19.03.2025 10.000 HKD in Meituan-Aktien investiert hat, besäße heute 56,850 Aktien. Zum Schlusskurs "
        "vom 19.03.2026 von 80,70 HKD wären diese 4.587,83 HKD wert. Damit wäre der Wert der Investition um 54,12 "
        "Prozent gesunken."
    )
    claims = _claims(tmp_path, text, "2026-03-20")
    assert claims["80,70"]["kind"] == "close" and claims["80,70"]["verdict"] == "accurate"
    assert claims["80,70"]["reference"] == {"date": "2026-03-19"}
    assert claims["54,12"]["kind"] == "since_return" and claims["54,12"]["verdict"] == "unverifiable"
    # a move told as what would follow stays a forecast ('Ein Anstieg um 17,5 Prozent wäre nötig')
    forecast = _claims(
        tmp_path, "Ein Anstieg um 17,5 Prozent wäre nötig, um das Hoch der Alibaba-Aktie zu erreichen.", "2026-03-20"
    )
    assert forecast["17,5"]["kind"] == "forecast"


def test_a_day_told_after_a_colon_dates_only_what_follows_it() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    # published on Friday 2026-02-13 after New York's close: BIDU closed at 137.01 (-0.99 %), on Thursday -4.64 %
    for text, move, price, thursday in (
        (
            "Baidu, down 1% on the day at $137.01, has had a rougher week: the ADRs lost 4.6% on Thursday alone.",
            "1",
            "137.01",
            "4.6",
        ),
        (
            "Die Baidu-ADRs schlossen 1 Prozent tiefer bei 137,01 Dollar und setzten damit ihre Talfahrt fort: Allein "
            "am Donnerstag hatten sie 4,6 Prozent verloren.",
            "1",
            "137,01",
            "4,6",
        ),
    ):
        claims = claims_by_quote(text, date(2026, 2, 13))
        assert claims[move].reference == {"date": "2026-02-13"}, text
        assert claims[price].reference == {"date": "2026-02-13"}, text
        assert claims[thursday].reference == {"date": "2026-02-12"}, text


def test_a_move_over_thirty_days_in_other_words_is_the_past_months() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, quote in (
        (
            "Die Alibaba-Aktie notiert bei 117,70 Euro. Auf Sicht von 30 Tagen steht ein Minus von rund 15 Prozent.",
            "15",
        ),
        ("Auf 30-Tage-Sicht hat die Alibaba-Aktie rund 15 Prozent verloren.", "15"),
        ("Alibaba's ADRs trade at $136.29, with a 30-day performance of -15.8%.", "15.8"),
    ):
        claim = claims_by_quote(text, date(2026, 3, 12))[quote]
        assert claim.kind == "past_month_return", text


def test_a_distance_below_a_dated_close_is_a_look_back_up_to_the_session_reported(tmp_path: Path) -> None:
    # BABA 2026-03-10 closed at 136.85; 2026-02-10 166.51 (-17.8 %), 2025-10-02 189.34 (-27.7 %)
    text = (
        "Alibaba's U.S.-traded shares rose 3.2% to $136.85 in New York on Tuesday. Even after the bounce, Alibaba has "
        "lost about 18% since its Feb. 10 close and sits roughly 28% below where it ended on Oct. 2."
    )
    claims = _claims(tmp_path, text, "2026-03-11")
    for quote, start in (("18", "2026-02-10"), ("28", "2025-10-02")):
        assert claims[quote]["kind"] == "since_return", quote
        assert claims[quote]["reference"] == {"start": start, "end": "2026-03-10"}, quote
        assert claims[quote]["verdict"] == "accurate", quote


def test_last_month_in_prose_is_the_calendar_month_before_and_in_a_list_the_month_up_to_now(tmp_path: Path) -> None:
    # BABA: 2026-01-30 169.56, 2026-02-27 144.11: February -15.0 %; a month up to 2026-03-11 (136.29) from 02-11
    # (164.32): -17.1 %
    for text, quote in (
        ("Im vergangenen Monat verlor die Alibaba-Aktie in New York 15 Prozent.", "15"),
        ("Im letzten Monat verloren die ADRs von Alibaba 15 Prozent.", "15"),
        ("Alibaba's ADRs lost 15% last month.", "15"),
    ):
        claim = _claims(tmp_path, text, "2026-03-12")[quote]
        assert claim["kind"] == "month_return", text
        assert claim["reference"] == {"start": "2026-02-01", "end": "2026-02-28"}, text
        assert claim["verdict"] == "accurate", text
    listed = _claims(tmp_path, "Alibaba-ADRs, Performance:\n- im letzten Monat: -17,1 %", "2026-03-12")["17,1"]
    assert listed["kind"] == "past_month_return"
    # 'over the last month' is the month up to now
    claim = _claims(tmp_path, "Alibaba's ADRs lost 17.1% over the last month.", "2026-03-12")["17.1"]
    assert claim["kind"] == "past_month_return"


def test_quarters_and_months_of_the_year_are_periods_not_the_days_move() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, quote, kind in (
        ("Alibaba shares gained 12.5% last quarter.", "12.5", "months_return"),
        ("In den ersten beiden Monaten des Jahres verlor die Aktie von Alibaba 12,5 Prozent.", "12,5", "months_return"),
        ("Alibaba's ADRs have lost 12.5% in the first two months of the year.", "12.5", "months_return"),
        ("Alibaba's ADRs are down 12.5% month-on-month.", "12.5", "past_month_return"),
        ("Im Monatsvergleich liegt die Alibaba-Aktie 12,5 Prozent im Minus.", "12,5", "past_month_return"),
    ):
        assert claims_by_quote(text, date(2026, 3, 12))[quote].kind == kind, text


def test_figures_beside_a_stock_that_are_not_its_price_or_its_move() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, quote, kind in (
        ("Der Abschlag der Alibaba-ADRs zur Hongkong-Notierung beträgt 2,5 Prozent.", "2,5", "price_conversion"),
        ("Alibaba's ADRs trade at a 2.5% discount to the Hong Kong shares.", "2.5", "price_conversion"),
        ("Gegenüber dem Ausgabepreis von 68 Dollar liegt die Alibaba-Aktie 12,5 Prozent im Plus.", "68", "amount"),
        ("Der chinesische Yuan gab 0,5 Prozent nach, während Alibaba 2,5 Prozent gewann.", "0,5", "macro"),
        ("The offshore yuan slipped 0.3% while Alibaba gained 2.5%.", "0.3", "macro"),
        ("Implied volatility on Alibaba options rose to 12.5%.", "12.5", "indicator"),
        ("Die implizite Volatilität der Alibaba-Optionen stieg auf 12,5 Prozent.", "12,5", "indicator"),
    ):
        claim = claims_by_quote(text, date(2026, 3, 12))[quote]
        assert claim.kind == kind and not claim.checkable, text
    # the stock's own move beside a currency's stays its move
    claim = claims_by_quote(
        "Der chinesische Yuan gab 0,5 Prozent nach, während Alibaba 2,5 Prozent gewann.", date(2026, 3, 12)
    )
    assert claim["2,5"].kind == "day_change" and claim["2,5"].checkable


def test_periods_named_by_their_base_are_measured_as_such() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, quote, kind in (
        ("Gemessen am Schlusskurs des Vorjahres liegt die Alibaba-Aktie 12,5 Prozent im Plus.", "12,5", "ytd_return"),
        ("Alibaba's ADRs are up 12.5% from their year-end close.", "12.5", "ytd_return"),
        ("Alibaba is up 12.5% on a trailing twelve-month basis.", "12.5", "twelve_month_return"),
        ("Alibaba shares are up 12.5% from their IPO price.", "12.5", "since_return"),
    ):
        assert claims_by_quote(text, date(2026, 3, 12))[quote].kind == kind, text


def test_the_sessions_end_named_with_a_number_makes_it_the_close() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    saturday = date(2026, 2, 14)
    for text in (
        "Zum Handelsschluss kostete die Alibaba-Aktie am Freitag 155,40 HKD.",
        "Zum Handelsende kostete die Alibaba-Aktie am Freitag 155,40 HKD.",
        "Die Alibaba-Aktie beendete den Handel am Freitag bei 155,40 HKD.",
        "Die Alibaba-Aktie hat den Handel am Freitag bei 155,40 HKD beendet.",
    ):
        claim = claims_by_quote(text, saturday)["155,40"]
        assert claim.kind == "close" and claim.reference == {"date": "2026-02-13"}, text
    # a close told in another predicate, or trading after the close, leaves a price its own
    text = "Die Alibaba-Aktie schloss am Donnerstag bei 158,60 HKD und kostete am Freitag zuletzt 155,40 HKD."
    assert claims_by_quote(text, saturday)["155,40"].kind == "last_price"
    text = "Nach Handelsschluss kostete die Alibaba-Aktie auf Tradegate 155,40 Euro."
    assert claims_by_quote(text, saturday)["155,40"].kind == "last_price"


def test_a_close_told_after_an_intraday_extreme_is_the_days_move() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, intraday, close in (
        (
            "Die Alibaba-ADRs drehten am Freitag nach einem Plus von zeitweise 2 Prozent ins Minus und schlossen 1,9 "
            "Prozent tiefer.",
            "2",
            "1,9",
        ),
        (
            "Alibaba's ADRs pared losses to end 1.9% lower on Friday after sliding as much as 3.4% earlier.",
            "3.4",
            "1.9",
        ),
        ("Alibaba's ADRs gave up early gains of as much as 2% to close down 1.9% on Friday.", "2", "1.9"),
    ):
        claims = claims_by_quote(text, date(2026, 2, 14))
        assert claims[intraday].kind == "intraday_move", text
        assert claims[close].kind == "day_change", text


def test_a_name_in_an_apposition_is_not_the_subject_of_the_move_after_it() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, subject in (
        ("Alibaba, a heavyweight in the Hang Seng, fell 2% on Friday.", "Alibaba"),
        ("Alibaba, einer der Schwergewichte im Hang Seng, verlor am Freitag 2 Prozent.", "Alibaba"),
        ("Baidu, a rival of Alibaba, fell 2% on Friday.", "Baidu"),
    ):
        claim = claims_by_quote(text, date(2026, 2, 14))["2"]
        assert claim.subject == subject and claim.kind == "day_change", text
    # a name after the apposition's close is the subject: 'The Hang Seng, a gauge of Hong Kong stocks, fell 2%'
    claim = claims_by_quote(
        "The Hang Seng, a gauge of Hong Kong's biggest stocks, fell 2% on Friday.", date(2026, 2, 14)
    )
    assert claim["2"].subject == "Hang Seng"


def test_more_english_hedges() -> None:
    from datetime import date

    from tests.helpers import claims_by_quote

    for text, hedge in (
        ("Alibaba's ADRs fell north of 3% on Friday.", "more_than"),
        ("Alibaba's ADRs rose upwards of 3% on Friday.", "more_than"),
        ("Alibaba's ADRs fell just shy of 3% on Friday.", "just_under"),
        ("Alibaba's ADRs fell a shade under 3% on Friday.", "just_under"),
    ):
        assert claims_by_quote(text, date(2026, 2, 14))["3"].hedge == hedge, text
