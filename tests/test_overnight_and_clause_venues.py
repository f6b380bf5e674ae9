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


def test_a_ticker_in_the_numbers_clause_beats_a_venue_of_another_clause() -> None:
    sentence = "Alibaba (9988.HK) gained 2.1%; its U.S.-listed shares (BABA.N) fell 2.3% overnight."
    assert _slots(sentence, "2.1") == ("day_change", "9988.HK", {"date": "2025-11-25"})
    assert _slots(sentence, "2.3") == ("day_change", "BABA", {"date": "2025-11-24"})
    # exchange tags of both listings name neither ('(NYSE:BABA) (HK:9988)'): the venue is left to the context
    tagged = "Alibaba (NYSE:BABA) (HK:9988) soared 7.3% on Tuesday."
    assert _slots(tagged, "7.3") == ("day_change", "9988.HK", {"date": "2025-11-25"})


def test_sub_indices_are_subjects_of_their_own_without_quotes() -> None:
    sentence = "The Hang Seng index .HSI rose 0.5%, while the China Enterprises index .HSCE gained 0.6%."
    claims = claims_by_quote(sentence, TUESDAY)
    assert (claims["0.5"].subject, claims["0.5"].listing) == ("Hang Seng", "^HSI")
    assert (claims["0.6"].kind, claims["0.6"].subject, claims["0.6"].listing) == (
        "index_move",
        "Hang Seng China Enterprises Index",
        None,
    )
    golden_dragon = claims_by_quote("The Nasdaq Golden Dragon index fell 1.9% overnight.", TUESDAY)["1.9"]
    assert (golden_dragon.subject, golden_dragon.listing) == ("Nasdaq Golden Dragon China Index", None)
