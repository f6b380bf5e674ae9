"""A move 'zum <Wochentag>' right after its percentage is measured from that weekday's close (bindings._BASE_WORDS,
_MOVE_BASE_DAY_BEFORE): 'ein Plus von 0,8 Prozent zum Freitag' says what 'gegenüber Freitag' says. Before, the sentence
was not searched for a base at all: the weekday dated the close beside it (a past verb: last Friday, so a true close
was called wrong) and the move itself to the coming Friday, after publication.

Quotes (9988.HK, seeds/quotes): close 2026-02-20 (Friday) 147.10, 2026-02-23 (Monday) 152.20, 2026-02-25 (Wednesday)
148.30: 148.30 / 147.10 - 1 = +0.82 %; 148.30 / 152.20 - 1 = -2.56 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

WEDNESDAY = date(2026, 2, 25)


@pytest.mark.parametrize(
    ("text", "quote", "since"),
    [
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, ein Plus von 0,8 Prozent zum Freitag.",
            "0,8",
            "2026-02-20",
        ),
        (
            "Die Aktie von Alibaba beendete den Handel in Hongkong bei 148,30 HKD und lag damit 2,6 % zum Montag "
            "im Minus.",
            "2,6",
            "2026-02-23",
        ),
    ],
)
def test_a_move_zum_weekday_is_measured_from_that_close(text: str, quote: str, since: str) -> None:
    claims = claims_by_quote(text, WEDNESDAY)
    assert (claims[quote].kind, claims[quote].reference) == ("since_return", {"start": since, "end": "2026-02-25"})
    assert (claims["148,30"].kind, claims["148,30"].reference) == ("close", {"date": "2026-02-25"})


def test_a_move_zum_handelsschluss_stays_the_sessions_move() -> None:
    claim = claims_by_quote("Alibaba gewann am Mittwoch in Hongkong 0,2 Prozent zum Handelsschluss.", WEDNESDAY)["0,2"]
    assert (claim.kind, claim.reference) == ("day_change", {"date": "2026-02-25"})
