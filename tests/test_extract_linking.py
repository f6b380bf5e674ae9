"""How the claims of a text relate: carried prices, closes, repeats and the claims of one sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimcheck.core.extract.linking import link_prices, link_sentence_claims, mark_repeats, written_by_of
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY

BASE = Claim(
    id="c001",
    span=(0, 4),
    quote="4,88",
    sentence_span=(0, 50),
    value=4.88,
    value_high=None,
    scale=1.0,
    direction="up",
    unit="percent",
    kind="day_change",
    checkable=True,
    scope_reason=None,
    hedge=None,
    hedge_text=None,
    subject="Alibaba",
    listing="9988.HK",
    reference={"date": "2026-01-09"},
    time_source="text",
)


def _price(**changes: object) -> Claim:
    return replace(BASE, **{"id": "c002", "span": (20, 26), "quote": "167,80", "value": 167.8, "unit": "HKD"} | changes)


def test_a_price_a_completed_sessions_move_ended_on_is_its_close(rules: Rules) -> None:
    price = _price(kind="amount", checkable=False, scope_reason="amount")
    sentence = "Die Aktie stieg am Freitag um 4,88 % auf 167,80 HKD."
    link_prices([BASE, price], sentence, MONDAY, rules, written_by_of(MONDAY, "de"))
    assert (price.kind, price.checkable, price.scope_reason) == ("close", True, None)


def test_a_price_with_a_move_caught_during_the_session_is_the_last_price(rules: Rules) -> None:
    price = _price(kind="amount")
    sentence = "Die Aktie stieg am Freitag zeitweise um 4,88 % auf 167,80 HKD."
    link_prices([BASE, price], sentence, MONDAY, rules, written_by_of(MONDAY, "de"))
    assert price.kind == "last_price"


def test_a_german_text_without_a_time_is_taken_as_written_by_midday_in_berlin() -> None:
    written = written_by_of(MONDAY, "de")
    assert written is not None and (written.date(), written.hour, str(written.tzinfo)) == (
        date(2026, 1, 12),
        12,
        "Europe/Berlin",
    )
    assert written_by_of(MONDAY, "en") is None
    assert written_by_of(Published(None, "unknown"), "de") is None


def test_the_same_figure_said_twice_is_one_claim_and_a_repeat(rules: Rules) -> None:
    first, again = BASE, replace(BASE, id="c002", span=(60, 64), notes=[])
    mark_repeats([again, first], "x" * 80, rules)
    assert first.kind == "day_change" and first.checkable
    assert (again.kind, again.checkable, again.repeat_of) == ("repeat", False, "c001")
    assert again.notes == ["repeats '4,88'"]


def test_a_summary_lists_figure_repeats_the_bodys(rules: Rules) -> None:
    text = "Key Points:\n- plus 4,88 %\n\nDie Aktie stieg am Freitag um 4,88 %."
    in_summary = replace(BASE, id="c001", span=(19, 23), notes=[])
    in_body = replace(BASE, id="c002", span=(text.rindex("4,88"), text.rindex("4,88") + 4), notes=[])
    mark_repeats([in_summary, in_body], text, rules)
    assert in_body.kind == "day_change" and in_summary.repeat_of == "c002"


def test_the_checkable_claims_of_one_sentence_name_each_other() -> None:
    move, price = replace(BASE, linked=[]), _price(kind="close", linked=[])
    elsewhere = replace(BASE, id="c003", sentence_span=(51, 90), linked=[])
    sign = replace(BASE, id="c004", kind="direction", linked=[])
    link_sentence_claims([move, price, elsewhere, sign])
    assert (move.linked, price.linked, elsewhere.linked, sign.linked) == (["c002"], ["c001"], [], [])
