"""Probes (reviewfix): the week's extreme named before its verb, as its object put first ('Den höchsten Stand der Woche
erreichte die Aktie am Dienstag mit ...', 'Das Wochentief markierte sie am Donnerstag bei ...'), makes the price the
week's high or low as 'erreichte den höchsten Stand der Woche mit ...' does (cues.csv: the fronted noun with its verb,
the subject and the day between it and the price). Before, a subject longer than two words pushed the cue out of
reach and the price was checked as a price of the Tuesday."""

from datetime import date

from tests.helpers import claims_by_quote

SATURDAY = date(2025, 11, 22)
WEEK = {"start": "2025-11-17", "end": "2025-11-21"}


def test_the_week_high_named_before_its_verb() -> None:
    text = "Den höchsten Stand der Woche erreichte das Baidu-Papier in Hongkong am Montag mit 124,70 HKD."
    claim = claims_by_quote(text, SATURDAY)["124,70"]
    assert claim.kind == "period_high"
    assert claim.reference == WEEK


def test_the_week_low_named_before_its_verb() -> None:
    text = "Das Wochentief markierte die Baidu-Aktie in Hongkong am Freitag bei 113,90 HKD."
    claim = claims_by_quote(text, SATURDAY)["113,90"]
    assert claim.kind == "period_low"
    assert claim.reference == WEEK


def test_a_close_of_another_clause_keeps_its_kind() -> None:
    text = "Das Wochenhoch markierte die Baidu-Aktie in Hongkong am Montag, am Freitag schloss sie bei 115,00 HKD."
    assert claims_by_quote(text, SATURDAY)["115,00"].kind == "close"
