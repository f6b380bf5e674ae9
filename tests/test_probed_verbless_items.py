"""A list item's figure told without a verb, at most with its day ('- Hang Seng: -1,1 Prozent am Freitag'), is a
session's result as a table gives it: in a text written after that session's close it is the whole session's move,
close to close, not any move inside the day's range (de179's wrong '1,1' had passed on the range). Each text here is
written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.pipeline import load_rules
from tests.helpers import verdicts_by_quote

# ^HSI 2026-03-20 close 25277.32 / 25500.58 (2026-03-19) - 1 = -0.88 %; its range against that close: low 25121.46
# (-1.49 %) .. high 25563.88 (+0.25 %). 0700.HK 2026-03-20 close 508 / 513 - 1 = -0.97 %; range 505 (-1.56 %) .. 519
# (+1.17 %). 22:40 in Frankfurt is hours after Hong Kong's close (16:00 there, 09:00 CET).
_ITEMS = (
    "20. März 2026, 22:40 Uhr\n\nDie Bilanz in Asien:\n\n"
    "- Hang Seng: -0,9 Prozent am Freitag\n- Tencent: -1,0 Prozent\n"
)


def _completed(text: str) -> dict[str, bool]:
    claims, _ = extract_claims(text, Published(date(2026, 3, 20), "option"), load_rules())
    return {c.quote: c.completed_session for c in claims}


def test_verbless_items_after_the_close_are_the_sessions_whole_moves(tmp_path: Path) -> None:
    completed = _completed(_ITEMS)
    assert completed["0,9"] and completed["1,0"]
    verdicts = verdicts_by_quote(tmp_path, _ITEMS, "2026-03-20")
    assert verdicts["0,9"] == "accurate" and verdicts["1,0"] == "accurate"


def test_a_verbless_items_figure_inside_the_range_but_off_the_close_is_not_accurate(tmp_path: Path) -> None:
    # -1,4 % and -1,5 % lie inside the day's ranges (-1.49 .. +0.25 %, -1.56 .. +1.17 %), far from the closes' moves
    altered = _ITEMS.replace("-0,9 Prozent", "-1,4 Prozent").replace("-1,0 Prozent", "-1,5 Prozent")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-20")
    assert verdicts["1,4"] != "accurate" and verdicts["1,5"] != "accurate"


def test_an_items_verb_keeps_the_move_open_to_the_session() -> None:
    # 'fällt' in the present: a move caught during the session, as a ticker tells it; its verb says so
    live = _ITEMS.replace("- Tencent: -1,0 Prozent", "- Tencent: fällt um 1,5 Prozent")
    assert _completed(live)["1,5"] is False
