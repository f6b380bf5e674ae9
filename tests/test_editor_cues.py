"""Cue rows added after trying written articles as an editor would (tests/golden/articles de11..de23,
en06..en17): English wire copy names the year's high, the 52-week closing high and the distance below
it, the move at the open ('opened 1.1% higher', 'after opening 2.6% lower'), the year's return ('for
the year') and 'American depositary shares' (the ADR listing). Each sentence is taken from those
articles; before these rows the high was read as a close or a last price (three false accusations in
the report), the open as the day's change, the year's return as an index move and the ADRs' week as
the Hong Kong listing's. Still open (extractor, not rule rows): after a move verb in the same
sentence ('rose 2.9% to $183.32, still about 11% below their 52-week closing high') the distance is
read as the same move; see the report of the tester branch."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules


def _claims(text: str, rules: Rules, published: date) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(published, "option"), rules)
    return {c.quote: c for c in claims if c.checkable}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Nvidia shares rose 2.9% to $183.32, still about 11% below their 52-week closing high of $207.04.",
            date(2026, 1, 22),
            {"2.9": "day_change", "207.04": "high_52w"},
        ),
        (
            "Nvidia shares are about 11% below their 52-week closing high.",
            date(2026, 1, 22),
            {"11": "distance_52w_high"},
        ),
        (
            "Baidu's American depositary shares fell 1.4% over the week, below their 52-week closing high of $144.91.",
            date(2025, 10, 18),
            {"1.4": "week_return", "144.91": "high_52w"},
        ),
        (
            "Alibaba's shares are up 12.4% so far in 2026 but remain below the year's high of HK$174.20 "
            "set on Jan. 29.",
            date(2026, 2, 11),
            {"12.4": "ytd_return", "174.20": "year_high"},
        ),
        (
            "Baidu's American depositary shares ended Friday's session down 0.7% at $120.01 after opening 2.6% lower.",
            date(2025, 10, 18),
            {"0.7": "day_change", "2.6": "open_move"},
        ),
        (
            "Alibaba's Hong Kong-listed stock rose 1.6% on Tuesday. The shares opened about 1.1% higher and "
            "climbed as much as 3% during the session.",
            date(2026, 2, 11),
            {"1.6": "day_change", "1.1": "open_move", "3": "intraday_move"},
        ),
        (
            "Germany's DAX fell 0.6% on Wednesday, its fifth decline in six sessions, leaving it up just 0.3% "
            "for the year.",
            date(2026, 1, 22),
            {"0.6": "index_move", "0.3": "ytd_return"},
        ),
    ],
)
def test_english_wire_copy_names_the_metric(rules: Rules, text: str, published: date, expected: dict[str, str]) -> None:
    got = _claims(text, rules, published)
    assert {quote: got[quote].kind for quote in expected if quote in got} == expected


def test_american_depositary_shares_are_the_adr_listing(rules: Rules) -> None:
    got = _claims(
        "Baidu's American depositary shares fell 1.4% over the week and are now about 17% below their "
        "52-week closing high of $144.91.",
        rules,
        date(2025, 10, 18),
    )
    assert got["1.4"].listing == "BIDU" and got["1.4"].direction == "down"
    assert got["144.91"].listing == "BIDU"


def test_a_high_for_the_year_in_german_is_still_read_as_before(rules: Rules) -> None:
    # the German cue words did not change; the new English alternatives must not take German text
    got = _claims("Das Jahreshoch der Alibaba-Aktie lag in Hongkong bei 174,20 HKD.", rules, date(2026, 2, 11))
    assert got["174,20"].kind == "year_high"
