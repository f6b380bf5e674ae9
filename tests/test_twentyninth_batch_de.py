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
    text = "Der Dax verlor am Dienstag 1,8 Prozent auf 23.329 Punkte. Im Tagesverlauf war er bis auf 23.317 Punkte gefallen."
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

