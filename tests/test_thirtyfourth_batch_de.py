"""Rules added after trying the thirty-fourth batch of written German articles as an editor would
(tests/golden/articles de220..de221: a Handelsblatt-style Morning Briefing whose markets paragraph tells Monday's Hong
Kong, Wall Street and Dax sessions before Tuesday's open, and a Spiegel-style explainer on why Alibaba costs different
sums in Hong Kong, New York and Frankfurt: the ADR ratio of eight, the parity, the euro). Each sentence here is written
for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'unter der 50-Tage-Linie von rund 169 Dollar notieren': the level the average's words lead into ----------------


def test_moving_average_level_before_a_price_verb(tmp_path: Path) -> None:
    # BABA mean of the 50 closes up to 2025-11-24: 168.78 (up to 2025-11-25: 168.68); close 2025-11-24 160.73
    text = (
        "Die Alibaba-ADRs schlossen am Montag bei 160,73 Dollar. Charttechniker betonen, dass sie damit unter der "
        "50-Tage-Linie von rund 169 Dollar notieren."
    )
    claims = _claims(text, date(2025, 11, 25))
    assert claims["169"].kind == "moving_average" and claims["169"].listing == "BABA"
    assert verdicts_by_quote(tmp_path, text, "2025-11-25")["169"] == "accurate"
    altered = text.replace("rund 169", "rund 176")
    assert _claims(altered, date(2025, 11, 25))["176"].kind == "moving_average"
    assert verdicts_by_quote(tmp_path, altered, "2025-11-25")["176"] != "accurate"


def test_moving_average_level_with_bei_is_unchanged() -> None:
    # the average's level after 'bei' was read so before: a price verb after it does not take it either
    text = "Die Alibaba-ADRs notieren unter der 50-Tage-Linie bei rund 169 Dollar."
    assert _claims(text, date(2025, 11, 25))["169"].kind == "moving_average"


# --- 'Seit Jahresbeginn hat X bis Montag 28 Prozent zugelegt, Y gut 18 Prozent': the day is the period's end -------


def test_period_end_day_does_not_make_the_ellipsis_a_days_move(tmp_path: Path) -> None:
    # ^HSI 2025-11-24 close 25716.50 / 2024-12-31 close 20059.95 - 1 = +28.20 %;
    # ^IXIC 2025-11-24 close 22872.01 / 2024-12-31 close 19310.79 - 1 = +18.44 % (its day's move: +2.69 %)
    text = (
        "Seit Jahresbeginn hat der Hang Seng bis Montag gut 28 Prozent zugelegt, der Nasdaq Composite gut 18 Prozent."
    )
    claims = _claims(text, date(2025, 11, 25))
    assert claims["18"].kind == "ytd_return" and claims["18"].listing == "^IXIC"
    assert claims["18"].reference == {"start": "2025-01-01", "end": "2025-11-24"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-11-25")
    assert verdicts["28"] == "accurate" and verdicts["18"] == "accurate"
    altered = text.replace("gut 18", "gut 22")
    assert verdicts_by_quote(tmp_path, altered, "2025-11-25")["22"] == "wrong"


def test_a_day_of_the_later_clause_still_dates_its_move() -> None:
    # 'bis Montag' ends the period; 'am Montag' in the later clause names that clause's own day
    text = "Seit Jahresbeginn hat der Hang Seng bis Montag gut 28 Prozent zugelegt, der Nasdaq am Montag 2,7 Prozent."
    claims = _claims(text, date(2025, 11, 25))
    assert claims["2,7"].kind == "index_move" and claims["2,7"].reference == {"date": "2025-11-24"}


def test_a_day_not_told_as_an_end_keeps_the_days_move() -> None:
    # 'Am Montag' heads the sentence: each move of it is that day's ('Am Mittwoch legte Tencent 2 Prozent zu, Meituan
    # 3 Prozent' as before)
    text = "Am Montag legte der Hang Seng 2,0 Prozent zu, der Nasdaq Composite 2,7 Prozent."
    claims = _claims(text, date(2025, 11, 25))
    assert claims["2,7"].kind == "index_move" and claims["2,7"].reference == {"date": "2025-11-24"}


# --- 'rechnen für 2026 mit einem Plus von 1,2 Prozent': an expectation, no move of the index in play ---------------


def test_expected_plus_after_rechnen_mit_is_a_forecast(tmp_path: Path) -> None:
    # ^GDAXI 2025-11-24 close 23239.18 / 2025-11-21 close 23091.87 - 1 = +0.64 %
    text = (
        "Der Dax schloss am Montag 0,6 Prozent fester. Volkswirte der Landesbanken rechnen für 2026 mit einem "
        "Plus von 1,4 Prozent beim Bruttoinlandsprodukt."
    )
    claims = _claims(text, date(2025, 11, 25))
    assert claims["1,4"].kind == "forecast"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-11-25")
    assert verdicts["0,6"] == "accurate"
    assert verdicts.get("1,4") in (None, "out_of_scope")
    altered = text.replace("0,6 Prozent", "1,6 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2025-11-25")["1,6"] != "accurate"


def test_analysts_expecting_a_share_move_is_a_forecast() -> None:
    text = "Händler rechnen bei Alibaba am Dienstag mit einem Minus von rund 2 Prozent."
    assert _claims(text, date(2025, 11, 25))["2"].kind == "forecast"


# --- 'ergeben sich 154,49 Hongkong-Dollar je Aktie': a parity worked out in the text, no quote of its own ---------


def test_parity_worked_out_per_share_is_a_conversion(tmp_path: Path) -> None:
    # 9988.HK close 2025-12-10 153.20; BABA close 2025-12-10 158.82 x ECB 9.0532 / 1.1634 (7.7817 HKD per USD) / 8 =
    # 154.49 HKD, a sum the text worked out, not a Hong Kong price (inside Tuesday's range 150.40 to 156.80 by chance)
    text = (
        "Alibaba schloss am Mittwoch in Hongkong bei 153,20 Hongkong-Dollar. Rechnet man den New Yorker Schlusskurs "
        "in Hongkong-Dollar um und teilt ihn durch acht, ergeben sich 154,49 Hongkong-Dollar je Aktie."
    )
    claims = _claims(text, date(2025, 12, 11))
    assert claims["154,49"].kind == "price_conversion"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-12-11")
    assert verdicts["153,20"] == "accurate" and verdicts.get("154,49") in (None, "out_of_scope")
    altered = text.replace("153,20", "155,20")
    assert verdicts_by_quote(tmp_path, altered, "2025-12-11")["155,20"] == "wrong"


def test_a_move_worked_out_is_still_the_stocks() -> None:
    # 'ergibt sich' without a per-share price after it: the move keeps its reading (9988.HK 153.20 / 150.90 = +1.52 %)
    text = (
        "Alibaba schloss am Mittwoch in Hongkong bei 153,20 Hongkong-Dollar, daraus ergibt sich ein Plus von "
        "1,5 Prozent."
    )
    assert _claims(text, date(2025, 12, 11))["1,5"].kind == "day_change"
