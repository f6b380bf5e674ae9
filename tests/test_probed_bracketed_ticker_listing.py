"""A ticker in brackets right after a company's name ('Alibaba (BABA) stock lost ground', 'Baidu, Inc. (NASDAQ:BIDU)')
says which listing the text turns to, even where another venue was in play (context._bracketed_ticker_venue); and a
figure that carried on a home listing assumed before the text named any venue ('Key Points' bullets over a Motley
Fool story about the ADRs) takes the listing the first venue named gives, as the figure it carried from does
(extract._headline_venue_from_body).

Before, the week's '4.1' after 'Alibaba (BABA) stock lost ground' was read on Hong Kong's listing carried from the
sentence before, and the second bullet's '48' stayed on Hong Kong while the first moved to the ADRs.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 2, 26)


def test_a_bracketed_ticker_turns_the_text_to_its_listing() -> None:
    text = (
        "Alibaba's share price fell 3.1% on Thursday.\n\n"
        "Alibaba (BABA) stock lost ground in this week's trading. The company's share price fell 4.1% over the week."
    )
    claims = claims_by_quote(text, PUBLISHED)
    assert claims["3.1"].listing == "9988.HK"
    assert claims["4.1"].listing == "BABA"


def test_an_exchange_prefix_in_the_bracket_names_the_listing_too() -> None:
    text = (
        "Baidu's Hong Kong shares fell 2.7% on Thursday.\n\n"
        "Baidu, Inc. (NASDAQ:BIDU - Get Free Report) had a rough session. The stock traded down 5.7%."
    )
    assert claims_by_quote(text, PUBLISHED)["5.7"].listing == "BIDU"


def test_bullets_before_the_first_venue_follow_it_together() -> None:
    text = (
        "Key Points\n"
        "- Alibaba's share price fell 4.1% this week as of Thursday's close.\n"
        "- The stock is still up about 6% over the past 12 months.\n\n"
        "Alibaba (BABA) stock lost ground in this week's trading on the New York Stock Exchange."
    )
    claims = claims_by_quote(text, PUBLISHED)
    assert claims["4.1"].listing == "BABA"
    assert claims["6"].listing == "BABA"


def test_a_ticker_named_in_passing_without_brackets_leaves_the_venue_in_play() -> None:
    text = (
        "Alibaba's Hong Kong shares fell 3.6% on Thursday. Traders who also hold BABA were cautious. "
        "Alibaba has lost 4.1% this week."
    )
    assert claims_by_quote(text, PUBLISHED)["4.1"].listing == "9988.HK"
