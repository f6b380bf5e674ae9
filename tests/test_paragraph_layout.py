"""Paragraphs as the text lays them out (core/extract/paragraphs.py): blank lines, or line breaks in a
text without a blank line (a third of the real corpus comes so: pages taken from the web); a list's
intro governs its items also where blank lines stand between them. The claims must not depend on the
layout. The texts are written for these tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.paragraphs import Paragraphs
from claimcheck.model import Published
from claimcheck.rules import load_rules

RULES = load_rules()

TICKER = """Tech-Ticker Hongkong: Baidu dreht ins Plus
03.09.2025 – 16:40 Uhr
+++ 09:45 Uhr +++ Baidu eröffnet in Hongkong 0,8 Prozent tiefer bei 94,50 HKD, nach 2,2 Prozent Minus am Vortag.
+++ 16:20 Uhr +++ Baidu schließt 1,9 Prozent höher bei 96,80 HKD. Tencent gibt 0,6 Prozent nach."""
BERLIN = ZoneInfo("Europe/Berlin")
TICKER_PUBLISHED = Published(date(2025, 9, 3), "manifest", datetime(2025, 9, 3, 16, 40, tzinfo=BERLIN))

WEEK_LIST = """Tencent and Meituan: how the week went

Sept. 5, 2025

Hong Kong's big platforms had a mixed week. How they fared this week:

Tencent (0700.HK): HK$602.00, up 2.4%

Meituan (3690.HK): HK$96.40, down 4.1%

Baidu (9888.HK): HK$96.00, up 8.2%
"""
WEEK_PUBLISHED = Published(date(2025, 9, 5), "manifest")


def _slots(text: str, published: Published) -> list[tuple[object, ...]]:
    claims = extract_claims(text, published, RULES)[0]
    return [(c.quote, c.kind, c.listing, c.reference, c.direction, c.completed_session) for c in claims]


def _layouts(text: str) -> list[str]:
    """The text with its paragraphs parted by blank lines, by line breaks alone, and with blank lines everywhere."""
    one_per_line = text.replace("\n\n", "\n")
    return [one_per_line.replace("\n", "\n\n"), one_per_line, text.replace("\n", "\n\n")]


@pytest.mark.parametrize(("text", "published"), [(TICKER, TICKER_PUBLISHED), (WEEK_LIST, WEEK_PUBLISHED)])
def test_claims_do_not_depend_on_the_layout(text: str, published: Published) -> None:
    first, *others = (_slots(layout, published) for layout in _layouts(text))
    assert first and all(other == first for other in others)


def test_ticker_entries_of_a_text_without_blank_lines_keep_their_clock_time() -> None:
    """16:20 in Berlin is 22:20 in Hong Kong: the entry's session had closed, so its price is the close
    (a text read as one paragraph had kept it as a price of the running session)."""
    by_quote = {quote: rest for quote, *rest in _slots(TICKER.replace("\n\n", "\n"), TICKER_PUBLISHED)}
    assert by_quote["96,80"][:3] == ["close", "9888.HK", {"date": "2025-09-03"}]
    assert by_quote["1,9"][-1] is True  # the day's move of a completed session
    assert by_quote["94,50"][0] == "last_price"  # 09:45 in Berlin: Hong Kong's session was running


def test_a_list_intro_governs_items_set_apart_by_blank_lines() -> None:
    moves = {quote: rest for quote, *rest in _slots(WEEK_LIST, WEEK_PUBLISHED) if quote in ("2.4", "4.1", "8.2")}
    assert {kind for kind, *_ in moves.values()} == {"week_to_date_return"}
    assert moves["4.1"][1:4] == ["3690.HK", {"start": "2025-09-01", "end": "2025-09-05"}, "down"]


@pytest.mark.parametrize(
    ("text", "begins"),
    [
        ("Erster Absatz.\n\nZweiter Absatz.", True),
        ("Erster Satz.\nZweiter Satz im selben Absatz.\n\nDritter.", False),  # blank lines elsewhere part them
        ("Erster Absatz.\nZweiter Absatz.", True),  # no blank line anywhere: line breaks part them
        ("Erster Satz. Zweiter Satz.", False),
        ("Die Schlusskurse:\n\n- Alibaba: 183,10 HKD", False),  # the first item under its intro
    ],
)
def test_where_a_paragraph_begins(text: str, begins: bool) -> None:
    second = text.index(next(word for word in ("Zweiter", "- Alibaba") if word in text))
    first_end = text.rindex(".", 0, second) + 1 if "." in text[:second] else text.index(":") + 1
    assert Paragraphs(text).begins(first_end, second, in_list=False) is begins


def test_items_after_the_first_continue_a_list_only_when_shaped_as_items() -> None:
    text = "Die Schlusskurse:\n- Alibaba: 183,10 HKD\n\n- Tencent: 676,50 HKD\n\nDer Handel war ruhig."
    paragraphs = Paragraphs(text)
    tencent, quiet = text.index("- Tencent"), text.index("Der Handel")
    assert paragraphs.begins(text.index(" HKD") + 4, tencent, in_list=True) is False
    assert paragraphs.begins(text.index(" HKD", tencent) + 4, quiet, in_list=True) is True
    assert paragraphs.begins(text.index(" HKD") + 4, tencent, in_list=False) is True
