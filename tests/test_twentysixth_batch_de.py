"""Rules added after trying the twenty-sixth batch of written German articles as an editor would
(tests/golden/articles de164..de168: a 'Der Aktionär' piece on Alibaba's Chartbild with Xetra and Tradegate euros, an
n-tv evening report with the DAX close and New York's open, a boerse.de Friday week table of Hong Kong's China tech, a
wallstreet-online 'Aktie im Fokus' on Baidu with Lang & Schwarz and the New York close, a FAZ report on Hong Kong's
exchange with the month before and the year to date). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- an index's 52-week high or low in points ('52-Wochen-Hoch bei 27.382 Punkten') ---------------------------------


def test_index_52_week_high_in_points_is_the_high_not_the_index_level(tmp_path: Path) -> None:
    # ^HSI 2025-10-20 close 25858.83; highest high of the 52 weeks 27381.84 on 2025-10-02
    text = (
        "Der Hang Seng gewann am Montag 2,4 Prozent auf 25.859 Punkte. Sein 52-Wochen-Hoch bei 27.382 Punkten "
        "hatte das Börsenbarometer Anfang Oktober erreicht."
    )
    claims = _claims(text, date(2025, 10, 20))
    assert claims["27.382"].kind == "high_52w" and claims["27.382"].listing == "^HSI"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-20")
    assert verdicts["27.382"] == "accurate" and verdicts["25.859"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("27.382", "28.382"), "2025-10-20")
    assert wrong["28.382"] == "wrong"


def test_index_52_week_low_in_points_in_german(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-20 close 22380.19; lowest low of the 52 weeks 18489.91 on 2025-04-07
    text = "Der Dax fiel am Freitag auf 22.380 Punkte. Vom 52-Wochen-Tief bei 18.490 Punkten ist er weit entfernt."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["18.490"].kind == "low_52w" and claims["18.490"].listing == "^GDAXI"
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["18.490"] == "accurate"


def test_index_52_week_high_in_points_in_english(tmp_path: Path) -> None:
    # ^NDX 2026-03-27 close 23132.77; highest high of the 52 weeks 26182.10 on 2025-10-29
    text = (
        "The Nasdaq 100 fell 1.9% to 23,132.77 on Friday, well below its 52-week high of 26,182 points set in late "
        "October."
    )
    claims = _claims(text, date(2026, 3, 27))
    assert claims["26,182"].kind == "high_52w" and claims["26,182"].listing == "^NDX"
    assert verdicts_by_quote(tmp_path, text, "2026-03-27")["26,182"] == "accurate"


# --- an earlier day named by how it went ('nach schwachem Dienstag') dates no later sentence -------------------------


def test_headline_after_a_weak_weekday_does_not_date_the_evening_before(tmp_path: Path) -> None:
    # NVDA Tuesday 2026-03-24 close 175.20 (-0.25 %); Monday 2026-03-23 close 175.64 (+1.70 %); text of Wednesday
    text = (
        "Nvidia: Gegenbewegung nach schwachem Dienstag\n\n"
        "Die Nvidia-Aktie dürfte am Mittwoch freundlich in den Handel starten. In New York hatte das Papier am "
        "Vorabend 0,3 Prozent tiefer bei 175,20 Dollar geschlossen."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["175,20"].reference == {"date": "2026-03-24"} and claims["0,3"].reference == {"date": "2026-03-24"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["175,20"] == "accurate" and verdicts["0,3"] == "accurate"


def test_after_a_weak_weekday_with_an_article_in_german(tmp_path: Path) -> None:
    # 0700.HK Tuesday 2026-03-24 close 514.00 (+3.13 %), Wednesday 2026-03-25 close 505.50 (-1.65 %)
    text = (
        "Tencent nach einem starken Dienstag unter Druck\n\n"
        "Die Aktie schloss in Hongkong 1,7 Prozent tiefer bei 505,50 HK$."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["505,50"].reference == {"date": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["505,50"] == "accurate"


def test_after_a_weak_weekday_in_english(tmp_path: Path) -> None:
    # same sessions, told in English
    text = "Tencent slips after a strong Tuesday\n\nThe stock closed 1.7% lower at HK$505.50 in Hong Kong."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["505.50"].reference == {"date": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["505.50"] == "accurate"


# --- 'im Vormonat' beside a month named in another clause: each move its own clause's month --------------------------


def test_previous_month_in_an_earlier_events_clause_is_that_month(tmp_path: Path) -> None:
    # ^HSI February 2026 to the 27th: 26630.54 vs 2026-01-30 27387.11 = -2.76 %;
    # January: 27387.11 vs 2025-12-31 25630.54 = +6.85 %
    text = (
        "Im Februar büßte der Hang Seng bis zum Freitag 2,8 Prozent ein, nachdem er im Vormonat noch um fast 7 "
        "Prozent zugelegt hatte."
    )
    claims = _claims(text, date(2026, 2, 27))
    assert claims["7"].kind == "month_return" and claims["7"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert claims["2,8"].reference == {"start": "2026-02-01", "end": "2026-02-27"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["7"] == "accurate" and verdicts["2,8"] == "accurate"


def test_previous_month_beside_a_named_month_in_english(tmp_path: Path) -> None:
    # same sessions, told in English
    text = "The Hang Seng lost 2.8% in February, after it had risen almost 7% in the previous month."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["7"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert claims["2.8"].reference == {"start": "2026-02-01", "end": "2026-02-27"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["7"] == "accurate" and verdicts["2.8"] == "accurate"
