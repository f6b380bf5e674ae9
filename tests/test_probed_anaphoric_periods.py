"""Probes (tester121): a look-back to a day an earlier sentence named ('seit jenem Oktobertag'), a move 'over the same
period' taking that period's base too, 'das gesamte Kalenderjahr' naming the last whole year, 'im neuen Jahr ...
bislang' as the year so far, a gap 'über der Hongkonger Parität', and the year written after 'Jahreshoch'."""

from datetime import date

from tests.helpers import claims_by_quote


def test_since_a_day_an_earlier_sentence_named_and_the_same_period() -> None:
    text = (
        "Am 1. Oktober 2025 schloss die Baidu-Aktie in New York bei 137,44 Dollar. Danach kippte die Stimmung. "
        "Mit 125,15 Dollar am Mittwoch steht seit jenem Oktobertag ein Minus von gut 8 Prozent. "
        "Der Nasdaq-100 legte im selben Zeitraum 1 Prozent zu."
    )
    claims = claims_by_quote(text, date(2026, 3, 12))
    since = claims["8"]
    assert since.kind == "since_return"
    assert since.reference == {"start": "2025-10-01", "end": "2026-03-11"}
    assert since.since_base == ("close", "2025-10-01")
    same = claims["1"]
    assert same.kind == "since_return" and same.listing == "^NDX"
    assert same.since_base == ("close", "2025-10-01")


def test_the_whole_calendar_year_is_the_last_one() -> None:
    text = "Über das gesamte Kalenderjahr gewann die Baidu-Aktie in New York rund 55 Prozent."
    claim = claims_by_quote(text, date(2026, 1, 20))["55"]
    assert claim.kind == "calendar_year_return"
    assert claim.reference == {"start": "2025-01-01", "end": "2025-12-31"}


def test_the_new_year_so_far() -> None:
    text = "Im neuen Jahr hat die Baidu-Aktie in New York bislang gut 4 Prozent verloren."
    claim = claims_by_quote(text, date(2026, 3, 12))["4"]
    assert claim.kind == "ytd_return"


def test_a_gap_to_the_parity_with_its_adjective() -> None:
    text = "Die Baidu-ADRs notieren damit rund 1,5 Prozent unter der rechnerischen Parität."
    assert claims_by_quote(text, date(2026, 3, 12))["1,5"].kind == "price_conversion"


def test_the_year_written_after_jahreshoch() -> None:
    text = "In Hongkong hatte die Alibaba-Aktie ihr Jahreshoch 2025 bei 186,20 HKD erreicht."
    claim = claims_by_quote(text, date(2026, 2, 21))["186,20"]
    assert claim.kind == "year_high"
    assert claim.reference == {"date": "2025-12-31"}
