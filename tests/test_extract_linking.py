"""How the claims of a text relate: carried prices, closes, repeats and the claims of one sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.linking import link_prices, link_sentence_claims, mark_repeats, written_by_of
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY
from tests.helpers import check_text

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


def _checked(text: str, rules: Rules) -> dict[str, Claim]:
    claims, _ = extract_claims(text, MONDAY, rules)  # published Monday 2026-01-12
    return {c.quote: c for c in claims if c.checkable}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the day carried from the sentence before, the move in the past tense or the perfect
        ("Die Hongkonger Börse hat am Freitag nachgegeben. Tencent verloren rund 1 Prozent auf 611 HKD.", "611"),
        ("Die Hongkonger Börse gab am Freitag nach. Meituan gaben um 2 Prozent auf 99,50 HKD nach.", "99,50"),
        ("Die Tencent-Aktie hat am Freitag in Hongkong 0,8 Prozent auf 611 HKD zugelegt.", "611"),
        ("Hong Kong stocks fell on Friday. Tencent dipped 0.8% to HK$611.", "HK$611"),
        ("Hong Kong stocks fell on Friday. Meituan edged up 0.5% to HK$99.50.", "HK$99.50"),
        # an intraday word in the next clause speaks of that clause only
        (
            "Tencent hat am Freitag 0,8 Prozent auf 611 HKD verloren; im Tagesverlauf war sie bis auf 605 HKD "
            "gefallen.",
            "611",
        ),
        ("Tencent lost 0.8% to HK$611 in Hong Kong on Friday, having briefly touched HK$605.", "HK$611"),
    ],
)
def test_a_price_a_move_of_a_session_before_publication_ended_on_is_its_close(
    rules: Rules, text: str, quote: str
) -> None:
    price = _checked(text, rules)[quote.removeprefix("HK$")]
    assert (price.kind, price.reference, price.completed_session) == ("close", {"date": "2026-01-09"}, True)


@pytest.mark.parametrize(
    "text",
    [
        "Die Hongkonger Börse hat am Freitag nachgegeben. Tencent verloren zuletzt 0,8 Prozent auf 611 HKD.",
        "Die Hongkonger Börse hat am Freitag nachgegeben. Tencent gab im Handelsverlauf 0,8 Prozent auf 611 HKD nach.",
        "Die Hongkonger Börse hat am Freitag nachgegeben. Tencent notiert aktuell 0,8 Prozent tiefer bei 611 HKD.",
        # a decimal comma after the price is no clause break: the running-session word is the price's clause's
        "Die Hongkonger Börse hat am Freitag nachgegeben. Tencent gab um 0,8 Prozent auf 611 HKD nach 616,00 HKD am "
        "Vortag im Handelsverlauf nach.",
        "Hong Kong stocks fell on Friday. In early trade, Tencent dipped 0.8% to HK$611.",
        "Hong Kong stocks fell on Friday. Tencent was trading at HK$611, down 0.8%.",
        "Hong Kong stocks fell on Friday. Tencent is currently down 0.8% at HK$611.",
    ],
)
def test_a_price_of_a_session_the_text_says_is_running_stays_the_last_price(rules: Rules, text: str) -> None:
    price = _checked(text, rules)["611"]
    assert (price.kind, price.completed_session) == ("last_price", False)


@pytest.mark.parametrize(
    ("text", "quote", "completed"),
    [
        ("Der Hang-Seng-Index legte am Freitag um 2,6 Prozent auf 25.859 Punkte zu.", "2,6", True),
        # a German text without a time is read as of midday in Berlin: Hong Kong has closed ...
        ("Der Hang-Seng-Index stieg am Montag um 1,6 Prozent.", "1,6", True),
        # ... New York has not opened
        ("Der Nasdaq Composite stieg am Montag um 1,6 Prozent.", "1,6", False),
        ("Der Hang-Seng-Index legte am Freitag zeitweise um 2,6 Prozent zu.", "2,6", False),
        (
            "Der Hang Seng fiel am Freitag um 1 Prozent, im Handelsverlauf lag das Minus zeitweise bei 2 Prozent.",
            "1",
            True,
        ),
        (
            "Der Hang Seng fiel am Freitag um 1 Prozent, im Handelsverlauf lag das Minus zeitweise bei 2 Prozent.",
            "2",
            False,
        ),
        ("The Nasdaq Composite rose 1.6% on Friday.", "1.6", True),
        ("The Nasdaq 100 closed 1.6% higher on Friday.", "1.6", True),
        ("The Nasdaq Composite was up 1.6% in early trading on Friday.", "1.6", False),
        ("The Nasdaq Composite is up 1.6% so far on Monday.", "1.6", False),
    ],
)
def test_an_index_move_of_a_session_the_text_reports_finished_is_marked_completed(
    rules: Rules, text: str, quote: str, completed: bool
) -> None:
    move = _checked(text, rules)[quote]
    if f"zeitweise um {quote}" in text or f"zeitweise bei {quote}" in text:
        # a move at a moment of the session is read on the day's range, whether or not the session has closed
        # (tester85: an index's intraday move, as a stock's)
        assert move.kind == "intraday_move"
        return
    # ('in early trading': an index's move then is its open's move, as a stock's is: tester41)
    kind = "open_move" if "early trading" in text else "index_move"
    assert (move.kind, move.completed_session) == (kind, completed)


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


@pytest.mark.parametrize(
    ("text", "quote", "completed"),
    [
        ("Hong Kong stocks fell on Friday. Tencent dipped 0.8% to HK$611.", "0.8", True),  # ended on its close
        ("Die Tencent-Aktie schloss am Freitag mit einem Minus von 0,8 Prozent.", "0,8", True),
        ("Tencent ended Friday down 0.8%.", "0.8", True),
        # a day its own sentence names before publication's (Monday): that session's whole move
        ("Tencent fell 0.8% on Friday.", "0.8", True),
        ("Tencent fell 0.8% today.", "0.8", False),  # no word says the publication day's session ended
        ("Hong Kong stocks fell on Friday. In early trade, Tencent dipped 0.8% to HK$611.", "0.8", False),
    ],
)
def test_a_stock_move_is_marked_completed_only_when_the_text_says_its_session_ended(
    rules: Rules, text: str, quote: str, completed: bool
) -> None:
    move = _checked(text, rules)[quote]
    assert (move.kind, move.completed_session) == ("day_change", completed)


@pytest.mark.parametrize(
    ("text", "quote", "completed"),
    [
        # an earlier session told in a clause of its own: summed up, its whole move
        ("Meituan, whose shares had risen 2.1% on Wednesday, fell 3% on Friday.", "2.1", True),
        ("Tencent fell 2% on Friday, after sliding 1.4% on Thursday.", "1.4", True),
        (
            "Die Tencent-Aktie fiel am Freitag um 2 Prozent, nachdem sie am Mittwoch 1,5 Prozent verloren hatte.",
            "1,5",
            True,
        ),
        # the sentence's own move on a day before publication's: its whole move too; on publication's own day it keeps
        # its range unless a word says the session ended
        ("Meituan, whose shares had risen 2.1% on Wednesday, fell 3% on Friday.", "3", True),
        ("Meituan, whose shares had risen 2.1% on Friday, fell 3% today.", "3", False),
    ],
)
def test_a_move_of_an_earlier_session_told_in_a_clause_of_its_own_is_its_whole_move(
    rules: Rules, text: str, quote: str, completed: bool
) -> None:
    move = _checked(text, rules)[quote]
    assert (move.kind, move.completed_session) == ("day_change", completed)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # past tenses beyond the move verbs: 'ging es ... auf', 'brachte', 'notierte'
        (
            "Am Freitag ging es für die Alibaba-ADRs an der Wall Street um 1,7 Prozent auf 169,90 Dollar nach oben.",
            "169,90",
        ),
        ("Der Freitag brachte den Alibaba-ADRs in New York ein Plus von 1,7 Prozent auf 169,90 Dollar.", "169,90"),
    ],
)
def test_a_price_a_past_sessions_move_ended_on_in_any_past_tense_is_its_close(
    rules: Rules, text: str, quote: str
) -> None:
    price = _checked(text, rules)[quote]
    assert (price.kind, price.reference) == ("close", {"date": "2026-01-09"})


@pytest.mark.parametrize(
    ("text", "at", "kind"),
    [
        # no time of writing: the heading's own words say the session had ended
        ("Hong Kong, Monday's close:\n- Alibaba (9988.HK): HK$174.00, +9.2%", None, "close"),
        ("Hongkong, die Schlusskurse vom Montag:\n- Alibaba (9988.HK): 174,00 HKD, +9,2 %", None, "close"),
        ("Hong Kong closing prices on Monday, Jan. 12:\n- Alibaba (9988.HK): HK$174.00, +9.2%", None, "close"),
        # no venue named or in play, no time of writing: which session had ended is not known
        ("Closing prices on Monday:\n- Alibaba (9988.HK): HK$174.00, +9.2%", None, "last_price"),
        # a German text was written by its midday: Hong Kong's session had ended
        ("Die Schlusskurse vom Montag:\n- Alibaba (9988.HK): 174,00 HKD, +9,2 %", None, "close"),
        # written at 11:00 in Hong Kong, before its session ended: the time says otherwise
        (
            "Hong Kong, Monday's close:\n- Alibaba (9988.HK): HK$174.00, +9.2%",
            datetime(2026, 1, 12, 3, tzinfo=UTC),
            "last_price",
        ),
        # written after the session: closed either way
        (
            "Hong Kong, Monday's close:\n- Alibaba (9988.HK): HK$174.00, +9.2%",
            datetime(2026, 1, 12, 9, tzinfo=UTC),
            "close",
        ),
    ],
)
def test_a_close_announced_on_the_publication_day_makes_its_prices_closes(
    rules: Rules, text: str, at: datetime | None, kind: str
) -> None:
    claims, _ = extract_claims(text, replace(MONDAY, at=at), rules)
    price = next(c for c in claims if c.quote.endswith("174,00") or c.quote.endswith("174.00"))
    assert (price.kind, price.reference) == (kind, {"date": "2026-01-12"})


def test_a_hong_kong_close_heading_does_not_close_new_yorks_session_of_the_day(tmp_path: Path) -> None:
    """Review 7: under 'Hong Kong, Thursday's close:' in a text without a time of writing, the ADR's line
    is New York's latest session (Wednesday's, -0.12 %), not Thursday's, which had not traded (-4.11 %).
    Quotes: 9988.HK closed at 173.30 on Thursday 2025-10-09 (-2.42 %); BABA at 181.12 on Wednesday."""
    text = "Hong Kong, Thursday's close:\n- Alibaba (9988.HK): HK$173.30, -2.4%\n- Alibaba ADR (BABA): $181.12, -0.1%\n"
    results = check_text(tmp_path, text, "2025-10-09")
    claims = {c["quote"]: c for c in results["articles"][0]["claims"]}
    assert {q: claims[q]["verdict"] for q in ("173.30", "2.4", "181.12", "0.1")} == dict.fromkeys(
        ("173.30", "2.4", "181.12", "0.1"), "accurate"
    )
    assert claims["173.30"]["kind"] == "close" and claims["181.12"]["kind"] != "close"
