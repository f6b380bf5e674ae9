"""Wire copy about Hong Kong's session and New York's the night before (sentences written for these tests;
2025-11-25 is a Tuesday, 2025-11-20 a Thursday):
- a move told with a trailing 'overnight' in its own phrase ('its U.S. shares surged 9% overnight') is the
  session before the sentence's day, not that day (a true ADR move had been judged on the later US session);
- a move in the phrase of the market another one follows ('tracking a 3% gain in its U.S.-listed shares') is
  that market's, not the Hong Kong listing's of the sentence's subject;
- a venue heading the part of a sentence after a semicolon governs that part ('...; in Hong Kong on Monday,
  its shares slipped 0.8%'), not the venue heading the sentence."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

TUESDAY = date(2025, 11, 25)


def _slots(sentence: str, quote: str, published: date = TUESDAY) -> tuple[object, ...]:
    claim = claims_by_quote(sentence, published)[quote]
    return claim.kind, claim.listing, claim.reference


def test_a_trailing_overnight_dates_the_session_before_the_sentences_day() -> None:
    sentence = "Baidu's Hong Kong stock jumped 6.5% on Thursday after its U.S. shares surged 9% overnight."
    assert _slots(sentence, "6.5") == ("day_change", "9888.HK", {"date": "2025-11-20"})
    assert _slots(sentence, "9") == ("day_change", "BIDU", {"date": "2025-11-19"})
    # with no day named, the one before publication's ('Baidu's U.S.-listed shares closed 2% higher overnight')
    assert _slots("Baidu's U.S.-listed shares closed 2% higher overnight.", "2") == (
        "day_change",
        "BIDU",
        {"date": "2025-11-24"},
    )


def test_an_overnight_beyond_and_or_a_reason_is_not_the_moves() -> None:
    assert _slots("Alibaba shares rose 3% as investors cheered the news overnight.", "3")[2] == {"date": "2025-11-25"}
    assert _slots("Baidu rose 7% in Hong Kong and followed the U.S. rally overnight.", "7")[2] == {"date": "2025-11-25"}


def test_the_followed_markets_own_move_is_that_markets() -> None:
    sentence = "Alibaba's Hong Kong shares rose 2.1%, tracking a 3% gain in its U.S.-listed shares overnight."
    assert _slots(sentence, "2.1") == ("day_change", "9988.HK", {"date": "2025-11-25"})
    assert _slots(sentence, "3") == ("day_change", "BABA", {"date": "2025-11-24"})


def test_a_venue_heading_the_part_after_a_semicolon_governs_that_part() -> None:
    sentence = "In New York, Alibaba's ADRs fell 1.2% on Friday; in Hong Kong on Monday, its shares slipped 0.8%."
    assert _slots(sentence, "1.2") == ("day_change", "BABA", {"date": "2025-11-21"})
    assert _slots(sentence, "0.8") == ("day_change", "9988.HK", {"date": "2025-11-24"})
