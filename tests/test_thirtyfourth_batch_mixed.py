"""Rules added after trying the thirty-fourth batch of written articles as an editor would (tests/golden/articles
de222, a dpa-AFX 'Aktien Asien Schluss' wire on Hong Kong's Thursday, and en218, a Bloomberg 'Asian stocks' close
wire on Hong Kong's Tuesday). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

THURSDAY = date(2025, 8, 21)


# --- an economy's growth or contraction ('Japan's economy expanded 0.3%') is macro data, no index's move ---


def test_an_economys_growth_is_macro_data_not_a_market_move() -> None:
    for text, quote in (
        ("The Hang Seng Index fell 0.2%. Official figures showed Japan's economy expanded 0.3% in the quarter.", "0.3"),
        ("The Hang Seng Index fell 0.2% after data showed the German economy had contracted 0.3%.", "0.3"),
    ):
        claims = claims_by_quote(text, THURSDAY)
        assert claims[quote].kind == "macro" and not claims[quote].checkable, text
        assert claims["0.2"].kind == "index_move" and claims["0.2"].listing == "^HSI", text
