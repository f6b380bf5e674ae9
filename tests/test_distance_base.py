"""A distance to a 52-week extreme in per cent of the extreme (the fall from a high, the rise from a low) or in
per cent of the price (the move still needed to reach the extreme, or the extreme set against the current
price), as the words say: portals' generated pieces write the second ('Abschläge von 51,86 Prozent würden die
Aktie auf das 52-Wochen-Tief bringen'), and a true figure had been measured the first way and called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from tests.helpers import check_text


@pytest.mark.parametrize(
    ("text", "quote", "kind", "base"),
    [
        ("Alibabas 52-Wochen-Tief liegt 51,52 Prozent unterhalb des aktuellen Kursniveaus.", "51,52", "low", "price"),
        ("Abschläge von 51,86 Prozent würden Alibaba auf das 52-Wochen-Tief bringen.", "51,86", "low", "price"),
        ("Bis zum 52-Wochen-Hoch fehlen der Alibaba-Aktie noch knapp 7 Prozent.", "7", "high", "price"),
        ("Die Alibaba-Aktie liegt 17 Prozent unter dem 52-Wochen-Hoch.", "17", "high", "extreme"),
        ("Derzeit notiert die Alibaba-Aktie 49,72 Prozent oberhalb des 52-Wochen-Tiefs.", "49,72", "low", "extreme"),
        ("The 52-week low sits 51% below the current price of Alibaba's ADRs.", "51", "low", "price"),
        ("Alibaba's ADRs are about 11% below their 52-week high.", "11", "high", "extreme"),
    ],
)
def test_the_words_say_what_a_distance_is_a_share_of(text: str, quote: str, kind: str, base: str) -> None:
    claims, _ = extract_claims(text, Published(date(2025, 10, 16), "option"), pipeline.load_rules())
    claim = next(c for c in claims if c.quote == quote)
    assert (claim.kind, claim.distance_base) == (f"distance_52w_{kind}", base)


def test_a_distance_in_per_cent_of_the_price_is_measured_so(tmp_path: Path) -> None:
    # BABA closed at 165.91 on 2025-10-15; its 52-week low was 80.06 (daily lows, 2025-01-13) or 80.53
    # (closes, 2025-01-10): 1 - 80.06 / 165.91 = 51.74 % of the price, while 165.91 / 80.06 - 1 = 107.23 %
    # of the low. Said as the fall still needed to reach the low, 51,74 is right; the share of the low stays a
    # permitted reading (writers mix the two), so 10,74 is wrong either way (the euro listing's derived
    # readings, which a German article permits, lie near 43 and 76 %).
    text = (
        "Die Alibaba-Aktie schloss am 15.10.2025 an der NYSE bei 165,91 USD. Abschläge von 51,74 Prozent würden "
        "die Aktie auf das 52-Wochen-Tief bringen.\n\nDie Alibaba-Aktie schloss am 15.10.2025 an der NYSE bei "
        "165,91 USD. Abschläge von 10,74 Prozent würden die Aktie auf das 52-Wochen-Tief bringen."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-10-16")["articles"][0]["claims"]}
    assert (claims["51,74"]["verdict"], claims["51,74"]["observed"]) == ("accurate", pytest.approx(51.7449, abs=1e-3))
    assert claims["10,74"]["verdict"] == "wrong"
    assert "in Prozent des Schlusses" in claims["51,74"]["explanation"]


# A distance in money, as generated market notes write it: BABA closed at 165.91 on 2025-10-15, its 52-week
# high was 192.67 (daily highs, 2025-10-02): 165.91 - 192.67 = -26.76. The day in the relative clause is the
# high's, not the distance's.
MONEY = (
    "Shares of Alibaba Group Holding Ltd. ADR BABA rose 1.87% to $165.91 Wednesday. Alibaba Group Holding Ltd. "
    "ADR closed ${} below its 52-week high ($192.67), which the company reached on October 2nd."
)


def test_a_distance_in_money_keeps_its_sign_and_is_read_as_of_publication() -> None:
    claims, _ = extract_claims(MONEY.format("26.76"), Published(date(2025, 10, 15), "option"), pipeline.load_rules())
    claim = next(c for c in claims if c.quote == "26.76")
    assert (claim.kind, claim.unit, claim.direction) == ("distance_52w_high", "USD", "down")
    assert claim.reference == {"date": "2025-10-15"}


def test_a_level_is_no_distance_in_money() -> None:
    text = "Alibaba's ADRs traded at $150.00, below their 52-week high of $192.67."
    claims, _ = extract_claims(text, Published(date(2025, 10, 15), "option"), pipeline.load_rules())
    assert next(c for c in claims if c.quote == "150.00").kind != "distance_52w_high"


@pytest.mark.parametrize(("figure", "verdict"), [("26.76", "accurate"), ("16.76", "wrong")])
def test_a_distance_in_money_is_judged_as_close_minus_the_extreme(tmp_path: Path, figure: str, verdict: str) -> None:
    claims = {c["quote"]: c for c in check_text(tmp_path, MONEY.format(figure), "2025-10-15")["articles"][0]["claims"]}
    assert claims[figure]["verdict"] == verdict
    if verdict == "accurate":
        assert claims[figure]["observed"] == pytest.approx(-26.76)
