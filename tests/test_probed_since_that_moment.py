"""Probes (reviewfix): 'seit diesem Zeitpunkt' (cues.csv since_return) refers back to the day an earlier sentence
named, as 'seit jenem Tag' does (day_links.csv anaphor): the look-back's base is that day's close. Before, it was a
look-back without a start, read as of publication."""

from datetime import date

from tests.helpers import claims_by_quote


def test_since_that_moment_starts_at_the_day_named_before() -> None:
    text = (
        "Am 14. November 2025 ging die Alibaba-Aktie in Hongkong mit 153,40 HKD aus dem Handel. "
        "Seit diesem Zeitpunkt hat das Papier gut 6 Prozent zugelegt."
    )
    claim = claims_by_quote(text, date(2026, 1, 16))["6"]
    assert claim.kind == "since_return" and claim.listing == "9988.HK"
    assert claim.reference == {"start": "2025-11-14", "end": "2026-01-16"}
    assert claim.since_base == ("close", "2025-11-14")
