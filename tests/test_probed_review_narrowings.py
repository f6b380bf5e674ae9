"""Rules of this session's testers narrowed where they reached too far (found by a review, each sentence written for
this test): a company acting on a target of its own is no broker ('Tesla raised its delivery target'); '% beneath it'
names no direction of a day's move; a paragraph opening with the index's pronoun goes on with the index; 'startete mit
einem Plus ... ins neue Jahr' is no open; 'above the level at Monday's open' is no move at the open; a report named in
another clause does not leave a figure undated."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

OCT_8 = date(2025, 10, 8)


def test_a_company_raising_a_target_of_its_own_is_the_subject_of_its_move() -> None:
    claims = claims_by_quote(
        "Alibaba rose 1% on Wednesday. Tesla raised its delivery target, sending the stock up 3%.", OCT_8
    )
    assert claims["3"].subject != "Alibaba"
    # a broker acting on a price target stays no subject of the text
    broker = claims_by_quote("Goldman Sachs raised its price target on Alibaba. The stock rose 3% on Wednesday.", OCT_8)
    assert broker["3"].subject == "Alibaba"


def test_a_percentage_beneath_a_pronoun_is_no_days_move() -> None:
    text = "Alibaba's 200-day moving average sits at $140. The stock closed at $120 on Tuesday, 14% beneath it."
    assert claims_by_quote(text, OCT_8)["14"].kind != "day_change"


def test_a_paragraph_opening_with_the_index_pronoun_goes_on_with_the_index() -> None:
    text = (
        "Alibaba verlor am Freitag 2 Prozent. Der Hang Seng gab 1,1 Prozent nach.\n\n"
        "Er hatte am Montag noch 1 Prozent zugelegt."
    )
    assert claims_by_quote(text, OCT_8)["1"].subject == "Hang Seng"


def test_a_start_into_the_year_is_no_move_at_the_open() -> None:
    text = "Die Alibaba-Aktie startete mit einem Plus von 15 Prozent ins neue Jahr."
    assert claims_by_quote(text, date(2025, 1, 10))["15"].kind != "open_move"
    opened = claims_by_quote("Die Alibaba-Aktie startete mit einem Plus von 2 Prozent in Hongkong.", OCT_8)
    assert opened["2"].kind == "open_move"


def test_a_level_at_the_open_a_move_is_measured_from_is_no_move_at_the_open() -> None:
    text = "Alibaba shares were 3% above the level at Monday's open by the close on Wednesday."
    assert claims_by_quote(text, OCT_8)["3"].kind != "open_move"
    assert claims_by_quote("Alibaba shares fell 3% at Monday's open.", OCT_8)["3"].kind == "open_move"


def test_a_report_named_in_another_clause_leaves_the_figure_dated() -> None:
    text = "Alibaba shares rose 3% to $120, well below the level seen on the day after its last earnings report."
    assert claims_by_quote(text, OCT_8)["3"].unmeasured_reason is None
