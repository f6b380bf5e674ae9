"""Rules added after trying the fifteenth batch of written German articles as an editor would (tests/golden/articles
de80..de85: a finanzen.net-style ticker with clock times, a weekly outlook with the week's review, a chart analysis,
Nvidia from a euro investor's view, a dpa-AFX Asia report, a short portrait with a key-figures box). Each sentence
here is written for the test, not taken from those articles. Before these rules: a move told by a split verb in the
present ('büßt der DAX mehr als 3 Prozent ein', 'sackt um 6,8 Prozent ab'), by 'hochschnellten' or by 'X Prozent
weniger als am Vortag' had no sign (called wrong, or not read at all); a profit's fall ('Gewinnrückgang um 52
Prozent') was judged as the shares' move; a list under a heading without its colon ('So lief die Woche' over '- DAX:
minus 4,6 Prozent') was read as the day's moves (true weekly figures called wrong); a clause whose subject is a
pronoun after an index's move ('nachdem er am Montag ... abgesackt war', 'ging es um weitere 2,0 Prozent abwärts',
'Seit Monatsbeginn steht er ...') went to the stock the text names most."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_true_and_altered


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a move's sign told by a split verb in the present, 'hochschnellen', 'weniger als am Vortag' ---------------------


def test_split_verbs_in_the_present_tell_the_sign() -> None:
    claims = _claims("Zeitweise büßt der DAX mehr als 3 Prozent ein.", date(2026, 3, 19))
    assert claims["3"].listing == "^GDAXI" and claims["3"].direction == "down" and claims["3"].hedge == "more_than"
    claims = _claims("Die Tencent-Aktie sackt in Hongkong um 6,8 Prozent auf 513,00 HKD ab.", date(2026, 3, 19))
    assert claims["6,8"].kind == "day_change" and claims["6,8"].listing == "0700.HK"
    assert claims["6,8"].direction == "down"
    claims = _claims("Die Meituan-Aktie büßt am Dienstag 2,4 Prozent ein.", date(2026, 3, 24))
    assert claims["2,4"].kind == "day_change" and claims["2,4"].direction == "down"


def test_shares_that_shot_up_rose() -> None:
    for sentence in (
        "Die Aktien von Meituan schnellten in Hongkong um 13,9 Prozent hoch.",
        "Gefragt waren die Aktien von Meituan, die um 13,9 Prozent hochschnellten.",
        "Meituan ist in Hongkong um 13,9 Prozent hochgeschnellt.",
    ):
        claims = _claims(sentence, date(2026, 3, 25))
        assert claims["13,9"].kind == "day_change" and claims["13,9"].direction == "up", sentence
        assert claims["13,9"].listing == "3690.HK", sentence


def test_a_percentage_less_than_the_day_before_is_a_fall() -> None:
    claims = _claims(
        "Auf Tradegate ging die Nvidia-Aktie am Donnerstagabend mit 148,50 Euro aus dem Handel, 3,7 Prozent weniger"
        " als am Vortag.",
        date(2026, 3, 27),
    )
    assert claims["3,7"].kind == "day_change" and claims["3,7"].direction == "down"
    # 'weniger als' before its number stays the hedge
    claims = _claims("Die Nvidia-Aktie verlor am Donnerstag weniger als 5 Prozent.", date(2026, 3, 27))
    assert claims["5"].hedge == "less_than" and claims["5"].direction == "down"


# --- a company's profit moves are no share moves -----------------------------------------------------------------


def test_a_profit_fall_or_jump_is_a_company_figure() -> None:
    for sentence, quote in (
        ("Die Alibaba-ADRs fallen, nachdem der Konzern einen Gewinnrückgang um 52 Prozent ausgewiesen hat.", "52"),
        ("Tencent meldete einen Gewinnsprung von 24 Prozent, die Aktie stieg um 1,2 Prozent.", "24"),
        ("Der Gewinnanstieg von 18 Prozent überzeugte die Anleger von Baidu nicht.", "18"),
    ):
        claims = _claims(sentence, date(2026, 3, 19))
        assert claims[quote].kind == "financials" and not claims[quote].checkable, sentence
    claims = _claims(
        "Tencent meldete einen Gewinnsprung von 24 Prozent, die Aktie stieg um 1,2 Prozent.", date(2026, 3, 19)
    )
    assert claims["1,2"].kind == "day_change" and claims["1,2"].listing == "0700.HK"


# --- a list under a heading without its colon ------------------------------------------------------------------


def test_a_heading_over_a_bulleted_list_names_the_period_of_its_items() -> None:
    text = (
        "Die Börsenwoche im Rückblick.\n\n"
        "So lief die Woche\n"
        "- DAX: minus 4,6 Prozent auf 22.380 Punkte\n"
        "- Hang Seng: minus 0,7 Prozent\n"
        "- Nvidia: minus 4,2 Prozent auf 172,70 Dollar\n"
    )
    claims = _claims(text, date(2026, 3, 22))
    for quote, listing in (("4,6", "^GDAXI"), ("0,7", "^HSI"), ("4,2", "NVDA")):
        assert claims[quote].kind == "week_return" and claims[quote].listing == listing, quote
        # the week up to publication's last session (a Sunday's: Friday's)
        assert claims[quote].reference == {"start": "2026-03-13", "end": "2026-03-20"}, quote
    assert claims["22.380"].kind == "index_level"
    text = "Weekly wrap.\n\nThe week in review\n- Nasdaq 100: down 2.0%\n- Nvidia: down 4.2% to $172.70\n"
    claims = _claims(text, date(2026, 3, 22))
    assert claims["2.0"].kind == "week_return" and claims["2.0"].listing == "^NDX"
    assert claims["4.2"].kind == "week_return" and claims["4.2"].listing == "NVDA"


def test_a_heading_naming_no_period_leaves_the_days_moves_and_a_sentence_ending_on_a_full_stop_is_no_heading() -> None:
    text = "Die Gewinner des Tages\n- Tencent: plus 2,9 Prozent\n- Meituan: plus 1,9 Prozent\n"
    claims = _claims(text, date(2025, 10, 27))
    assert claims["2,9"].kind == "day_change" and claims["2,9"].reference == {"date": "2025-10-27"}
    text = "Der DAX schloss die Woche mit einem Minus ab. So lief die Woche.\n- Nvidia: minus 1,0 Prozent\n"
    claims = _claims(text, date(2026, 3, 20))
    assert claims["1,0"].kind == "day_change"


# --- a pronoun after an index's move ---------------------------------------------------------------------------


def test_a_pronoun_clause_after_an_index_move_is_the_index() -> None:
    text = (
        "Die Meituan-Aktie sprang um 13,9 Prozent. In Hongkong stieg der Hang Seng um 1,1 Prozent auf 25.335,95"
        " Punkte. Bereits am Vortag hatte der Leitindex 2,8 Prozent gewonnen, nachdem er am Montag um 3,5 Prozent"
        " abgesackt war. Seit Monatsbeginn steht er aber noch knapp 5 Prozent im Minus."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["3,5"].listing == "^HSI" and claims["3,5"].reference == {"date": "2026-03-23"}
    assert claims["5"].kind == "month_return" and claims["5"].listing == "^HSI"
    claims = _claims(
        "Die Nvidia-Aktie fiel. Allein am Donnerstag war der Leitindex DAX um 2,8 Prozent eingebrochen, am Freitag ging"
        " es um weitere 2,0 Prozent abwärts.",
        date(2026, 3, 22),
    )
    assert claims["2,0"].kind == "index_move" and claims["2,0"].listing == "^GDAXI"
    assert claims["2,0"].reference == {"date": "2026-03-20"}


def test_a_pronoun_does_not_take_the_index_from_shares_or_prices() -> None:
    # the shares named before the number are its subject ('das Papier' is 'es')
    claims = _claims(
        "Der Hang Seng stieg um 1,1 Prozent. Das Papier von Tencent schloss 1,7 Prozent tiefer, zuvor war es um 2,0"
        " Prozent gefallen.",
        date(2026, 3, 25),
    )
    assert claims["2,0"].listing == "0700.HK"
    # a person's view of a price level: no index
    claims = _claims(
        "Der Nasdaq 100 stieg um 1,2 Prozent. Baidu kostete 150,10 Dollar. Er sieht eine Unterstützung bei 140"
        " US-Dollar.",
        date(2026, 1, 13),
    )
    assert claims["140"].subject != "Nasdaq 100"


# --- an earlier calendar date is an aside for its paragraph -------------------------------------------------------


def test_an_earlier_calendar_date_does_not_date_the_next_paragraph() -> None:
    text = (
        "Die Alibaba-ADRs gingen am Dienstag 0,5 Prozent leichter bei 125,48 US-Dollar aus dem Handel.\n\n"
        "Auslöser der Schwäche war der Kurssturz um 7,1 Prozent am 19. März. Das Verlaufstief vom 19. März bei 121,16"
        " Dollar bildet nun die erste Unterstützung.\n\n"
        "Die 50-Tage-Linie (GD 50) verläuft bei rund 152,60 Dollar, die Aktie notiert knapp 18 Prozent darunter. Der"
        " Abstand zur 200-Tage-Linie beträgt damit gut 14 Prozent. Der RSI liegt bei 30."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["7,1"].reference == {"date": "2026-03-19"}
    assert claims["18"].kind == "moving_average_distance" and claims["18"].direction == "down"
    for quote in ("18", "14", "30"):  # Tuesday's, or (naming no day) the sessions up to publication
        assert claims[quote].reference in ({"date": "2026-03-24"}, {"date": "2026-03-25"}), quote
    # within its own paragraph the earlier day goes on ('Damals ...' and a sentence naming no day)
    text = (
        "Die Alibaba-ADRs schlossen am Dienstag bei 125,48 US-Dollar. Am 19. März brachen sie um 7,1 Prozent ein."
        " Das Tagestief lag bei 121,16 Dollar.\n\nDas Tageshoch lag bei 126,80 Dollar."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["121,16"].reference == {"date": "2026-03-19"}
    assert claims["126,80"].reference == {"date": "2026-03-24"}


def test_a_moving_average_named_with_its_abbreviation_in_brackets() -> None:
    for text in (
        "Die Alibaba-ADRs schlossen bei 125,48 Dollar. Die 50-Tage-Linie (GD 50) verläuft bei rund 152,60 Dollar, die"
        " Aktie notiert knapp 18 Prozent darunter.",
        "Die Alibaba-ADRs schlossen bei 125,48 Dollar. Die 200-Tage-Linie (SMA 200) liegt bei 146 Dollar, die Aktie"
        " notiert gut 14 Prozent darunter.",
    ):
        claims = _claims(text, date(2026, 3, 25))
        distance = claims["18"] if "18" in claims else claims["14"]
        assert distance.kind == "moving_average_distance" and distance.listing == "BABA", text


# --- a dated low or high is a fact, even called a support -----------------------------------------------------------


def test_a_dated_low_or_high_is_that_days_low_or_high() -> None:
    for sentence, quote, kind, day in (
        (
            "Das Verlaufstief vom 19. März bei 121,16 Dollar bildet nun die erste Unterstützung.",
            "121,16",
            "day_low",
            19,
        ),
        (
            "Eine erste Unterstützung bildet das Tief vom vergangenen Freitag bei 122,09 Dollar.",
            "122,09",
            "day_low",
            20,
        ),
        ("Das Zwischenhoch vom 10. März bei 139,22 Dollar gilt als Widerstand.", "139,22", "day_high", 10),
    ):
        claims = _claims("Die Alibaba-ADRs schlossen am Dienstag bei 125,48 Dollar. " + sentence, date(2026, 3, 25))
        assert claims[quote].kind == kind and claims[quote].listing == "BABA", sentence
        assert claims[quote].reference == {"date": f"2026-03-{day:02d}"}, sentence
    # a support named at a price without a dated low stays a chart level
    claims = _claims(
        "Die Alibaba-ADRs schlossen bei 125,48 Dollar. Die Unterstützung liegt bei 120 Dollar.", date(2026, 3, 25)
    )
    assert claims["120"].kind == "level_forecast"


# --- German investors' euro view, Xetra's close told the next morning -----------------------------------------------


def test_euro_area_investors_read_the_euro_listing() -> None:
    text = (
        "Die Nvidia-Aktie verlor in New York 4,2 Prozent auf 171,24 Dollar. Der schwächere Dollar dämpft die Verluste"
        " für Anleger aus dem Euroraum: Seit Jahresbeginn hat die Aktie für sie rund 6,5 Prozent verloren, in Dollar"
        " gerechnet sind es gut 8 Prozent."
    )
    claims = _claims(text, date(2026, 3, 27))
    assert claims["6,5"].kind == "ytd_return" and claims["6,5"].listing == "NVD.F"
    assert claims["8"].kind == "ytd_return" and claims["8"].listing == "NVDA"
    claims = _claims(
        "Für Euro-Anleger steht bei Nvidia seit Jahresbeginn ein Minus von 6,5 Prozent.", date(2026, 3, 27)
    )
    assert claims["6,5"].listing == "NVD.F"


def test_a_clock_time_beside_a_close_is_its_hour_not_the_time_of_writing() -> None:
    text = (
        "Für deutsche Nvidia-Aktionäre war der Donnerstag ein schmerzhafter Tag. Auf Tradegate ging die Aktie am Abend"
        " mit 148,50 Euro aus dem Handel. Auf Xetra hatte das Papier bereits um 17:30 Uhr bei 149,10 Euro geschlossen."
    )
    claims = _claims(text, date(2026, 3, 27))
    assert claims["149,10"].kind == "close" and claims["149,10"].reference == {"date": "2026-03-26"}
    # a clock time of writing still dates its sentence
    claims = _claims(
        "Am Donnerstag fiel die Aktie. Um 10:30 Uhr notiert Nvidia auf Tradegate bei 148,50 Euro.", date(2026, 3, 27)
    )
    assert claims["148,50"].reference == {"date": "2026-03-27"}
    claims = _claims("Nvidia's stock had plunged 16% to $178 by 3:15 p.m. ET on the day.", date(2025, 1, 27))
    assert claims["178"].reference == {"date": "2025-01-27"}


# --- what no stock move is: savings plans, a strategist's index target ---------------------------------------------


def test_a_savings_plan_amount_and_an_index_target_for_the_year_end_are_not_judged() -> None:
    for text, quote in (
        (
            "Die Nvidia-Aktie kostet auf Tradegate 148,50 Euro. Wer ab 50 Euro im Monat einen Sparplan anlegt, zahlt"
            " keine Ordergebühr.",
            "50",
        ),
        ("Nvidia shares cost $171.24. Many brokers offer a savings plan from $50 a month.", "50"),
        (
            "Der DAX schloss am Freitag bei 22.380 Punkten. Die Strategen einer Großbank sehen den DAX zum Jahresende"
            " dennoch bei 25.000 Punkten.",
            "25.000",
        ),
        (
            "The DAX closed at 22,380 points on Friday. Strategists at the bank see the index at 25,000 by year-end.",
            "25,000",
        ),
    ):
        claims = _claims(text, date(2026, 3, 22))
        assert not claims[quote].checkable, text
    claims = _claims("Der DAX schloss am Freitag bei 22.380 Punkten.", date(2026, 3, 22))
    assert claims["22.380"].checkable


# --- an opening move told by 'startet ... in den Handel' -----------------------------------------------------------


def test_a_start_into_trading_is_the_opening_move() -> None:
    claims = _claims("Die Alibaba-ADRs starten 8,5 Prozent tiefer in den Handel.", date(2026, 3, 19))
    assert claims["8,5"].kind == "open_move" and claims["8,5"].listing == "BABA"
    claims = _claims("Die Tencent-Aktie startete mit einem Minus von 3,8 Prozent in den Tag.", date(2026, 3, 19))
    assert claims["3,8"].kind == "open_move" and claims["3,8"].direction == "down"
    claims = _claims("Die Aktie von Baidu startete stark: Sie legte um 3 Prozent zu.", date(2026, 3, 19))
    assert claims["3"].kind == "day_change"


# --- a company named in lower case before its legal form -----------------------------------------------------------


def test_a_name_starting_in_lower_case_before_a_legal_form_is_a_company_of_its_own() -> None:
    for text in (
        "Baidu verlor 2,7 Prozent. Die Aktie des Spracherkennungsspezialisten iFlytek Co. Ltd. legte in Shenzhen seit"
        " Jahresbeginn um 20 Prozent zu.",
        "Baidu fell 2.7%. Shares of iFlytek Co. Ltd. have gained 20% this year.",
    ):
        claims = _claims(text, date(2025, 10, 30))
        assert claims["20"].listing is None and claims["2,7" if "2,7" in claims else "2.7"].listing == "9888.HK", text


# --- a session's peak told after that session's report is the venue's ---------------------------------------------


def test_the_peak_of_a_hong_kong_session_is_not_read_in_euros(tmp_path: Path) -> None:
    text = (
        "Gefragt waren die Aktien von Meituan, die in Hongkong nach Quartalszahlen um 13,9 Prozent auf 90,00 HKD"
        " hochschnellten. In der Spitze hatte das Plus sogar fast {peak} Prozent betragen."
    )
    # the high was +15.89 % (HK$91.55 against HK$79.00): 'fast 17' is wrong, 'fast 16' true
    true, altered = verdicts_true_and_altered(tmp_path, text, "2026-03-25", {"peak": "16"}, {"peak": "17"})
    assert altered["13,9"] == "accurate" and altered["17"] in ("wrong", "imprecise")
    assert true["16"] == "accurate"


# --- a period heading the sentence frames its clauses ---------------------------------------------------------------


def test_a_period_opening_the_sentence_governs_the_next_clause_without_one() -> None:
    for text in (
        "Der DAX schloss am Freitag bei 22.380 Punkten. Seit Jahresbeginn hat der DAX damit knapp 7 Prozent verloren,"
        " der Nasdaq 100 liegt gut 5 Prozent im Minus.",
        "Seit Jahresbeginn steht für Euro-Anleger bei Alibaba ein Plus von gut 10 Prozent zu Buche, in Hongkong sind es"
        " rund 5 Prozent.",
    ):
        claims = _claims(text, date(2026, 3, 22))
        assert claims["5"].kind == "ytd_return", text
    # a clause naming its own day keeps it
    claims = _claims(
        "Der DAX schloss am Freitag bei 22.380 Punkten. Seit Jahresbeginn hat der DAX knapp 7 Prozent verloren, am"
        " Freitag gab der Nasdaq 100 um 1,9 Prozent nach.",
        date(2026, 3, 22),
    )
    assert claims["1,9"].kind == "index_move" and claims["1,9"].reference == {"date": "2026-03-20"}


# --- a change in percentage points is a rate's, its level after 'auf' too ------------------------------------------


def test_a_rate_change_in_percentage_points_and_its_level_are_policy_data() -> None:
    for text, quotes in (
        (
            "Nvidia fiel. Am Mittwoch entscheidet die EZB über den Leitzins, Volkswirte rechnen mit einer Senkung um"
            " 0,25 Prozentpunkte auf 1,75 Prozent.",
            ("0,25", "1,75"),
        ),
        ("Alibaba stieg. Die Notenbank hob den Einlagensatz um 0,5 Prozentpunkte auf 2,5 Prozent an.", ("0,5", "2,5")),
        ("Nvidia fell. The Fed is expected to raise rates by 0.25 percentage points to 4.5%.", ("0.25", "4.5")),
    ):
        claims = _claims(text, date(2026, 3, 29))
        for quote in quotes:
            assert not claims[quote].checkable, (text, quote)
    # set against another move, points are the gap between the two moves; a stock's own move stays its move
    claims = _claims("Alibaba schlug den Hang Seng um 3 Prozentpunkte.", date(2026, 3, 29))
    assert claims["3"].kind == "relative_return"
    claims = _claims("Die Alibaba-Aktie stieg um 2,5 Prozent auf 130 Dollar.", date(2026, 3, 29))
    assert claims["2,5"].kind == "day_change"


def test_a_pronoun_after_an_index_is_the_index_though_another_index_follows_its_number() -> None:
    text = (
        "Die Nvidia-Aktie verlor. Am Freitag gab der DAX 1,4 Prozent nach. Seit Jahresbeginn steht er damit gut 9"
        " Prozent im Minus, während es beim Nasdaq 100 rund 8 Prozent sind."
    )
    claims = _claims(text, date(2026, 3, 29))
    assert claims["9"].kind == "ytd_return" and claims["9"].listing == "^GDAXI"
    assert claims["8"].kind == "ytd_return" and claims["8"].listing == "^NDX"


# --- a holding's worth, a chart's gap --------------------------------------------------------------------------------


def test_what_an_investment_is_worth_now_is_no_share_price() -> None:
    for text, quotes in (
        (
            "Die Baidu-Aktie notiert auf Tradegate bei 96,80 Euro. Wer vor einem Jahr 1.000 Euro investiert hat,"
            " besitzt heute Aktien im Wert von rund 1.250 Euro.",
            ("1.000", "1.250"),
        ),
        (
            "Baidu's ADRs closed at $112.32. An investor who put $1,000 into the stock a year ago now holds shares"
            " worth about $1,250.",
            ("1,000", "1,250"),
        ),
    ):
        claims = _claims(text, date(2026, 3, 27))
        for quote in quotes:
            assert not claims[quote].checkable, (text, quote)
        assert claims["96,80" if "96,80" in claims else "112.32"].checkable


def test_a_price_gap_on_the_chart_is_no_sessions_range() -> None:
    for text, ends in (
        (
            "Meituan verlor am Donnerstag 3,7 Prozent auf 86,70 HKD. Die Kurslücke vom Mittwoch zwischen 79,20 und"
            " 79,95 HKD ist damit noch offen.",
            ("79,20", "79,95"),
        ),
        (
            "Meituan fell 3.7% to HK$86.70 on Thursday, leaving open the gap between HK$79.20 and HK$79.95.",
            ("79.20", "79.95"),
        ),
    ):
        claims = _claims(text, date(2026, 3, 27))
        for quote in ends:
            assert claims[quote].kind == "level_forecast", (text, quote)
    claims = _claims("Meituan schwankte am Mittwoch zwischen 78,55 und 91,55 HKD.", date(2026, 3, 27))
    assert claims["78,55"].kind == "day_low" and claims["91,55"].kind == "day_high"


# --- an earlier sell-off told in a phrase of its own -------------------------------------------------------------


def test_the_day_of_an_earlier_selloff_does_not_date_the_report() -> None:
    for text, move, level in (
        (
            "Nach dem Ausverkauf zum Wochenstart haben sich die Börsen in Asien am Dienstag erholt. Der Hang Seng"
            " schloss 2,8 Prozent höher bei 25.063,71 Punkten. Tencent gewannen 3,1 Prozent auf 514,00 HKD.",
            "2,8",
            "514,00",
        ),
        (
            "After a selloff at the start of the week, Hong Kong stocks rebounded on Tuesday. The Hang Seng closed 2.8%"
            " higher at 25,063.71. Tencent gained 3.1% to HK$514.00.",
            "2.8",
            "514.00",
        ),
    ):
        claims = _claims(text, date(2026, 3, 24))
        assert claims[move].reference == {"date": "2026-03-24"}, text
        assert claims[level].reference == {"date": "2026-03-24"}, text
    claims = _claims("Nach einem Kursrutsch am Montag stieg Alibaba am Dienstag um 3 Prozent.", date(2026, 3, 24))
    assert claims["3"].reference == {"date": "2026-03-24"}


# --- a key-figures box: its date, a named year's performance; a distance told 'tiefer' -----------------------------


def test_a_key_figures_box_reads_its_date_as_none_and_a_named_years_performance_as_that_year() -> None:
    text = (
        "Alibaba im Kurzporträt\n\nKennzahlen der ADR (Stand: 26.03.2026)\nSchlusskurs: 126,51 USD\n"
        "Performance 2025: +72,8 %\nPerformance seit Jahresbeginn: -13,7 %\n"
    )
    claims = _claims(text, date(2026, 3, 26))
    assert "26.03" not in claims
    assert claims["126,51"].kind == "close" and claims["126,51"].listing == "BABA"
    assert claims["72,8"].kind == "calendar_year_return"
    assert claims["72,8"].reference == {"start": "2025-01-01", "end": "2025-12-31"}
    assert claims["13,7"].kind == "ytd_return"
    claims = _claims("Alibaba ADR key figures\nReturn 2025: +72.9%\nReturn YTD: -13.7%\n", date(2026, 3, 26))
    assert claims["72.9"].kind == "calendar_year_return" and claims["13.7"].kind == "ytd_return"


def test_a_distance_told_lower_after_the_extreme_leading_the_sentence() -> None:
    for text in (
        "Alibaba-ADRs schlossen bei 126,51 Dollar. Im Vergleich zum Rekordhoch von rund 319 Dollar aus dem Jahr 2020"
        " notiert die Aktie noch mehr als 60 Prozent tiefer.",
        "Alibaba's ADRs closed at $126.51. Compared with its record high of about $319 in 2020, the stock trades more"
        " than 60% lower.",
    ):
        claims = _claims(text, date(2026, 3, 26))
        assert claims["60"].kind == "distance_past_peak" and claims["60"].direction == "down", text
    claims = _claims(
        "Alibaba-ADRs schlossen bei 126,51 Dollar. Gemessen am 52-Wochen-Hoch notiert die Aktie rund 34 Prozent"
        " tiefer.",
        date(2026, 3, 26),
    )
    assert claims["34"].kind == "distance_52w_high"


# --- economic data in a calendar of dates; a stock's move after data named as its cause ----------------------------


def test_economic_indicators_are_policy_data_but_a_stocks_move_after_them_is_its_move() -> None:
    for text, quote in (
        ("Meituan legte zu. Am Freitag: US-PCE-Deflator Februar, Prognose: +0,3 % zum Vormonat.", "0,3"),
        ("Meituan gained. Friday: U.S. PCE price index for February, forecast +0.3% month on month.", "0.3"),
        ("Tencent stieg. Di., 24.03.: Ifo-Geschäftsklima, Prognose: 87,5 Punkte.", "87,5"),
    ):
        claims = _claims(text, date(2026, 3, 20))
        assert not claims[quote].checkable, text
    for text, quote, listing in (
        ("Nach dem überraschend starken Ifo-Geschäftsklima stieg Meituan um 3 Prozent.", "3", "3690.HK"),
        ("Nach den Inflationsdaten stieg Meituan um 3 Prozent.", "3", "3690.HK"),
        ("After hotter-than-expected CPI data, Alibaba fell 3%.", "3", "9988.HK"),
    ):
        claims = _claims(text, date(2026, 3, 20))
        assert claims[quote].kind == "day_change" and claims[quote].listing == listing, text


# --- a separable verb's particle closing the clause right after the percentage --------------------------------------


def test_a_particle_right_after_the_percentage_at_the_clauses_end_tells_the_sign() -> None:
    claims = _claims(
        "Auf dem Festland rückte der CSI 300 mit den 300 wichtigsten Werten der Börsen in Shanghai und Shenzhen um 0,8"
        " Prozent vor.",
        date(2026, 3, 25),
    )
    assert claims["0,8"].kind == "index_move" and claims["0,8"].direction == "up"
    claims = _claims(
        "Die Aktie von Tencent gab nach den enttäuschenden Zahlen des Konzerns vom Vorabend in Hongkong um 1,7 Prozent"
        " nach.",
        date(2026, 3, 25),
    )
    assert claims["1,7"].kind == "day_change" and claims["1,7"].direction == "down"
    # 'vor' as a preposition, and an analysts' expectation ('trauen ... zu'), stay what they were
    claims = _claims("Die Aktie von Tencent fiel um 1,7 Prozent vor dem Wochenende.", date(2026, 3, 25))
    assert claims["1,7"].direction == "down"
    claims = _claims("Nvidia stieg. Analysten trauen der Aktie weitere 20 Prozent zu.", date(2026, 3, 25))
    assert not claims["20"].checkable
