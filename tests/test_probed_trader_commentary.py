"""Probes from a trader's weekly commentary and an explainer stamped with its time (de244, de245):

- 'ging es ... zurück' is a fall: the separable verb 'zurückgehen' split around its figure (directions.csv), as
  'gab ... nach' is; before, the clause before it ('kletterte ...') gave the move its sign.
- A figure read as of a day (an RSI, a moving average, a period to date) whose day is carried from an earlier
  sentence ('liegt bei 48 und signalisiert damit eine neutrale Lage' after Hong Kong's Tuesday close), in a text stamped
  with its time: where its listing had not traded that day yet when the text was written (the ADR at 14:30 MEZ), the
  latest session it had (`frames.number_claim`); before, the RSI was read on the ADR's Tuesday, after the text.
- A period's move, then 'und schloss bei' a level ('kam in der Woche auf ein Plus von 1,6 % und schloss bei 26.545
  Punkten'): the close of the period's last session (`linking._period_closes`), not of a day an earlier sentence
  named.
- An index's figure naming no day after another venue's earlier session told in the pluperfect ('In New York hatten
  die ADRs am Freitag ... geschlossen. Der Hang-Seng-Index legte um 1,0 Prozent zu.' in Monday's text written after
  Hong Kong's close): the day carried is the other venue's; the index's market had traded past it when the text was
  written, so its latest session is a reading too (a window of both); before, only Friday's was read.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote


def test_ging_es_zurueck_is_a_fall() -> None:
    # seeds/quotes/0700.HK.csv: any move; only the sign is probed
    text = "Tencent legte am Montag in Hongkong kräftig zu, am Dienstag ging es für die Aktie um 1,5 % zurück."
    claim = claims_by_quote(text, date(2025, 9, 20))["1,5"]
    assert (claim.kind, claim.direction) == ("day_change", "down")


def test_gingen_die_papiere_zurueck_is_a_fall() -> None:
    text = "Die Baidu-Aktien stiegen am Montag in Hongkong, am Mittwoch gingen die Papiere dann um 3,4 Prozent zurück."
    assert claims_by_quote(text, date(2025, 9, 20))["3,4"].direction == "down"


def _stamped(text: str, day: date, hour: int, minute: int) -> dict[str, object]:
    at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/Berlin"))
    claims, _ = extract_claims(text, Published(day, "option", at), load_rules())
    return {c.quote: c for c in claims}


def test_a_carried_day_the_listing_had_not_traded_yet() -> None:
    # 14:15 MEZ on Tuesday 2025-11-25: Hong Kong's Tuesday is over, New York's has not begun; the ADR's latest session
    # is Monday 2025-11-24 (seeds/quotes/BABA.csv RSI(14) Wilder 47.88)
    text = (
        "In Hongkong stieg Alibaba am Dienstag um 2 Prozent auf 157,80 HKD.\n\n"
        "Der RSI der Alibaba-ADR liegt bei 47 und zeigt damit keine Überhitzung an."
    )
    claim = _stamped(text, date(2025, 11, 25), 14, 15)["47"]
    assert (claim.kind, claim.listing, claim.reference) == ("rsi", "BABA", {"date": "2025-11-24"})


def test_damit_before_the_number_still_goes_on_from_the_day_told() -> None:
    text = (
        "Die Alibaba-Aktie hat am Mittwoch in Hongkong 0,9 Prozent verloren.\n"
        "Auf Wochensicht steht damit ein Minus von 2,4 Prozent."
    )
    claim = claims_by_quote(text, date(2025, 11, 28))["2,4"]
    assert claim.kind == "week_return" and claim.reference is not None
    assert claim.reference["end"] == "2025-11-26"


def test_a_close_after_a_weeks_move_is_the_weeks_last_close() -> None:
    # Saturday 2025-09-20; the Hang Seng closed the week on Friday 2025-09-19 at 26545.10 (Wednesday: 26908.39)
    text = (
        "Wochenrückblick\n\nMeituan fiel am Mittwoch in Hongkong um 2 Prozent. "
        "Ich habe am Mittwoch 40 Stück gekauft.\n\n"
        "Der Hang Seng brachte es in der Woche auf ein Plus von 0,6 Prozent und schloss bei 26.545 Punkten."
    )
    claim = claims_by_quote(text, date(2025, 9, 20))["26.545"]
    assert (claim.kind, claim.reference) == ("index_level", {"date": "2025-09-19"})


def test_a_stock_closing_after_its_weeks_move() -> None:
    text = (
        "Wochenrückblick\n\nBaidu stieg am Mittwoch in Hongkong um 15 Prozent.\n\n"
        "Die Alibaba-ADRs gewannen in der Woche 5 Prozent und schlossen bei 162,81 Dollar."
    )
    claim = claims_by_quote(text, date(2025, 9, 20))["162,81"]
    assert (claim.kind, claim.listing, claim.reference) == ("close", "BABA", {"date": "2025-09-19"})


def test_an_index_after_another_venues_earlier_session_may_be_its_own_latest() -> None:
    # Monday 2025-10-27, 11:05 MEZ (18:05 HKT, Hong Kong closed): seeds/quotes/^HSI.csv 2025-10-27 +1.05 %, 2025-10-24
    # +0.74 %; the New York session told in the pluperfect is Friday's
    text = (
        "Baidu notierte zuletzt in Hongkong 6 Prozent höher bei 125,10 Hongkong-Dollar. In New York hatten die "
        "Baidu-ADRs am Freitag 1,9 Prozent höher geschlossen. Der Hang-Seng-Index stieg um 1,1 Prozent."
    )
    claim = _stamped(text, date(2025, 10, 27), 11, 5)["1,1"]
    assert (claim.kind, claim.listing) == ("index_move", "^HSI")
    assert claim.reference == {"start": "2025-10-24", "end": "2025-10-27"}
