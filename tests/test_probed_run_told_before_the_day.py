"""A run of sessions told as lying before the day in play ends the session before that day (frames._run_ended_before):
'Zuvor hatte die Aktie binnen vier Handelstagen rund 10 Prozent eingebüßt' after Friday's jump, 'nachdem die Aktie in
den vier Handelstagen davor rund 10 Prozent verloren hatte', 'It had lost about 10% over the previous four sessions'.
'an vier Handelstagen in Folge' counts sessions as 'binnen vier Handelstagen' does (cues.csv). Before, the run was
counted back from Friday itself (or from publication, or read as Friday's own move) and the true figure called wrong.

Quotes (NVDA, seeds/quotes): close 2026-01-30 191.13, 2026-02-05 171.88 (four sessions, each lower): -10.07 %; Friday
2026-02-06 185.41 (+7.87 %).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

TUESDAY = date(2026, 2, 10)
THE_RUN = {"start": "2026-01-30", "end": "2026-02-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag schoss Nvidia um 7,9 Prozent nach oben. Zuvor hatte die Aktie binnen vier Handelstagen rund 10 "
        "Prozent eingebüßt.",
        "Am Freitag schoss Nvidia um 7,9 Prozent nach oben. Zuvor hatte die Aktie an vier Handelstagen in Folge "
        "verloren und dabei rund 10 Prozent eingebüßt.",
        "Am Freitag schoss Nvidia um 7,9 Prozent nach oben, nachdem die Aktie in den vier Handelstagen davor rund 10 "
        "Prozent verloren hatte.",
        "Nvidia stock jumped 7.9% on Friday. It had lost about 10% over the previous four sessions.",
    ],
)
def test_a_run_told_before_the_day_in_play_ends_the_session_before_it(text: str) -> None:
    claim = claims_by_quote(text, TUESDAY)["10"]
    assert (claim.kind, claim.reference) == ("since_return", THE_RUN)
