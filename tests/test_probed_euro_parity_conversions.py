"""Probes of a German chart analysis that restates quotes in euros (texts written for the tests, no article copied):

- 'einer Euro-Parität von 104,66 Euro', 'Die rechnerische Parität liegt bei ...' names a computed parity, a conversion
  (price_conversion, no quote): it had been checked as a Frankfurt close or price;
- 'umgerechnet zum aktuellen Kurs von 1,16 Dollar je Euro sind das knapp 108,20 Euro' and 'Umgerechnet auf eine
  Hongkong-Aktie sind das etwa 146,60 HK$': the figure after 'sind das' restates the quote before it, however far the
  rate stands from 'umgerechnet' (cues.csv, the price_conversion rows);
- '..., was rund 99 Euro entspricht' restates the level before it in euros;
- 'schloss ... bei 118,40 HK$ und damit genau auf dem Tageshoch': the figure is the close, 'damit auf dem Tageshoch'
  where it stands, not a day's high of its own (cues.csv, the day_high price row)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

TUESDAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu schloss in Hongkong bei 118,40 HK$. Die rechnerische Parität liegt bei 104,66 Euro.", "104,66"),
        (
            "Baidu schloss in Hongkong bei 118,40 HK$. Das entspricht, bei acht Aktien je ADR und dem Referenzkurs, "
            "einer Euro-Parität von 104,66 Euro.",
            "104,66",
        ),
        (
            "Die ADRs von Baidu schlossen in New York bei 125,50 Dollar; umgerechnet zum aktuellen Kurs von "
            "1,16 Dollar je Euro sind das knapp 108,20 Euro.",
            "108,20",
        ),
        (
            "Baidu schloss in Hongkong bei 118,40 HK$. Eine Unterstützung liegt bei 112 HK$, "
            "was rund 99 Euro entspricht.",
            "99",
        ),
        (
            "Die Alibaba-ADRs schlossen bei 150,10 Dollar. Umgerechnet auf eine Hongkong-Aktie "
            "sind das etwa 146,60 HK$.",
            "146,60",
        ),
    ],
)
def test_a_restated_price_is_a_conversion(text: str, quote: str) -> None:
    claim = claims_by_quote(text, TUESDAY)[quote]
    assert claim.kind == "price_conversion"
    assert not claim.checkable


def test_the_quote_before_a_conversion_stays_checked() -> None:
    text = "Die Alibaba-ADRs schlossen bei 150,10 Dollar. Umgerechnet auf eine Hongkong-Aktie sind das etwa 146,60 HK$."
    claim = claims_by_quote(text, TUESDAY)["150,10"]
    assert (claim.kind, claim.checkable) == ("close", True)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu schloss in Hongkong 3,1 Prozent höher bei 118,40 HK$ und damit genau auf dem Tageshoch.", "118,40"),
        ("Tencent beendete den Handel bei 540,50 HK$ und damit exakt am Tageshoch.", "540,50"),
    ],
)
def test_a_close_at_the_days_high_is_the_close(text: str, quote: str) -> None:
    assert claims_by_quote(text, TUESDAY)[quote].kind == "close"


def test_a_days_high_of_its_own_stays_one() -> None:
    assert claims_by_quote("Tencent stieg bis auf das Tageshoch von 552,00 HK$.", TUESDAY)["552,00"].kind == "day_high"
