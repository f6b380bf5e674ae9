"""Rules added after trying the fifteenth batch of English articles as an editor would (tests/golden/articles
en76..en81: an earnings-day live blog with time stamps, a weekly wrap across Hong Kong and New York, a short
technical note, a Q&A explainer of the ADR/Hong Kong gap, a newsletter digest of one-line items, an index report led
by the Hang Seng and the Nasdaq). Each sentence here is written for the test, not taken from those articles.

Before these rules: 'the ADRs were last down 5.1%' in a live-blog entry after one on Nvidia was Nvidia's move (a US
company has no depositary shares) and called wrong; 'It had climbed as high as 26,250 on Tuesday before a 2% slide on
Thursday' after a sentence on the Hang Seng gave the 2% to a stock named in the next paragraph (called wrong) and
missed the level; an index's extreme after 'as high as' / 'as low as' was no claim; in a digest of Tuesday's moves an
item with a year-to-date figure ('-0.5% to $125.48, down 16.5% this year') ended Tuesday for the items after it, whose
moves were then read on the publication day's session (a wrong sign let through)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import check_text, claims_by_quote


def _verdicts(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, Any]]:
    tmp_path.mkdir()
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


@pytest.mark.parametrize(
    ("text", "published", "quote", "listing"),
    [
        (
            "Baidu reported results before the open on Thursday.\n\n4:05 p.m. ET - Nasdaq ends lower\nThe Nasdaq "
            "Composite fell 1.2% to 22,878.38. Nvidia, a day after its own report, sank 4.2%.\n\n2:40 p.m. ET - "
            "Paring losses\nBargain hunters stepped in: the ADRs were last down 5.1% at $125.90, off the low.",
            "2026-02-26",
            "5.1",
            "BIDU",
        ),
        (
            "Alibaba Group's quarterly numbers beat estimates. Nvidia slipped 1.6% on Thursday. American depositary "
            "shares gained 2.4% to $158.73 by the close.",
            "2026-02-13",
            "2.4",
            "BABA",
        ),
        (
            "Baidu stellte am Donnerstag seine Zahlen vor. Nvidia verlor am Donnerstag 5,5 Prozent. Die ADRs "
            "schlossen 5,7 Prozent tiefer.",
            "2026-02-27",
            "5,7",
            "BIDU",
        ),
        # the stock in play has depositary shares itself: it stays the subject
        (
            "Baidu rose 2% on Monday. Alibaba fell 1.5% on Monday. The ADRs closed at $135.21.",
            "2026-03-17",
            "135.21",
            "BABA",
        ),
        # no depositary word: the US company in play stays the subject
        (
            "Baidu rose 2% on Monday. Nvidia fell 1.6% on Monday. The shares closed at $183.22.",
            "2026-03-17",
            "183.22",
            "NVDA",
        ),
    ],
)
def test_depositary_shares_are_the_last_company_named_that_has_them(
    text: str, published: str, quote: str, listing: str
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert claim.checkable
    assert claim.listing == listing


@pytest.mark.parametrize(
    ("text", "published", "quote", "kind", "listing", "day"),
    [
        (
            "The Hang Seng Index ended Friday at 25,277.32. It had climbed as high as 26,250 on Tuesday before a 2% "
            "slide on Thursday.\n\nTencent was the heaviest drag, losing 7.2% over the week to HK$508.",
            "2026-03-21",
            "2",
            "index_move",
            "^HSI",
            "2026-03-19",
        ),
        (
            "The Hang Seng Index ended Friday at 25,277.32. It had climbed as high as 26,250 on Tuesday before a 2% "
            "slide on Thursday.\n\nTencent was the heaviest drag, losing 7.2% over the week to HK$508.",
            "2026-03-21",
            "26,250",
            "day_high",
            "^HSI",
            "2026-03-17",
        ),
        (
            "The Nasdaq 100 fell 1.9% to 23,898.15 on Friday. It lost 2% over the week as Nvidia slid.",
            "2026-03-21",
            "2",
            "week_return",
            "^NDX",
            None,
        ),
        # after a stock's figure the pronoun is the stock's
        (
            "Tencent rose 3.1% to HK$514 on Tuesday. It fell 1.9% on Monday.",
            "2026-03-25",
            "1.9",
            "day_change",
            "0700.HK",
            "2026-03-23",
        ),
    ],
)
def test_it_after_an_index_figure_is_that_index(
    text: str, published: str, quote: str, kind: str, listing: str, day: str | None
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert (claim.kind, claim.listing) == (kind, listing)
    if day is not None:
        assert claim.reference == {"date": day}


@pytest.mark.parametrize(
    ("text", "published", "quote", "kind", "listing", "day"),
    [
        (
            "The Hang Seng Index closed down 1.7% at 26,567.12 on Friday, after dropping as low as 26,444.46.",
            "2026-02-13",
            "26,444.46",
            "day_low",
            "^HSI",
            "2026-02-13",
        ),
        (
            "The DAX rose as high as 23,957.10 on Wednesday before closing at 23,502.25.",
            "2026-03-19",
            "23,957.10",
            "day_high",
            "^GDAXI",
            "2026-03-18",
        ),
        (
            "In Frankfurt the DAX sank as low as 22,369.47 points on Friday, its weakest level in weeks.",
            "2026-03-21",
            "22,369.47",
            "day_low",
            "^GDAXI",
            "2026-03-20",
        ),
        # a stock's extreme after the same words stays a price
        (
            "Alibaba rose as high as HK$162.60 on Tuesday.",
            "2026-02-11",
            "162.60",
            "day_high",
            "9988.HK",
            "2026-02-10",
        ),
    ],
)
def test_an_index_extreme_after_as_high_as_is_the_sessions_extreme(
    text: str, published: str, quote: str, kind: str, listing: str, day: str
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert (claim.kind, claim.listing, claim.reference) == (kind, listing, {"date": day})


@pytest.mark.parametrize(
    ("text", "published", "quotes"),
    [
        (
            "Good morning. Here is what moved on Tuesday, one line each.\n\nSTOCKS\n- Alibaba ADRs: -0.5% to $125.48, "
            "down 16.5% this year.\n- Baidu ADRs: +1.7% to $112.53.\n- Nvidia: -0.3% to $175.20.",
            "2026-03-25",
            ("0.5", "1.7", "112.53", "0.3", "175.20"),
        ),
        (
            "What moved on Tuesday:\n- Tencent rose 3.1% to HK$514; the stock is down 14% this year.\n- Meituan "
            "gained 3.2% to HK$79.00.",
            "2026-03-25",
            ("3.1", "3.2", "79.00"),
        ),
    ],
)
def test_a_year_to_date_figure_in_a_list_item_keeps_the_lists_day(
    text: str, published: str, quotes: tuple[str, ...]
) -> None:
    claims = claims_by_quote(text, date.fromisoformat(published))
    for quote in quotes:
        assert claims[quote].reference == {"date": "2026-03-24"}, quote


def test_a_period_move_after_a_days_move_still_moves_the_text_on() -> None:
    """The rule the list item keeps: a sentence told only over the period up to publication moves on from the day
    an earlier sentence told ('Baidu gained 8.5% over the week' after 'rose 18.5% on Monday alone')."""
    claims = claims_by_quote(
        "Baidu rose 18.5% on Monday alone. Baidu gained 8.5% over the week. The stock closed at $114.26.",
        date(2026, 3, 21),
    )
    assert claims["114.26"].reference != {"date": "2026-03-16"}


@pytest.mark.parametrize(
    ("text", "published", "quote", "direction"),
    [
        (
            "Baidu's ADRs opened at $129.20 on Thursday, 2.6% below Wednesday's close of $132.65.",
            "2026-02-27",
            "2.6",
            "down",
        ),
        ("Tencent ended Tuesday at HK$514, 8.5% below its 50-day moving average.", "2026-03-25", "8.5", "down"),
        ("Meituan closed on Tuesday at HK$79.00, 3.2% above Monday's close.", "2026-03-25", "3.2", "up"),
        ("Alibaba traded at $125.48 on Tuesday, 14 percent below where it ended 2025.", "2026-03-25", "14", "down"),
    ],
)
def test_a_percentage_below_or_above_a_base_has_that_sign(
    text: str, published: str, quote: str, direction: str
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert claim.direction == direction


@pytest.mark.parametrize(
    ("text", "published", "quote", "kind"),
    [
        (
            "The Hang Seng Index ended Friday at 25,277.32, down 0.7% for the week and 1.4% lower since the start of "
            "the year.",
            "2026-03-21",
            "1.4",
            "ytd_return",
        ),
        (
            "The Hang Seng Index ended Friday at 25,277.32, down 0.7% for the week and 1.4% lower since the start of "
            "the year.",
            "2026-03-21",
            "0.7",
            "week_return",
        ),
        ("Tencent rose 3.1% to HK$514 and is down 14% year to date.", "2026-03-25", "3.1", "day_change"),
        ("Tencent rose 3.1% to HK$514 and is down 14% year to date.", "2026-03-25", "14", "ytd_return"),
        (
            "Meituan bucked the trend, gaining 4.2% on the week to HK$79.15, despite a 1.9% drop on Friday.",
            "2026-03-21",
            "1.9",
            "day_change",
        ),
        ("Nvidia added 2% this week and 5% this month.", "2026-03-21", "5", "month_return"),
        # a period said once for two numbers stays both numbers'
        ("Alibaba gained 5% and Baidu 7% this week.", "2026-03-21", "5", "week_to_date_return"),
        (
            "Alibaba's ADRs are up 7.4% this year, while the Hong Kong shares are up just 3%.",
            "2026-02-20",
            "3",
            "ytd_return",
        ),
        (
            "Tencent has risen about 8 per cent this year, and Meituan nearly 30 per cent.",
            "2025-09-09",
            "30",
            "ytd_return",
        ),
        ("Alibaba's ADRs have more than doubled this year, gaining 122%.", "2025-10-03", "122", "ytd_return"),
    ],
)
def test_a_period_right_after_one_percentage_is_not_the_next_ones(
    text: str, published: str, quote: str, kind: str
) -> None:
    assert claims_by_quote(text, date.fromisoformat(published))[quote].kind == kind


@pytest.mark.parametrize(
    ("text", "quote", "kind", "reference"),
    [
        (
            "Alibaba's ADRs fell 9.5% over five sessions to $122.41, including a 7.1% plunge on Thursday.",
            "9.5",
            "week_return",
            None,
        ),
        (
            "Alibaba's ADRs fell 9.5% over five sessions to $122.41, including a 7.1% plunge on Thursday.",
            "7.1",
            "day_change",
            {"date": "2026-03-19"},
        ),
        (
            "Alibaba's ADRs lost 9.5% in the past week to $122.41, including a 7.1% plunge on Thursday.",
            "122.41",
            "close",
            None,
        ),
        (
            "Tencent shed 7.2% this week, among them a 6.8% tumble on Thursday.",
            "6.8",
            "day_change",
            {"date": "2026-03-19"},
        ),
    ],
)
def test_a_day_in_a_clause_telling_part_of_the_move_is_that_clauses_own(
    text: str, quote: str, kind: str, reference: dict[str, str] | None
) -> None:
    claim = claims_by_quote(text, date(2026, 3, 21))[quote]
    assert claim.kind == kind
    if reference is None:
        assert claim.reference != {"date": "2026-03-19"} and claim.reference.get("end") != "2026-03-19"
    else:
        assert claim.reference == reference


@pytest.mark.parametrize(
    ("text", "published", "quote", "kind", "listing"),
    [
        (
            "Alibaba: your questions\n\nAnd over the past month?\nBoth slumped: Alibaba's Hong Kong shares lost 15.9% "
            "and the ADRs 13.6%.",
            "2026-02-27",
            "15.9",
            "past_month_return",
            "9988.HK",
        ),
        (
            "Alibaba: your questions\n\nAnd over the past month?\nBoth slumped: Alibaba's Hong Kong shares lost 15.9% "
            "and the ADRs 13.6%.",
            "2026-02-27",
            "13.6",
            "past_month_return",
            "BABA",
        ),
        (
            "Tencent: the week\n\nHow did Tencent do this week?\nTencent lost 7.2% to HK$508.",
            "2026-03-21",
            "7.2",
            "week_to_date_return",
            "0700.HK",
        ),
        # a day the answer names tells its move
        (
            "What happened this week?\nOn Thursday, Alibaba's Hong Kong shares fell 3.6% to HK$143.00.",
            "2026-02-27",
            "3.6",
            "day_change",
            "9988.HK",
        ),
        # a question naming no period changes nothing
        (
            "How much did Baidu fall?\nBaidu's ADRs fell 5.7% to $125.15 on Thursday.",
            "2026-02-27",
            "5.7",
            "day_change",
            "BIDU",
        ),
    ],
)
def test_a_question_naming_a_period_is_the_intro_of_its_answer(
    text: str, published: str, quote: str, kind: str, listing: str
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert (claim.kind, claim.listing) == (kind, listing)


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        ("Alibaba's Hong Kong shares lost 3.6% on Thursday and its ADRs 2.8%.", "3.6", "9988.HK"),
        ("Alibaba's Hong Kong shares lost 3.6% on Thursday and its ADRs 2.8%.", "2.8", "BABA"),
        ("Alibaba's ADRs closed at $148.05 on Thursday and the Hong Kong shares at HK$143.00.", "148.05", "BABA"),
    ],
)
def test_a_venue_leading_into_the_next_number_is_that_numbers(text: str, quote: str, listing: str) -> None:
    assert claims_by_quote(text, date(2026, 2, 27))[quote].listing == listing


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tencent closed at HK$514 on Tuesday. A daily close above HK$526 would open the way to HK$550.", "526"),
        ("Tencent closed at HK$514 on Tuesday. A break below HK$495 targets HK$480.", "495"),
        ("Tencent closed at HK$514 on Tuesday. A decisive move through HK$530 could spark a rally.", "530"),
        ("Tencent schloss am Dienstag bei 514 HKD. Ein Rutsch unter 495 HKD würde neue Verkäufe auslösen.", "495"),
    ],
)
def test_a_close_or_break_told_as_a_condition_is_a_chart_level(text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 25))[quote]
    assert not claim.checkable and claim.kind == "level_forecast"


def test_a_break_told_by_its_verb_stays_a_claim() -> None:
    claim = claims_by_quote("Tencent broke below support at HK$500 on Monday.", date(2026, 3, 25))["500"]
    assert claim.checkable and claim.kind == "level_break"


_GAP_TEXT = (
    "On Friday Alibaba's Hong Kong stock closed almost flat at HK$142.90.\nMultiply the Hong Kong price by 8 and "
    "divide by the exchange rate: HK$142.90 x 8 = HK$1,143.20. Thursday's ADR close of $148.05 was about 1.2% above "
    "the value of eight Hong Kong shares at Thursday's close. The ADR holder pays a custody fee of up to 5 cents per "
    "ADR a year."
)


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (_GAP_TEXT, "1,143.20", "price_conversion"),
        (_GAP_TEXT, "1.2", "price_conversion"),
        (_GAP_TEXT, "5", "amount"),
        (
            "Tencent closed at HK$514 on Tuesday. Ten shares: 10 x HK$514 = HK$5,140 before fees.",
            "5,140",
            "price_conversion",
        ),
        (
            "Alibaba's ADRs ended at $125.48. Their price was 1.5% below the value of the underlying shares.",
            "1.5",
            "price_conversion",
        ),
    ],
)
def test_a_worked_computation_a_parity_gap_and_a_fee_are_no_quotes(text: str, quote: str, kind: str) -> None:
    claim = claims_by_quote(text, date(2026, 2, 27))[quote]
    assert not claim.checkable and claim.kind == kind


def test_the_price_before_the_computation_is_still_checked() -> None:
    claims = claims_by_quote(_GAP_TEXT, date(2026, 2, 27))
    assert claims["148.05"].checkable and claims["148.05"].listing == "BABA"


_WEEK_TABLE = (
    "Baidu lost 7.9% on the week to $114.26.\n\nTHE WEEK IN NUMBERS\nHang Seng      25,277.32   -0.7%\n"
    "Tencent        HK$508.00   -7.2%\nMeituan        HK$79.15    +4.2%\nBaidu ADR      $114.26     +7.9%\n"
)


@pytest.mark.parametrize(
    ("quote", "kind", "listing"),
    [("0.7", "week_return", "^HSI"), ("7.2", "week_return", "0700.HK"), ("4.2", "week_return", "3690.HK")],
)
def test_a_table_under_a_heading_naming_the_week_holds_the_weeks_moves(quote: str, kind: str, listing: str) -> None:
    claim = claims_by_quote(_WEEK_TABLE, date(2026, 3, 21))[quote]
    assert (claim.kind, claim.listing) == (kind, listing)
    assert claim.reference is not None and claim.reference["end"] in ("2026-03-20", "2026-03-21")


def test_a_rows_sign_against_the_weeks_move_is_judged_as_the_week(tmp_path: Path) -> None:
    """'+7.9%' in the week's table for a stock that lost 7.9% over the week: wrong, not a day's move."""
    judged = _verdicts(tmp_path / "t", _WEEK_TABLE, "2026-03-21")
    assert judged["4.2"]["verdict"] == "accurate"
    assert [c["verdict"] for q, c in judged.items() if q == "7.9"][-1] == "wrong"


def test_a_heading_in_capitals_naming_no_period_changes_nothing() -> None:
    claims = claims_by_quote("MARKETS AT A GLANCE\nTencent  HK$514.00  +3.1%\n", date(2026, 3, 25))
    assert claims["3.1"].kind == "day_change"


def test_a_sentence_opening_with_the_weeks_move_still_moves_the_text_on() -> None:
    """An ellipsis after the week's move may take the day in play ('while Meituan ... a gain of 0.3%'): the sentence
    opened with the week, so the figures after it are not the earlier day's."""
    claims = claims_by_quote(
        "Alibaba rose 18.5% on Monday alone.\n\nBaidu gained 9.5% over the week in Hong Kong, while Meituan was little "
        "changed with a gain of 0.3%. The Hang Seng index rose 1.4% for the week to 25,417.98.",
        date(2025, 9, 6),
    )
    assert claims["25,417.98"].reference != {"date": "2025-09-01"}


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        (
            "The Hang Seng Index closed down 1.7% at 26,567.12. For the week, the benchmark ended virtually unchanged, "
            "and it is still up 8.8% for the year.\n\nOvernight, Nvidia fell 1.6% to $186.94.",
            "8.8",
            "^HSI",
        ),
        (
            "The Nasdaq 100 lost 2.0% on Thursday. The index gave up early gains, but it is still up 3% this week.\n\n"
            "Alibaba's ADRs dropped 3.4%.",
            "3",
            "^NDX",
        ),
        # a company named in the pronoun's clause is its subject
        (
            "The Hang Seng Index closed down 1.7% at 26,567.12. The benchmark fell, and Alibaba dropped 2% to "
            "HK$155.40.",
            "2",
            "9988.HK",
        ),
    ],
)
def test_it_after_and_goes_on_with_the_index_the_clause_before_named(text: str, quote: str, listing: str) -> None:
    assert claims_by_quote(text, date(2026, 2, 13))[quote].listing == listing


_NUMBERS_OF_THE_DAY = (
    "NUMBERS OF THE DAY\n- 2: new AI models Baidu plans to release in April.\n- 29.4 million: Tencent shares that "
    "changed hands in Hong Kong on Tuesday.\n- 3.1%: Meituan's gain on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("quote", "listing", "direction"),
    [("29.4", "0700.HK", None), ("3.1", "3690.HK", "up")],
)
def test_a_number_leading_its_line_as_a_label_is_told_by_the_words_after_it(
    quote: str, listing: str, direction: str | None
) -> None:
    """The company after the colon is the label's subject (not the one of the item before), and a bullet's dash
    before it is no minus sign."""
    claim = claims_by_quote(_NUMBERS_OF_THE_DAY, date(2026, 3, 25))[quote]
    assert claim.listing == listing and claim.direction == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [("-2.5% for Tencent on Tuesday.", "down"), ("Tencent: - 2.1% to HK$514 on Tuesday.", "down")],
)
def test_a_dash_attached_or_after_a_label_is_still_a_minus(text: str, direction: str) -> None:
    claims = claims_by_quote(text, date(2026, 3, 25))
    assert next(c for c in claims.values() if c.unit == "percent").direction == direction
