"""Rules added after trying the twenty-ninth batch of written German articles as an editor would (tests/golden/articles
de194..de196: a Handelsblatt 'Dax aktuell' morning briefing with Asia and the China ADRs, a Der Aktionär 'Hot Stock' on
Baidu with chart levels, a Reuters German Hong Kong close with a euro conversion). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'in die Höhe geschnellt': a rise, whatever the main clause's verb says ---------------------------------------


def test_in_die_hoehe_geschnellt_is_a_rise_in_a_clause_after_a_fall(tmp_path: Path) -> None:
    # 0700.HK Friday 2025-09-26 644.0 / 650.0 (2025-09-25) - 1 = -0.92 %;
    # Wednesday 2025-09-24 648.5 / 635.5 (2025-09-23) - 1 = +2.05 %
    text = (
        "Tencent gaben am Freitag in Hongkong 0,9 Prozent auf 644 Hongkong-Dollar nach, nachdem die Titel am Mittwoch "
        "um 2,0 Prozent in die Höhe geschnellt waren."
    )
    claims = claims_by_quote(text, date(2025, 9, 27))
    assert claims["0,9"].direction == "down"
    assert claims["2,0"].direction == "up" and claims["2,0"].reference == {"date": "2025-09-24"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-09-27")
    assert verdicts["0,9"] == "accurate" and verdicts["2,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("um 2,0", "um 5,0"), "2025-09-27")["5,0"] == "wrong"


def test_schossen_in_die_hoehe_is_a_rise(tmp_path: Path) -> None:
    # 3690.HK Wednesday 2025-09-17 105.2 / 100.3 (2025-09-16) - 1 = +4.89 %
    text = "Meituan schossen am Mittwoch in Hongkong um 4,9 Prozent in die Höhe, der Gesamtmarkt tendierte schwächer."
    claims = claims_by_quote(text, date(2025, 9, 17))
    assert claims["4,9"].direction == "up" and claims["4,9"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-09-17")["4,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("4,9", "7,9"), "2025-09-17")["7,9"] == "wrong"


# --- 'im Tagesverlauf' / 'im Handelsverlauf ... bis auf X Punkte': an index's session low or high ------------------


def test_im_tagesverlauf_bis_auf_points_is_the_index_day_low(tmp_path: Path) -> None:
    # ^GDAXI 2025-09-16: close 23329.24 / 23748.86 (2025-09-15) - 1 = -1.77 %; low 23317.30
    text = (
        "Der Dax verlor am Dienstag 1,8 Prozent auf 23.329 Punkte. Im Tagesverlauf war er bis auf 23.317 Punkte "
        "gefallen."
    )
    claims = claims_by_quote(text, date(2025, 9, 17))
    assert claims["23.317"].kind == "day_low" and claims["23.317"].listing == "^GDAXI"
    assert claims["23.317"].reference == {"date": "2025-09-16"}
    assert verdicts_by_quote(tmp_path, text, "2025-09-17")["23.317"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("23.317", "23.117"), "2025-09-17")["23.117"] == "wrong"


def test_im_handelsverlauf_bis_auf_points_is_the_index_day_high(tmp_path: Path) -> None:
    # ^HSI 2025-09-18: close 26544.85 / 26908.39 (2025-09-17) - 1 = -1.35 %; high 27058.03
    text = (
        "Der Hang Seng schloss am Donnerstag 1,4 Prozent tiefer bei 26.545 Punkten. Im Handelsverlauf war er zunächst "
        "bis auf 27.058 Punkte gestiegen."
    )
    claims = claims_by_quote(text, date(2025, 9, 18))
    assert claims["27.058"].kind == "day_high" and claims["27.058"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2025-09-18")["27.058"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("27.058", "27.358"), "2025-09-18")["27.358"] == "wrong"


# --- 'am Ende blieb / zum Schluss stand ein Plus von X auf Y': the session's close, after an opening clause --------


def test_zum_schluss_stand_after_the_open_is_the_days_move_and_close(tmp_path: Path) -> None:
    # NVDA 2025-09-22: open 175.30; close 183.61 / 176.67 (2025-09-19) - 1 = +3.93 %
    text = (
        "Die Nvidia-Aktie startete am Montag an der Nasdaq bei 175,30 Dollar in den Handel, zum Schluss stand ein Plus "
        "von 3,9 Prozent auf 183,61 Dollar."
    )
    claims = claims_by_quote(text, date(2025, 9, 23))
    assert claims["175,30"].kind == "open_price"
    assert claims["3,9"].kind == "day_change" and claims["183,61"].kind == "close"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-09-23")
    assert verdicts["3,9"] == "accurate" and verdicts["183,61"] == "accurate"
    altered = verdicts_by_quote(tmp_path, text.replace("3,9", "5,9").replace("183,61", "186,61"), "2025-09-23")
    assert altered["5,9"] == "wrong" and altered["186,61"] == "wrong"


def test_am_ende_blieb_is_the_close_of_a_session_told_before(tmp_path: Path) -> None:
    # BIDU 2025-09-19: high 138.18; close 135.35 / 135.25 (2025-09-18) - 1 = +0.07 %
    text = (
        "Die Baidu-Aktie kletterte am Freitag an der Nasdaq im Hoch bis auf 138,18 Dollar. Am Ende blieb ein Plus von "
        "0,1 Prozent auf 135,35 Dollar."
    )
    claims = claims_by_quote(text, date(2025, 9, 22))
    assert claims["0,1"].kind == "day_change" and claims["135,35"].kind == "close"
    assert verdicts_by_quote(tmp_path, text, "2025-09-22")["135,35"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("135,35", "132,35"), "2025-09-22")["132,35"] == "wrong"


# --- 'Unterstützung bei X, darunter bei Y': the next chart level of the list, not a price -------------------------


def test_darunter_bei_after_a_support_is_the_next_support(tmp_path: Path) -> None:
    # BIDU close 2025-09-19 135.35; 125 and 115 are chart levels, no market figure
    text = (
        "Die Baidu-Aktie schloss am Freitag an der Nasdaq bei 135,35 Dollar. Eine erste Unterstützung sehen "
        "Charttechniker bei 125 Dollar, darunter bei 115 Dollar."
    )
    claims = claims_by_quote(text, date(2025, 9, 22))
    assert claims["115"].kind == "level_forecast" and not claims["115"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2025-09-22")
    assert verdicts["135,35"] == "accurate" and verdicts.get("115") in (None, "out_of_scope")
    assert verdicts_by_quote(tmp_path, text.replace("135,35", "138,35"), "2025-09-22")["138,35"] == "wrong"


def test_darueber_bei_after_a_resistance_is_the_next_resistance() -> None:
    text = (
        "Die Tencent-Aktie schloss am Freitag bei 644 HKD. Ein erster Widerstand liegt bei 660 HKD, darüber bei "
        "680 HKD."
    )
    claims = claims_by_quote(text, date(2025, 9, 27))
    assert claims["680"].kind == "level_forecast" and not claims["680"].checkable
    assert claims["644"].kind == "close" and claims["644"].checkable
