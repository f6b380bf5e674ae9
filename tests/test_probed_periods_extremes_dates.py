"""Readings found by probing sentences written for the test (no article copied), each a true figure that had been
called wrong or a figure that had been read as another: an English fraction word that is an ordinal ('for a fifth
straight session' had been a 20 % day move); a period counted from a month's start, a named day or a dated price
('since the start of November', 'since November 10', 'seit dem 10. November', '16% below the $132.32 it fetched on
Nov. 10': day moves or unmeasured); a move given as a range of percentages ('zwischen 5 und 7 Prozent': two moves,
each end called wrong inside the range); an extreme set on a named day ('hit a four-year high of HK$185.00 on Oct.
2': read only as of publication, after a higher high); 'im Vorjahr', 'im November ... bislang', 'for the month' (the
day's move); a day of the month in the English order ('November 24, 2025': a figure); 'HK-$' (US dollars)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2025, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's Hong Kong shares rose for a fifth straight session, gaining 2.1%.",
        "Alibaba's Hong Kong shares fell for a third consecutive day, losing 2.1%.",
        "Alibaba's Hong Kong shares gained for a tenth time in a row this year, adding 2.1%.",
    ],
)
def test_an_ordinal_before_a_count_of_days_is_no_fraction(text: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    assert list(claims) == ["2.1"]


def test_a_fraction_of_a_price_is_still_read() -> None:
    claims = claims_by_quote("Alibaba's Hong Kong shares fell by a fifth in October.", PUBLISHED)
    assert claims["a fifth"].kind == "month_return"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # in November itself, the month so far
        ("Since the start of November, Alibaba's Hong Kong shares have lost 4.4%.", "month_return"),
        ("Alibaba's Hong Kong shares have lost 4.4% since the beginning of November.", "month_return"),
        ("Seit Beginn des Novembers hat die Alibaba-Aktie in Hongkong 4,4 Prozent verloren.", "month_return"),
        ("Seit Anfang November hat die Alibaba-Aktie in Hongkong 4,4 Prozent verloren.", "month_return"),
    ],
)
def test_a_move_since_the_start_of_a_month_is_a_period_move(text: str, kind: str) -> None:
    (claim,) = claims_by_quote(text, PUBLISHED).values()
    assert claim.kind == kind and claim.direction == "down"


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        ("Die Baidu-Aktie zog in Hongkong um zwischen 5 und 7 Prozent an.", "5 und 7", 5.0, 7.0),
        ("Baidu shares in Hong Kong jumped between 5% and 7% in early trading.", "5% and 7", 5.0, 7.0),
        ("Baidu shares in Hong Kong jumped between 5 percent and 7 percent.", "5 percent and 7", 5.0, 7.0),
    ],
)
def test_a_move_given_as_a_range_of_percentages_is_one_claim(text: str, quote: str, low: float, high: float) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    assert list(claims) == [quote]
    assert (claims[quote].value, claims[quote].value_high) == (low, high)


def test_a_year_between_is_no_range() -> None:
    claims = claims_by_quote("Die Alibaba-Aktie fiel in Hongkong zwischen 2023 und 5 Prozent.", PUBLISHED)
    assert claims["5"].value_high is None


def test_a_percent_range_is_judged_as_one_range(tmp_path: Path) -> None:
    # 9988.HK in seeds/quotes: close 2025-11-24 154.50, 2025-11-25 157.80 (157.80 / 154.50 - 1 = +2.14 %);
    # the day's high 160.50 (+3.88 %), its low 153.40 (-0.71 %)
    text = (
        "Alibaba gains\n\nAlibaba shares in Hong Kong rose between 2% and 3% on Tuesday.\n\n"
        "Die Alibaba-Aktie stieg am Dienstag in Hongkong um zwischen 5 und 6 Prozent.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-11-25")["articles"][0]["claims"]}
    assert claims["2% and 3"]["verdict"] == "accurate"
    assert claims["5 und 6"]["verdict"] == "wrong"


def test_an_extreme_set_on_a_named_day_is_read_as_of_that_day_too(tmp_path: Path) -> None:
    # 9988.HK in seeds/quotes: the day's high 2025-10-02 185.00, 2025-10-03 186.20 (the year's highest high up to
    # 2025-11-25); the close 2025-10-02 183.10, 2025-11-25 157.80 (157.80 / 185.00 - 1 = -14.7 %)
    text = (
        "Alibaba below its peak\n\n"
        "Alibaba's Hong Kong shares hit a four-year high of HK$185.00 on Oct. 2.\n\n"
        "Die Alibaba-Aktie hatte in Hongkong am 2. Oktober ein Jahreshoch von 195 HK-Dollar erreicht.\n\n"
        "Alibaba's Hong Kong shares have fallen 15% from their Oct. 2 peak of HK$185.\n\n"
        "Die Alibaba-Aktie notiert in Hongkong 25 Prozent unter ihrem Hoch vom 2. Oktober.\n\n"
        "Alibaba's Hong Kong stock closed at HK$157.80 on Tuesday, down from a record HK$185.00 reached on Oct. 2.\n"
    )
    claims = check_text(tmp_path, text, "2025-11-25")["articles"][0]["claims"]
    by_quote = {(c["quote"], c["kind"]): c for c in claims}
    year_high = by_quote[("185.00", "year_high")]
    assert year_high["set_on"] == "2025-10-02" and year_high["verdict"] == "accurate"  # 186.20 came a day later
    assert by_quote[("195", "year_high")]["verdict"] == "wrong"  # no reading reaches 195
    assert by_quote[("15", "since_return")]["verdict"] == "accurate"
    assert by_quote[("185", "day_high")]["reference"] == {"date": "2025-10-02"}
    assert by_quote[("25", "since_return")]["verdict"] == "wrong"
    assert by_quote[("185.00", "high_52w")]["verdict"] == "accurate"  # a dated record within the year


@pytest.mark.parametrize(
    "text",
    [
        "Baidu shares have lost 16.1% since November 10.",
        "Since Nov. 10, Baidu shares have lost 16.1%.",
        "Die Baidu-Aktie hat seit dem 10. November 16,1 Prozent verloren.",
    ],
)
def test_a_move_since_a_named_day_is_measured_from_that_days_close(text: str) -> None:
    (claim,) = claims_by_quote(text, date(2025, 11, 22)).values()
    assert claim.kind == "since_return"
    assert claim.reference == {"start": "2025-11-10", "end": "2025-11-21"}
    assert claim.since_base == ("close", "2025-11-10")


@pytest.mark.parametrize(
    "text",
    [
        "Baidu closed at its lowest level since Nov. 10, down 2.1%.",
        "Baidu fiel auf den tiefsten Stand seit dem 10. November und verlor 2,1 Prozent.",
        "It was the biggest drop since Nov. 10 for Baidu, down 2.1%.",
    ],
)
def test_a_look_back_to_a_named_day_dates_no_move(text: str) -> None:
    claims = claims_by_quote(text, date(2025, 11, 22))
    assert next(c for q, c in claims.items() if q.startswith("2")).kind == "day_change"


def test_a_move_since_a_named_day_is_judged(tmp_path: Path) -> None:
    # BIDU in seeds/quotes: close 2025-11-10 132.32, 2025-11-21 110.95 (110.95 / 132.32 - 1 = -16.15 %)
    text = (
        "Baidu slides\n\nBaidu shares have lost 16.1% since November 10.\n\n"
        "Die Baidu-Aktie hat seit dem 10. November 20 Prozent verloren.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-11-22")["articles"][0]["claims"]}
    assert claims["16.1"]["verdict"] == "accurate"
    assert claims["20"]["verdict"] == "wrong"


def test_a_percentage_below_a_dated_price_is_a_move_since_that_day(tmp_path: Path) -> None:
    # BIDU in seeds/quotes: close 2025-11-10 132.32, 2025-11-21 110.95 (110.95 / 132.32 - 1 = -16.15 %); published
    # Saturday 2025-11-22, 'yesterday' is Friday's session
    text = (
        "Baidu slides\n\n"
        "Yesterday's close was still 16% below the $132.32 the Baidu stock fetched on Nov. 10.\n\n"
        "Die Baidu-Aktie notiert 25 Prozent unter den 132,32 Dollar vom 10. November.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-11-22")["articles"][0]["claims"]}
    assert claims["16"]["kind"] == "since_return" and claims["16"]["verdict"] == "accurate"
    assert claims["132.32"]["reference"] == {"date": "2025-11-10"} and claims["132.32"]["verdict"] == "accurate"
    assert claims["25"]["direction"] == "down" and claims["25"]["verdict"] == "wrong"


@pytest.mark.parametrize(
    "text",
    [
        "Baidu's 4.4% drop on Thursday was the steepest since early October.",
        "Baidu's 4.4% drop on Thursday was its biggest decline since mid-October.",
    ],
)
def test_a_superlative_since_a_part_of_a_month_dates_no_period(text: str) -> None:
    (claim,) = claims_by_quote(text, date(2025, 11, 22)).values()
    assert claim.kind == "day_change" and claim.reference == {"date": "2025-11-20"}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Im Vorjahr hatte die Alibaba-Aktie in Hongkong 12 Prozent zugelegt.", "12", "calendar_year_return"),
        (
            "Die Alibaba-Aktie gewann 2,1 Prozent, nachdem sie im Vorjahr 12 Prozent verloren hatte.",
            "12",
            "calendar_year_return",
        ),
        # a company's figure with last year's beside it stays the company's
        ("Der Umsatz von Alibaba stieg um 5 Prozent, nach 8 Prozent im Vorjahr.", "8", "financials"),
    ],
)
def test_the_previous_year_is_the_last_calendar_year(text: str, quote: str, kind: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert claim.kind == kind
    if kind == "calendar_year_return":
        assert claim.reference == {"start": "2024-01-01", "end": "2024-12-31"}


def test_a_lookbehind_in_a_rule_row_requires_no_word() -> None:
    # the row's words are what a sentence must hold before its pattern is tried: a lookbehind's text had been
    # one of them, and 'im Vorjahr' was never looked for
    from claimcheck.rules import _literal_words

    assert _literal_words(r"\bim Jahr\b|(?<!Prozent )(?<!% )\b[Ii]m Vorjahr\b") == ("im jahr", "im vorjahr")
    # nor is an optional group's, or one alternative of a group's ('Momentum liegt bei 12' had never been tried)
    words = _literal_words(r"\bMACD\b|\bMomentum(?:-Indikator| indicator)?\b")
    assert any(word in "das momentum liegt bei 12" for word in words)
    assert not any(word in "der rsi liegt bei 29" for word in words)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba Stock (BABA) Today: Shares Rise Ahead of Earnings – November 24, 2025",
        "Baidu stock technical analysis: RSI cools after a 15% week  Jan 7, 2026 05:40AM ET",
        "Alibaba ADRs jump ahead of earnings  Published Thu, Feb 20 2025 5:02 PM EST",
    ],
)
def test_a_day_of_the_month_in_the_english_order_is_no_figure(text: str) -> None:
    claims = claims_by_quote(text, date(2025, 11, 24))
    assert not [q for q in claims if q in ("24", "7", "20", "20 202")]


@pytest.mark.parametrize(
    "text",
    [
        "Im November hat die Alibaba-Aktie in Hongkong bislang 4 Prozent verloren.",
        "Alibaba's Hong Kong stock is down 4% for the month.",
    ],
)
def test_the_month_so_far_is_the_months_move(text: str) -> None:
    (claim,) = claims_by_quote(text, PUBLISHED).values()
    assert claim.kind == "month_return"
    assert claim.reference == {"start": "2025-11-01", "end": "2025-11-25"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Alibaba-Aktie schloss in Hongkong bei HK-$ 157,80.",
        "Die Alibaba-Aktie schloss in Hongkong bei 157,80 HK-$.",
    ],
)
def test_a_hong_kong_dollar_sign_with_a_hyphen_is_hong_kong_dollars(text: str) -> None:
    (claim,) = claims_by_quote(text, PUBLISHED).values()
    assert claim.unit == "HKD" and claim.listing == "9988.HK"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's ADRs closed at $157.01 on Tuesday, equivalent to HK$152.62 per Hong Kong share.",
        "Die Alibaba-ADR schloss bei 157,01 Dollar, umgerechnet 152,62 HK-Dollar je Hongkong-Aktie.",
    ],
)
def test_an_adrs_parity_per_hong_kong_share_is_a_conversion(text: str) -> None:
    # 157.01 x 7.77621 (ECB EUR/HKD / EUR/USD of 2025-11-25) / 8 = 152.62: the ADR's price per ordinary share, not the
    # Hong Kong close (157.80)
    claim = next(c for q, c in claims_by_quote(text, date(2025, 11, 26)).items() if q.startswith("152"))
    assert claim.kind == "price_conversion"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's Hong Kong shares climbed 4.7% on 24 November.",
        "Alibaba's Hong Kong shares climbed 4.7% on 24th November.",
        "Am 24.11. stieg die Alibaba-Aktie in Hongkong um 4,7 Prozent.",
    ],
)
def test_a_day_first_date_without_its_year_dates_the_move(text: str) -> None:
    (claim,) = claims_by_quote(text, date(2025, 11, 26)).values()
    assert claim.reference == {"date": "2025-11-24"}


def test_a_decimal_ending_a_sentence_is_no_date() -> None:
    claims = claims_by_quote("Die Alibaba-Aktie stieg in Hongkong um 2 Prozent auf 24.11.", date(2025, 11, 26))
    assert claims["2"].reference == {"date": "2025-11-26"}


def test_a_period_between_two_short_dates_is_measured_between_them() -> None:
    text = "Vom 7.4. bis zum 24.11. hat sich die Alibaba-Aktie in Hongkong um 40 Prozent verteuert."
    (claim,) = claims_by_quote(text, date(2025, 11, 26)).values()
    assert claim.kind == "since_return" and claim.reference == {"start": "2025-04-07", "end": "2025-11-24"}


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Alibaba (BABA) $157.01 ▼2.31%", "down"),
        ("Alibaba (BABA) $157.01 ▲2.31%", "up"),
        ("Alibaba-Aktie: 157,01 USD ↓ 2,31 %", "down"),
    ],
)
def test_a_quote_pages_arrow_signs_the_move(text: str, direction: str) -> None:
    claim = next(c for q, c in claims_by_quote(text, PUBLISHED).items() if q.startswith("2"))
    assert claim.kind == "day_change" and claim.direction == direction


def test_trading_outside_the_session_does_not_reach_an_earlier_clause() -> None:
    text = "Alibaba's ADRs rose 3% in premarket trading on Wednesday after falling 2.3% on Tuesday."
    claims = claims_by_quote(text, date(2025, 11, 26))
    assert claims["3"].kind == "premarket"
    assert claims["2.3"].kind == "day_change" and claims["2.3"].reference == {"date": "2025-11-25"}


def test_a_figure_after_a_month_with_its_unit_is_no_day() -> None:
    claims = claims_by_quote("Die Meituan-Aktie hat seit Anfang November 15 Prozent verloren.", PUBLISHED)
    assert list(claims) == ["15"]


def test_a_move_from_the_prior_day_is_the_days_move() -> None:
    # 'from the prior day' is the base a day's move is measured from, not the day it is told for
    text = "Alibaba (BABA) closed at $165.91 in the latest trading session, marking a +1.87% move from the prior day."
    claims = claims_by_quote(text, date(2025, 10, 15))
    assert claims["1.87"].reference == claims["165.91"].reference == {"date": "2025-10-15"}
