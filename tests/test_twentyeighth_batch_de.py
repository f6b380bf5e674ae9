"""Rules added after trying the twenty-eighth batch's written German articles as an editor would
(tests/golden/articles de184..de188: a Focus Money 'Aktie der Woche' on Tencent, an n-tv Börsen-Ticker with time
stamps on the Hang Seng, Alibaba and Nvidia, an onvista 'Aktie im Fokus' on Meituan with Tradegate euro prices, a
Börsen-Zeitung Hong Kong market report, a boerse-express Morgenkommentar on the DAX, the Nasdaq and Baidu). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a temporal 'als' clause in the pluperfect tells an earlier event: its weekday dates no later sentence ---------

# ^HSI closes: 2026-03-06 25757.29, 2026-03-09 (Monday) 25408.46, 2026-03-11 (Wednesday) 25898.76;
# 0700.HK closes: 2026-03-06 519.00, 2026-03-09 516.00, 2026-03-10 553.50, 2026-03-11 552.00
SINCE_WITH_ALS = (
    "Hongkong\n\n"
    "Der Hang Seng schloss am Mittwoch 0,2 Prozent tiefer bei 25.899 Punkten. Seit dem Schlusskurs am Montag, als der "
    "Index 1,4 Prozent eingebüßt hatte, steht damit ein Plus von 1,9 Prozent. Tencent gaben {move} Prozent auf "
    "552,00 HKD nach."
)


def test_an_als_clause_in_the_pluperfect_leaves_the_day_in_play() -> None:
    claims = claims_by_quote(SINCE_WITH_ALS.format(move="0,3"), date(2026, 3, 12))
    # Tencent's figures are Wednesday's, the day the text reports, not Monday's of the 'als' clause
    assert claims["552,00"].reference == {"date": "2026-03-11"}
    assert claims["0,3"].reference == {"date": "2026-03-11"}


def test_an_als_clause_in_the_pluperfect_true_and_altered_figures(tmp_path: Path) -> None:
    # 552.00 / 553.50 - 1 = -0.27 % on Wednesday (Monday's 516.00 / 519.00 - 1 = -0.58 % would be no 552.00)
    verdicts = verdicts_by_quote(tmp_path, SINCE_WITH_ALS.format(move="0,3"), "2026-03-12")
    assert verdicts["0,3"] == "accurate" and verdicts["552,00"] == "accurate"
    altered = verdicts_by_quote(tmp_path, SINCE_WITH_ALS.format(move="1,3"), "2026-03-12")
    assert altered["1,3"] != "accurate"


# --- 'seit dem Schluss am Montag': the plain 'Schluss' names a since-return's dated base as 'Schlusskurs' does ------

# 0700.HK closes: 2026-03-09 (Monday) 516.00, 2026-03-11 (Wednesday) 552.00: 552.00 / 516.00 - 1 = +6.98 %
SINCE_SCHLUSS = (
    "Die Tencent-Aktie schloss am Mittwoch in Hongkong bei 552,00 HKD. Seit dem Schluss am Montag hat sie damit "
    "{gain} Prozent gewonnen."
)


def test_seit_dem_schluss_am_weekday_is_a_dated_since_return() -> None:
    claims = claims_by_quote(SINCE_SCHLUSS.format(gain="7,0"), date(2026, 3, 12))
    assert claims["7,0"].kind == "since_return"
    assert claims["7,0"].reference == {"start": "2026-03-09", "end": "2026-03-11"}


def test_seit_dem_schluss_am_weekday_true_and_altered_figures(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, SINCE_SCHLUSS.format(gain="7,0"), "2026-03-12")["7,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, SINCE_SCHLUSS.format(gain="9,0"), "2026-03-12")["9,0"] != "accurate"


# --- a period in the genitive ('auf Sicht eines Monats') and 'für die Woche' name the period's move ---------------

# 9988.HK closes: 2025-02-27 135.70, 2026-01-27 169.90, 2026-02-20 (Friday) 147.10, 2026-02-27 (Friday) 142.90:
# week 142.90 / 147.10 - 1 = -2.86 %; month 142.90 / 169.90 - 1 = -15.89 %; year 142.90 / 135.70 - 1 = +5.31 %
PERIODS_GENITIVE = (
    "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 142,90 HKD. Damit steht für die Woche ein Minus von {week} "
    "Prozent zu Buche. Auf Sicht eines Monats beträgt der Abschlag {month} Prozent, auf Sicht eines Jahres liegt die "
    "Aktie {year} Prozent im Plus."
)


def test_periods_in_the_genitive_and_fuer_die_woche_are_read() -> None:
    claims = claims_by_quote(PERIODS_GENITIVE.format(week="2,9", month="15,9", year="5,3"), date(2026, 2, 28))
    assert claims["2,9"].kind == "week_return"
    assert claims["15,9"].kind == "past_month_return"
    assert claims["5,3"].kind == "twelve_month_return"


def test_periods_in_the_genitive_true_and_altered_figures(tmp_path: Path) -> None:
    true = verdicts_by_quote(tmp_path, PERIODS_GENITIVE.format(week="2,9", month="15,9", year="5,3"), "2026-02-28")
    assert true["2,9"] == true["15,9"] == true["5,3"] == "accurate"
    altered = verdicts_by_quote(tmp_path, PERIODS_GENITIVE.format(week="4,9", month="11,9", year="9,3"), "2026-02-28")
    assert "accurate" not in (altered["4,9"], altered["11,9"], altered["9,3"])


# --- 'vom 52-Wochen-Tief ... um X Prozent erholt': the distance above the low ------------------------------------

# BABA 2026-02-27 close 144.11; lowest low of the 52 weeks 95.73 (2025-04-09): 144.11 / 95.73 - 1 = +50.54 %
RECOVERED = (
    "Die Alibaba-ADRs schlossen am Freitag an der NYSE bei 144,11 Dollar. Vom 52-Wochen-Tief bei 95,73 Dollar hat "
    "sich der Kurs damit um gut {gain} Prozent erholt."
)


def test_recovered_from_the_52_week_low_is_its_distance() -> None:
    claims = claims_by_quote(RECOVERED.format(gain="50"), date(2026, 2, 28))
    assert claims["50"].kind == "distance_52w_low" and claims["50"].direction == "up"


def test_recovered_from_the_52_week_low_true_and_altered_figures(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, RECOVERED.format(gain="50"), "2026-02-28")["50"] == "accurate"
    assert verdicts_by_quote(tmp_path, RECOVERED.format(gain="70"), "2026-02-28")["70"] != "accurate"


def test_two_distances_in_one_sentence_each_to_its_own_extreme(tmp_path: Path) -> None:
    # BABA 2026-02-27 close 144.11: to the 52-week high 192.67 (2025-10-02) 192.67 / 144.11 - 1 = +33.70 % still
    # needed; above the 52-week low 95.73: +50.54 %. The first clause's percentage is no bar to the second's distance
    text = (
        "Die Alibaba-ADRs schlossen am Freitag an der NYSE bei 144,11 Dollar. Bis zum 52-Wochen-Hoch von 192,67 Dollar "
        "fehlen noch gut 33 Prozent, vom 52-Wochen-Tief bei 95,73 Dollar hat sich der Kurs um gut {gain} Prozent "
        "erholt."
    )
    claims = claims_by_quote(text.format(gain="50"), date(2026, 2, 28))
    assert claims["33"].kind == "distance_52w_high" and claims["50"].kind == "distance_52w_low"
    assert verdicts_by_quote(tmp_path, text.format(gain="50"), "2026-02-28")["50"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.format(gain="70"), "2026-02-28")["70"] != "accurate"


# --- 'nach einem Start bei X' is the open -----------------------------------------------------------------------

# 0700.HK 2025-10-21 (Tuesday): open 643.00, close 630.50; ^HSI 2025-10-21: open 26160.24, close 26027.55
START_BEI = (
    "Tencent gaben am Dienstag einen Teil der frühen Gewinne ab. Nach einem Start bei {open} HKD gingen die Titel mit "
    "630,50 HKD aus dem Handel. Der Hang Seng schloss am Dienstag nach einem Start bei {index} Punkten bei 26.028 "
    "Punkten."
)


def test_nach_einem_start_bei_is_the_open() -> None:
    claims = claims_by_quote(START_BEI.format(open="643", index="26.160"), date(2025, 10, 22))
    assert claims["643"].kind == "open_price" and claims["643"].reference == {"date": "2025-10-21"}
    assert claims["26.160"].kind == "open_price" and claims["26.160"].listing == "^HSI"


def test_nach_einem_start_bei_true_and_altered_figures(tmp_path: Path) -> None:
    true = verdicts_by_quote(tmp_path, START_BEI.format(open="643", index="26.160"), "2025-10-22")
    assert true["643"] == true["26.160"] == true["630,50"] == "accurate"
    altered = verdicts_by_quote(tmp_path, START_BEI.format(open="663", index="26.460"), "2025-10-22")
    assert altered["663"] != "accurate" and altered["26.460"] != "accurate"


# --- 'Analysten trauen der Aktie X zu' is a price target, no market figure -----------------------------------------


def test_trauen_der_aktie_zu_is_a_target(tmp_path: Path) -> None:
    # 0700.HK 2026-03-13 close 547.50 (true); 680 and 750 are what analysts expect, never checked against quotes
    text = (
        "Die Tencent-Aktie schloss am Freitag in Hongkong bei 547,50 HKD. Analysten trauen der Aktie im Schnitt 680 "
        "Hongkong-Dollar zu, einzelne Experten trauen dem Papier sogar 750 HKD zu."
    )
    claims = claims_by_quote(text, date(2026, 3, 14))
    assert claims["680"].kind == "analyst_target" and not claims["680"].checkable
    assert claims["750"].kind == "analyst_target" and not claims["750"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-14")
    assert verdicts["547,50"] == "accurate" and verdicts["680"] == "out_of_scope"
    altered = verdicts_by_quote(tmp_path, text.replace("547,50", "574,50"), "2026-03-14")
    assert altered["574,50"] != "accurate"


# --- 'die Hälfte ihres Werts verloren' is a fall of about 50 %, as 'half its value' --------------------------------

# 3690.HK 2025-10-21 close 96.50; 2024-10-21 close 181.20: 96.50 / 181.20 - 1 = -46.74 % ('fast die Hälfte')
HALF_ITS_VALUE = (
    "Meituan verbilligten sich am Dienstag in Hongkong um 0,2 % auf 96,50 HK$. Auf Jahressicht hat die Aktie fast die "
    "Hälfte ihres Werts {verb}."
)


def test_die_haelfte_ihres_werts_is_a_move_of_half() -> None:
    claims = claims_by_quote(HALF_ITS_VALUE.format(verb="verloren"), date(2025, 10, 22))
    assert claims["Hälfte"].kind == "twelve_month_return" and claims["Hälfte"].direction == "down"


def test_die_haelfte_ihres_werts_true_and_altered_figures(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, HALF_ITS_VALUE.format(verb="verloren"), "2025-10-22")["Hälfte"] == "accurate"
    # the same half told as a gain: the stock fell
    assert verdicts_by_quote(tmp_path, HALF_ITS_VALUE.format(verb="gewonnen"), "2025-10-22")["Hälfte"] != "accurate"
