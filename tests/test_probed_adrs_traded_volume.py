"""A number of ADRs (ADSs) traded ('About 16 million Alibaba ADRs traded', 'roughly 4.1 million ADSs were traded') is
the session's volume, as shares traded already were (cues.csv volume): the US listing's unit trades as a share does.

Before, the figure was no claim at all (tester141's en283 showed the class). (A US listing's volume is then judged as
any volume of a listing traded on several venues: unverifiable, sources count it differently.)
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

# BABA 2026-02-13: close 155.73, volume 16,045,579; BIDU 2026-02-13: close 137.01, volume 4,084,800.
ALIBABA = "Alibaba's ADRs closed Friday at $155.73 in New York, where about {x} million Alibaba ADRs traded."
BAIDU = "Baidu's ADRs ended Friday at $137.01; roughly {x} million ADSs were traded."


@pytest.mark.parametrize(("template", "figure", "listing"), [(ALIBABA, "16", "BABA"), (BAIDU, "4.1", "BIDU")])
def test_adrs_traded_are_the_sessions_volume(template: str, figure: str, listing: str) -> None:
    claim = claims_by_quote(template.format(x=figure), date(2026, 2, 14))[figure]
    assert (claim.kind, claim.listing, claim.reference) == ("volume", listing, {"date": "2026-02-13"})
