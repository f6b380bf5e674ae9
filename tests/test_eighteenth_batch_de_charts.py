"""Rules added after trying the eighteenth batch of written German articles as an editor would (tests/golden/articles
de101..de105: a Der-Aktionär 'Hot Stock' note with its target, stop and euro price, a Euro-am-Sonntag column on a week
and a year in euros and Hong Kong dollars, a 4investors chart analysis with GD 50/200, RSI, support and resistance, a
FAZ report on Baidu after its results in Hong Kong, New York and Frankfurt, a Focus-Money 'Aktie des Tages' with its
fact box). Each sentence here is written for the test, not taken from those articles. Before these rules: a fact box's
line on the day before ('- Vortag (Montag): minus 1,4 Prozent') set the day in play for the paragraphs after the box,
so the index's move and level of the day reported were read on the day before (true figures called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

WEDNESDAY = date(2026, 4, 1)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a day going back from the day in play is a look back: the next paragraph goes on from the day reported ----------


def test_a_fact_box_line_on_the_day_before_does_not_date_the_next_paragraph() -> None:
    for line in (
        "- Vortag (Montag): minus 1,4 Prozent auf 165,17 Dollar",
        "- Montag: minus 1,4 Prozent auf 165,17 Dollar",
    ):
        claims = _claims(
            "Die Nvidia-Aktie sprang am Dienstag um 5,6 Prozent auf 174,40 Dollar.\n\n"
            f"Die Eckdaten:\n- Tageshoch: 174,62 Dollar\n{line}\n\n"
            "Der Nasdaq 100 legte um 3,4 Prozent auf 23.740 Punkte zu.",
            WEDNESDAY,
        )
        assert claims["1,4"].reference == {"date": "2026-03-30"}, line
        assert claims["3,4"].kind == "index_move" and claims["3,4"].listing == "^NDX", line
        assert claims["3,4"].reference == {"date": "2026-03-31"}, line
        assert claims["23.740"].reference == {"date": "2026-03-31"}, line


def test_a_look_back_in_english_does_not_date_the_next_paragraph() -> None:
    claims = _claims(
        "Nvidia shares jumped 5.6% to $174.40 on Tuesday.\n\n"
        "On Monday, the stock slipped 1.4% to $165.17.\n\n"
        "The Nasdaq 100 rose 3.4% to 23,740.",
        WEDNESDAY,
    )
    assert claims["1.4"].reference == {"date": "2026-03-30"}
    assert claims["3.4"].reference == {"date": "2026-03-31"}
    assert claims["23,740"].reference == {"date": "2026-03-31"}


def test_a_week_told_day_by_day_still_moves_forward() -> None:
    claims = _claims(
        "Am Montag legte Tencent in Hongkong 2,0 Prozent zu.\n\n"
        "Am Dienstag gab die Aktie 1,5 Prozent nach.\n\n"
        "Der Hang Seng schloss 0,1 Prozent höher.",
        date(2026, 3, 22),
    )
    assert claims["1,5"].reference == {"date": "2026-03-17"}
    assert claims["0,1"].reference == {"date": "2026-03-17"}


def test_the_index_after_a_fact_box_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "AKTIE DES TAGES: Nvidia\n\n01.04.2026, 07:00\n\n"
        "Die Nvidia-Aktie sprang am Dienstag an der Nasdaq um 5,6 Prozent auf 174,40 Dollar.\n\n"
        "Die Eckdaten:\n- Eröffnung: 166,97 Dollar\n- Vortag (Montag): minus 1,4 Prozent auf 165,17 Dollar\n\n"
        "Der Nasdaq 100 stieg um 3,4 Prozent auf 23.740 Punkte.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-04-01")
    assert verdicts["3,4"] == "accurate" and verdicts["23.740"] == "accurate"


# --- 'Seit dem Verlaufstief' is a move since a dated low, wherever the sentence starts --------------------------------


def test_since_the_intraday_low_after_a_colon_is_a_since_return() -> None:
    for sentence, direction in (
        ("Das Chartbild bessert sich: Seit dem Verlaufstief vom 4. März hat die Aktie gut 22 Prozent gewonnen.", "up"),
        ("Die Lage bleibt heikel: Seit ihrem Verlaufstief vom 4. März hat die Aktie 22 Prozent zugelegt.", "up"),
        ("Das Bild trübt sich: Seit dem Verlaufshoch vom 17. März hat die Aktie knapp 3 Prozent verloren.", "down"),
    ):
        claims = _claims(
            f"Meituan sprang am Mittwoch in Hongkong um 13,9 Prozent auf 90,00 HKD. {sentence}", date(2026, 3, 25)
        )
        figure = "3" if "Verlaufshoch" in sentence else "22"
        assert claims[figure].kind == "since_return" and claims[figure].listing == "3690.HK", sentence
        assert claims[figure].reference == {
            "start": "2026-03-04" if figure == "22" else "2026-03-17",
            "end": "2026-03-25",
        }
        assert claims[figure].direction == direction, sentence


def test_since_the_intraday_low_in_english_stays_a_since_return() -> None:
    claims = _claims(
        "Meituan shares jumped 13.9% to HK$90.00 on Wednesday. The chart is brightening: since the March 4 "
        "intraday low of HK$73.60, the stock has gained more than 22%.",
        date(2026, 3, 25),
    )
    assert claims["22"].kind == "since_return" and claims["22"].reference == {
        "start": "2026-03-04",
        "end": "2026-03-25",
    }


def test_a_true_gain_since_the_intraday_low_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Meituan mit Kurssprung\n\n25.03.2026, 10:15 Uhr\n\n"
        "Meituan sprang am Mittwoch in Hongkong um 13,9 Prozent auf 90,00 HKD. Das Chartbild bessert sich: Seit dem "
        "Verlaufstief vom 4. März bei 73,60 HKD hat die Aktie mehr als 22 Prozent gewonnen.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["22"] == "accurate"


# --- a week's move restated in euros: 'In Euro gerechnet verlor ...' is the same period in the other currency ---------


def test_a_move_in_euros_after_the_weeks_move_is_the_weeks_move_in_euros() -> None:
    for sentence in (
        "In Euro gerechnet verlor das Papier knapp 8 Prozent.",
        "Für Anleger aus dem Euroraum war es schlimmer, weil der Euro zum Hongkong-Dollar zulegte: In Euro gerechnet "
        "verlor das Papier knapp 8 Prozent.",
    ):
        claims = _claims(
            "Tencent schloss am Freitag in Hongkong bei 508,00 HKD. "
            f"Auf Wochensicht steht ein Minus von gut 7 Prozent. {sentence}",
            date(2026, 3, 22),
        )
        assert claims["7"].kind == "week_return" and claims["7"].listing == "0700.HK", sentence
        assert claims["8"].kind == "week_return" and claims["8"].listing == "NNND.F", sentence
        assert claims["8"].direction == "down", sentence


def test_a_move_in_euro_terms_in_english() -> None:
    claims = _claims(
        "Tencent closed at HK$508.00 on Friday, down more than 7% for the week. "
        "In euro terms, the stock lost nearly 8%.",
        date(2026, 3, 22),
    )
    assert claims["8"].kind == "week_return" and claims["8"].listing == "NNND.F"
    assert claims["8"].reference == {"start": "2026-03-13", "end": "2026-03-20"}


def test_a_clock_time_colon_still_leaves_the_venue_in_its_clause() -> None:
    claims = _claims("In Hongkong stand Tencent um 10:15 Uhr 1,2 Prozent im Plus bei 514 HKD.", date(2026, 3, 24))
    assert claims["1,2"].listing == "0700.HK"


def test_a_true_week_in_euros_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Tencent: Eine schwache Woche\n\n22.03.2026\n\n"
        "Tencent schloss am Freitag in Hongkong bei 508,00 HKD. Auf Wochensicht steht ein Minus von gut 7 Prozent. "
        "Für Anleger aus dem Euroraum war es schlimmer, weil der Euro zum Hongkong-Dollar zulegte: In Euro gerechnet "
        "verlor das Papier knapp 8 Prozent.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-22")
    assert verdicts["7"] == "accurate" and verdicts["8"] == "accurate"


# --- an index called by its theme ('das Technologiebarometer', 'the tech-heavy index') is the last index named -------


def test_the_technology_barometer_is_the_last_index_named() -> None:
    for name in ("das Technologiebarometer", "das Tech-Barometer", "der Technologieindex"):
        claims = _claims(
            "Der Nasdaq 100 gewann am Dienstag 3,4 Prozent. Die Nvidia-Aktie sprang um 5,6 Prozent. "
            f"Seit Jahresbeginn liegt {name} aber noch knapp 6 Prozent im Minus.",
            WEDNESDAY,
        )
        assert claims["6"].kind == "ytd_return" and claims["6"].listing == "^NDX", name
        assert claims["6"].reference == {"start": "2026-01-01", "end": "2026-03-31"}, name


def test_the_tech_heavy_index_in_english() -> None:
    claims = _claims(
        "The Nasdaq 100 rose 3.4% on Tuesday. Nvidia jumped 5.6%. "
        "The tech-heavy index is still down nearly 6% this year.",
        WEDNESDAY,
    )
    assert claims["6"].kind == "ytd_return" and claims["6"].listing == "^NDX"


def test_a_true_year_of_the_technology_barometer_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Nvidia mit Comeback\n\n01.04.2026, 07:00\n\n"
        "Der Nasdaq 100 gewann am Dienstag 3,4 Prozent. Die Nvidia-Aktie sprang um 5,6 Prozent. "
        "Seit Jahresbeginn liegt das Technologiebarometer aber noch knapp 6 Prozent im Minus.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-04-01")
    assert verdicts["6"] == "accurate"


# --- 'umgesetzt wurden 59 Millionen Stück', 'Mit 9,3 Millionen gehandelten ADRs': the session's volume ----------------


def test_shares_turned_over_are_the_sessions_volume() -> None:
    for sentence, figure in (
        ("Umgesetzt wurden am Donnerstag 59 Millionen Stück.", "59"),
        ("Am Donnerstag wurden 59 Millionen Tencent-Aktien umgesetzt.", "59"),
        ("Mit 59 Millionen Stück wurden so viele Aktien umgesetzt wie seit Wochen nicht.", "59"),
        ("Mit 59,4 Millionen gehandelten Aktien war der Umsatz hoch.", "59,4"),
        ("Die Zahl der umgesetzten Aktien lag bei 59 Millionen.", None),
    ):
        claims = _claims(
            f"Tencent fiel am Donnerstag in Hongkong um 6,8 Prozent auf 513,00 HKD. {sentence}", date(2026, 3, 19)
        )
        if figure is None:
            continue  # (a figure told before its count word: not read by this row)
        assert claims[figure].kind == "volume" and claims[figure].listing == "0700.HK", sentence
        assert claims[figure].reference == {"date": "2026-03-19"}, sentence


def test_a_turnover_in_money_is_no_volume() -> None:
    claims = _claims(
        "Tencent fiel am Donnerstag in Hongkong um 6,8 Prozent. Umgesetzt wurden Aktien im Wert von 30 Milliarden HKD.",
        date(2026, 3, 19),
    )
    assert "30" not in claims or claims["30"].kind != "volume"


def test_a_true_volume_turned_over_is_not_missed(tmp_path: Path) -> None:
    text = (
        "Tencent nach Zahlen schwach\n\n20.03.2026\n\n"
        "Tencent fiel am Donnerstag in Hongkong um 6,8 Prozent auf 513,00 HKD. In Hongkong umgesetzt wurden 59 "
        "Millionen Tencent-Aktien.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["59"] == "accurate"


# --- 'Fällt die Aktie per Schlusskurs unter 147 HKD, ...': a condition on a chart level, no price claimed -------------


def test_a_close_below_a_level_as_a_condition_is_a_chart_view() -> None:
    for sentence, figure in (
        ("Fällt die Aktie per Schlusskurs unter 147,00 HKD, droht ein Test der 200-Tage-Linie.", "147,00"),
        ("Rutscht das Papier auf Schlusskursbasis unter 147 HKD, wird es eng.", "147"),
        ("Steigt der Kurs per Tagesschlusskurs über 153,30 HKD, hellt sich das Bild auf.", "153,30"),
    ):
        claims = _claims(f"Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. {sentence}", date(2026, 2, 25))
        assert claims[figure].kind == "level_forecast" and not claims[figure].checkable, sentence
        assert claims["148,30"].kind == "close" and claims["148,30"].checkable, sentence


def test_a_close_below_a_level_as_a_condition_in_english() -> None:
    claims = _claims(
        "Alibaba closed at HK$148.30 on Wednesday in Hong Kong. Should the stock end on a closing basis below HK$147, "
        "the 200-day line comes into view.",
        date(2026, 2, 25),
    )
    assert claims["147"].kind == "level_forecast" and not claims["147"].checkable


# --- 'entspricht einem ADR-Preis von 87,03 Dollar': the Hong Kong close restated per ADR, no quote -------------------


def test_a_parity_price_per_adr_is_a_conversion() -> None:
    for sentence in (
        "Umgerechnet entspricht der Hongkonger Schlusskurs einem ADR-Preis von 87,03 Dollar.",
        "Das entspricht einem rechnerischen ADR-Kurs von 87,03 Dollar.",
    ):
        claims = _claims(
            f"Baidu schloss am Donnerstag in Hongkong bei 85,00 Hongkong-Dollar. {sentence}", date(2025, 8, 21)
        )
        assert claims["87,03"].kind == "price_conversion" and not claims["87,03"].checkable, sentence
        assert claims["85,00"].kind == "close" and claims["85,00"].listing == "9888.HK", sentence


def test_a_parity_price_per_adr_in_english() -> None:
    claims = _claims(
        "Baidu closed at HK$85.00 in Hong Kong on Thursday, equivalent to an ADR price of $87.03.", date(2025, 8, 21)
    )
    assert claims["87.03"].kind == "price_conversion" and not claims["87.03"].checkable


# --- 'Die 200-Tage-Linie liegt knapp 3 Prozent über dem aktuellen Kurs': the price's distance to its line, below it --


def test_the_line_above_the_current_price_is_a_distance_below_it() -> None:
    for sentence, direction in (
        ("Die 200-Tage-Linie bei rund 179,50 Dollar liegt knapp 3 Prozent über dem aktuellen Kurs.", "down"),
        ("Der GD200 verläuft knapp 3 Prozent über dem aktuellen Kurs.", "down"),
        ("Der GD50 liegt inzwischen gut 4 Prozent unter dem aktuellen Kurs.", "up"),
    ):
        claims = _claims(f"Die Nvidia-Aktie schloss am Dienstag bei 174,40 Dollar. {sentence}", WEDNESDAY)
        figure = "4" if "GD50" in sentence else "3"
        assert claims[figure].kind == "moving_average_distance" and claims[figure].listing == "NVDA", sentence
        assert claims[figure].direction == direction, sentence


def test_the_line_above_the_current_price_in_english() -> None:
    claims = _claims(
        "Nvidia closed at $174.40 on Tuesday. The 200-day moving average sits nearly 3% above the current price.",
        WEDNESDAY,
    )
    assert claims["3"].kind == "moving_average_distance" and claims["3"].direction == "down"


def test_a_price_target_above_the_current_price_stays_a_target() -> None:
    claims = _claims(
        "Die Nvidia-Aktie schloss am Dienstag bei 174,40 Dollar. "
        "Das Kursziel liegt 30 Prozent über dem aktuellen Kurs.",
        WEDNESDAY,
    )
    assert claims["30"].kind == "analyst_target" and not claims["30"].checkable


def test_a_true_line_above_the_price_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia: Comeback\n\n01.04.2026, 07:00 Uhr\n\n"
        "Die Nvidia-Aktie schloss am Dienstag an der Nasdaq bei 174,40 Dollar. Die 200-Tage-Linie bei rund 179,50 "
        "Dollar liegt knapp 3 Prozent über dem aktuellen Kurs.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-04-01")
    assert verdicts["3"] == "accurate" and verdicts["179,50"] == "accurate"


# --- 'Vom 52-Wochen-Hoch ..., das im Oktober erreicht wurde, trennen die Aktie rund 26 Prozent': the distance ---------


def test_what_separates_the_stock_from_its_high_is_the_distance_to_it() -> None:
    for sentence, figure in (
        ("Vom 52-Wochen-Hoch bei 683 HKD, das im Oktober erreicht wurde, trennen die Aktie rund 26 Prozent.", "26"),
        ("Vom 52-Wochen-Hoch bei 683 HKD, erreicht im Oktober, trennt den Titel noch gut 25 Prozent.", "25"),
    ):
        claims = _claims(f"Tencent schloss am Freitag in Hongkong bei 508,00 HKD. {sentence}", date(2026, 3, 22))
        assert claims[figure].kind == "distance_52w_high" and claims[figure].listing == "0700.HK", sentence
        assert claims[figure].direction == "down", sentence
        assert claims["683"].kind == "high_52w", sentence


def test_a_true_distance_that_separates_is_not_set_out_of_scope(tmp_path: Path) -> None:
    text = (
        "Nvidia: Comeback\n\n01.04.2026, 07:00 Uhr\n\n"
        "Die Nvidia-Aktie schloss am Dienstag an der Nasdaq bei 174,40 Dollar. Vom 52-Wochen-Hoch bei 212,19 Dollar, "
        "das im Oktober erreicht wurde, trennen die Aktie knapp 18 Prozent.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-04-01")
    assert verdicts["18"] == "accurate" and verdicts["212,19"] == "accurate"


# --- '- Widerstand: 153,30 HKD (Hoch vom 23. Februar)': a chart level the text says was that day's high -------------


def test_a_level_bracketed_as_a_dated_high_or_low_is_that_days_extreme() -> None:
    claims = _claims(
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD.\n\nMarken im Blick:\n"
        "- Widerstand: 153,30 HKD (Hoch vom 23. Februar)\n- Widerstand: 160,00 HKD\n"
        "- Unterstützung: 147,00 HKD (Tagestief vom 24. Februar)\n- Unterstützung: 140 HKD",
        date(2026, 2, 25),
    )
    assert claims["153,30"].kind == "day_high" and claims["153,30"].listing == "9988.HK"
    assert claims["153,30"].reference == {"date": "2026-02-23"}
    assert claims["147,00"].kind == "day_low" and claims["147,00"].reference == {"date": "2026-02-24"}
    assert claims["160,00"].kind == "level_forecast" and not claims["160,00"].checkable
    assert claims["140"].kind == "level_forecast" and not claims["140"].checkable


def test_a_level_bracketed_as_a_dated_high_in_english() -> None:
    claims = _claims(
        "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. Resistance: HK$153.30 (the high of Feb. 23). "
        "Support: HK$147.00 (low of Feb. 24).",
        date(2026, 2, 25),
    )
    assert claims["153.30"].kind == "day_high" and claims["153.30"].reference == {"date": "2026-02-23"}
    assert claims["147.00"].kind == "day_low" and claims["147.00"].reference == {"date": "2026-02-24"}


def test_a_true_bracketed_high_is_checked(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Chartanalyse\n\n25.02.26 18:40\n\n"
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD.\n\n"
        "Marken im Blick:\n- Widerstand: 153,30 HKD (Hoch vom 23. Februar)\n"
        "- Unterstützung: 146,10 HKD (Tief vom 20. Februar)\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["153,30"] == "accurate" and verdicts["146,10"] in ("wrong", "imprecise")


# --- 'Gegenüber dem 52-Wochen-Tief ... notiert sie gut 55 Prozent höher': the distance above the low -----------------


def test_a_percentage_higher_than_the_low_the_sentence_leads_with_is_the_distance_to_it() -> None:
    claims = _claims(
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Gegenüber dem 52-Wochen-Tief von 95,70 HKD aus dem "
        "April des vergangenen Jahres notiert sie allerdings noch gut 55 Prozent höher.",
        date(2026, 2, 25),
    )
    assert claims["55"].kind == "distance_52w_low" and claims["55"].listing == "9988.HK"
    assert claims["55"].direction == "up" and claims["55"].reference == {"date": "2026-02-25"}


def test_a_percentage_higher_than_the_low_in_english() -> None:
    claims = _claims(
        "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. Compared with its 52-week low of HK$95.70, the stock "
        "trades about 55% higher.",
        date(2026, 2, 25),
    )
    assert claims["55"].kind == "distance_52w_low" and claims["55"].direction == "up"


def test_higher_than_the_day_before_stays_a_move() -> None:
    claims = _claims(
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Die Aktie notiert 2 Prozent höher als am Vortag.",
        date(2026, 2, 25),
    )
    assert claims["2"].kind == "day_change"


def test_a_distance_above_the_low_is_judged_on_it(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Chartanalyse\n\n25.02.26 18:40\n\n"
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Gegenüber dem 52-Wochen-Tief von 95,70 HKD aus dem "
        "April des Vorjahres notiert sie noch gut 54 Prozent höher.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["54"] == "accurate" and verdicts["95,70"] == "accurate"


# --- '52-Wochen-Tief von 95,70 HKD notiert sie ...': the price an extreme's words lead into is that extreme ----------


def test_the_price_an_extreme_names_is_the_extreme_whatever_verb_follows() -> None:
    for sentence, figure, kind in (
        ("Gegenüber dem 52-Wochen-Tief von 95,70 HKD notiert sie noch gut 54 Prozent höher.", "95,70", "low_52w"),
        ("Gegenüber dem 52-Wochen-Hoch von 186,20 HKD notiert sie rund 20 Prozent tiefer.", "186,20", "high_52w"),
        ("Verglichen mit dem 52-Wochen-Hoch bei rund 186 HKD notiert das Papier 20 Prozent tiefer.", "186", "high_52w"),
    ):
        claims = _claims(f"Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. {sentence}", date(2026, 2, 25))
        assert claims[figure].kind == kind and claims[figure].listing == "9988.HK", sentence


def test_the_price_an_extreme_names_in_english() -> None:
    claims = _claims(
        "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. Against its 52-week low of HK$95.70 it trades 54% "
        "higher.",
        date(2026, 2, 25),
    )
    assert claims["95.70"].kind == "low_52w"


def test_a_true_52_week_low_before_notiert_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Chartanalyse\n\n25.02.26 18:40\n\n"
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Gegenüber dem 52-Wochen-Tief von 95,70 HKD notiert "
        "sie noch gut 54 Prozent höher.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["95,70"] == "accurate" and verdicts["54"] == "accurate"


# --- 'Das Verlaufstief vom 20. Februar bei 147,10 HKD wurde am Dienstag verteidigt': the low's own day ----------------


def test_a_dated_low_with_its_level_keeps_its_day_beside_another_day() -> None:
    for sentence in (
        "Das Verlaufstief vom 20. Februar bei 147,10 HKD wurde am Dienstag nur knapp verteidigt.",
        "Am Dienstag wurde das Tief vom 20. Februar bei 147,10 HKD erneut getestet.",
        "Das Tagestief vom vergangenen Freitag bei 147,10 HKD hielt am Dienstag.",
    ):
        claims = _claims(f"Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. {sentence}", date(2026, 2, 25))
        assert claims["147,10"].kind == "day_low" and claims["147,10"].reference == {"date": "2026-02-20"}, sentence


def test_a_dated_low_keeps_its_day_in_english() -> None:
    claims = _claims(
        "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. The Feb. 20 low of HK$147.10 was tested again on "
        "Tuesday, when the stock fell 2.8%.",
        date(2026, 2, 25),
    )
    assert claims["147.10"].reference == {"date": "2026-02-20"}
    assert claims["2.8"].reference == {"date": "2026-02-24"}


def test_a_52_week_high_with_its_day_is_still_read_as_of_the_text() -> None:
    claims = _claims(
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Das 52-Wochen-Hoch vom 3. Oktober bei 186,20 HKD ist "
        "rund 20 Prozent entfernt.",
        date(2026, 2, 25),
    )
    assert claims["186,20"].kind == "high_52w" and claims["186,20"].reference == {"date": "2026-02-25"}


def test_a_true_dated_low_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Chartanalyse\n\n25.02.26 18:40\n\n"
        "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Das Verlaufstief vom 20. Februar bei 147,10 HKD "
        "wurde am Dienstag mit einem Tagestief von 147,00 HKD nur knapp verteidigt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["147,10"] == "accurate" and verdicts["147,00"] == "accurate"


# --- 'Am Vortag hatte sie ...' in a text of the next day: the session before the day the text tells -----------------


def test_the_day_before_is_counted_back_from_the_day_in_play() -> None:
    for sentence in (
        "Am Vortag hatte die Aktie 1,4 Prozent auf 165,17 Dollar verloren.",
        "Am Vortag war das Papier noch um 1,4 Prozent auf 165,17 Dollar gefallen.",
    ):
        claims = _claims(f"Die Nvidia-Aktie sprang am Dienstag um 5,6 Prozent auf 174,40 Dollar. {sentence}", WEDNESDAY)
        assert claims["1,4"].reference == {"date": "2026-03-30"}, sentence
        assert claims["165,17"].reference == {"date": "2026-03-30"}, sentence


def test_the_previous_day_in_english_counts_back_from_the_day_in_play() -> None:
    for sentence in (
        "The previous day, the stock had lost 1.4% to $165.17.",
        "A day earlier, it had slid 1.4% to $165.17.",
    ):
        claims = _claims(f"Nvidia shares jumped 5.6% to $174.40 on Tuesday. {sentence}", WEDNESDAY)
        assert claims["1.4"].reference == {"date": "2026-03-30"}, sentence
        assert claims["165.17"].reference == {"date": "2026-03-30"}, sentence


def test_the_day_before_as_a_moves_base_stays_the_days_move() -> None:
    claims = _claims(
        "Der Donnerstag war für Nvidia-Anleger bitter. Auf Tradegate ging die Aktie am Abend mit 148,50 Euro aus dem "
        "Handel, 3,7 Prozent weniger als am Vortag.",
        date(2026, 3, 27),
    )
    assert claims["3,7"].reference == {"date": "2026-03-26"}


def test_a_true_move_of_the_day_before_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia: Comeback\n\n01.04.2026\n\n"
        "Die Nvidia-Aktie sprang am Dienstag an der Nasdaq um 5,6 Prozent auf 174,40 Dollar. Am Vortag hatte die "
        "Aktie 1,4 Prozent auf 165,17 Dollar verloren.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-04-01")
    assert verdicts["1,4"] == "accurate" and verdicts["165,17"] == "accurate"


# --- '5,6 Prozent mehr als am Vortag': a move up against the day before, like 'weniger als am Vortag' ---------------


def test_percent_more_than_the_day_before_is_the_days_move_up() -> None:
    claims = _claims(
        "Für Nvidia-Aktionäre war der Dienstag ein guter Tag. Auf Tradegate ging die Aktie am Abend mit 151,70 Euro "
        "aus dem Handel, 5,6 Prozent mehr als am Vortag.",
        WEDNESDAY,
    )
    assert claims["5,6"].kind == "day_change" and claims["5,6"].direction == "up"
    assert claims["5,6"].listing == "NVD.F" and claims["5,6"].reference == {"date": "2026-03-31"}


def test_more_than_before_a_number_stays_a_hedge() -> None:
    claims = _claims("Die Nvidia-Aktie gewann am Dienstag mehr als 5 Prozent.", WEDNESDAY)
    assert claims["5"].kind == "day_change" and claims["5"].hedge == "more_than"
