"""A volume told with the verb before the count ('traded 206 million shares', 'Alibaba's Hong Kong stock traded about
133 million shares on Thursday') is the session's volume (cues.csv volume row); it had been no claim at all, while
'206 million shares traded' and 'changed hands' were read. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/9988.HK.csv 2026-01-15: volume 133,061,563 (133 million); NVDA 2026-01-15: 206,188,642
HEAD = "Jan 15, 2026, 5:10 PM HKT\n\n"


def test_a_volume_told_verb_first_is_the_sessions_volume(tmp_path: Path) -> None:
    text = HEAD + "Alibaba's Hong Kong stock traded about 133 million shares on Thursday."
    claim = claims_by_quote(text, date(2026, 1, 15))["133"]
    assert (claim.kind, claim.listing, claim.reference) == ("volume", "9988.HK", {"date": "2026-01-15"})
    assert verdicts_by_quote(tmp_path, text, "2026-01-15")["133"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("133", "183"), "2026-01-15")["183"] == "wrong"  # 37 % over


def test_a_us_volume_told_verb_first_is_found_and_left_open_as_us_volumes_are() -> None:
    # (New York's consolidated volumes are not judged: readings.VOLUME_NOT_JUDGED; the claim is still found)
    claim = claims_by_quote(
        "Jan 15, 2026, 4:35 PM ET\n\nNvidia traded 206 million shares on Thursday.", date(2026, 1, 15)
    )["206"]
    assert (claim.kind, claim.listing) == ("volume", "NVDA")
