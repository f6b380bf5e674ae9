"""What is a market claim and which slots it has: business and economic figures, per-share
profits, conversions that restate a price, repeats, momentary levels, the venue of 'US-notierte
Titel'. Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.helpers import check_text

MONDAY = Published(date(2026, 1, 12), "option")


def _all(text: str, rules: Rules, published: Published = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, published, rules)
    return {c.quote: c for c in claims}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Die Cloud-Sparte von Alibaba wuchs um 26 Prozent gegenüber dem Vorjahr.", "26", "business_growth"),
        ("Alibaba's cloud unit grew 26% year-over-year.", "26", "business_growth"),
        ("Der Konsum in China stieg nur um 1,3 Prozent, Alibaba litt darunter.", "1,3", "macro"),
        ("China's consumer spending rose 1.3% in November, weighing on Alibaba.", "1.3", "macro"),
        ("Analysten erwarten für Alibaba einen Gewinn von 64,79 CNY je Aktie.", "64,79", "financials"),
        ("Analysts expect Alibaba to report a profit of $8.20 per share.", "8.20", "financials"),
    ],
)
def test_business_and_economic_figures_are_not_share_price_claims(
    rules: Rules, text: str, quote: str, kind: str
) -> None:
    claim = _all(text, rules)[quote]
    assert (claim.kind, claim.checkable) == (kind, False)


def test_a_share_price_per_share_is_still_a_price(rules: Rules) -> None:
    claim = _all("Nvidia's stock had plunged 16% to $178 per share by noon.", rules)["178"]
    assert claim.checkable and claim.kind in ("last_price", "intraday_price")


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia briefly traded above the $171 mark on Monday.",
        "Die Nvidia-Aktie notierte am Montag kurzzeitig über 171 Dollar.",
    ],
)
def test_a_momentary_level_is_an_intraday_price(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["171"]
    assert (claim.kind, claim.listing) == ("intraday_price", "NVDA")


@pytest.mark.parametrize(
    "text",
    [
        "Seit Jahresbeginn haben die US-notierten Titel von Alibaba über 100 Prozent gewonnen.",
        "Seit Jahresbeginn haben die US-gelisteten Alibaba-Aktien über 100 Prozent gewonnen.",
    ],
)
def test_us_listed_titles_name_the_us_listing(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["100"]
    assert (claim.kind, claim.listing) == ("ytd_return", "BABA")


@pytest.mark.parametrize(
    ("text", "home", "converted"),
    [
        ("Alibaba's Hong Kong shares rose 7.3%, reaching $17.79 (HK$139.60).", "139.60", "17.79"),
        ("Die Alibaba-Aktie stieg in Hongkong auf 17,79 US-Dollar (139,60 HKD).", "139,60", "17,79"),
    ],
)
def test_a_price_restated_in_another_currency_is_one_claim(rules: Rules, text: str, home: str, converted: str) -> None:
    got = _all(text, rules)
    assert got[home].checkable and got[home].listing == "9988.HK"
    assert (got[converted].kind, got[converted].checkable) == ("price_conversion", False)
    assert got[converted].scope_reason == rules.scope_reasons["price_conversion"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba stellt weitere 1 Milliarde Yuan (140 Millionen USD) an Anreizen bereit.", "140"),
        ("A fundraising valued Baidu's chip unit at 21 billion yuan ($2.97 billion).", "2.97"),
    ],
)
def test_a_sum_restated_in_another_currency_is_named_not_checked(rules: Rules, text: str, quote: str) -> None:
    claim = _all(text, rules)[quote]
    assert (claim.kind, claim.checkable) == ("amount_conversion", False)
    assert claim.scope_reason == rules.scope_reasons["amount_conversion"]


@pytest.mark.parametrize(
    "text",
    [
        "Baidu's Hong Kong shares jump 7.8% to HK$124.8, their highest level since November 13.",
        "Bei 80,30 USD erreichte die Alibaba-Aktie den tiefsten Stand seit Oktober 2024.",
        "Die Baidu-Aktie stieg in Hongkong um fast 13 % und erreichte damit den höchsten Stand seit Oktober 2024.",
        "Baidu's Hong Kong shares rose 13% on Monday to their highest level since October 2024.",
    ],
)
def test_a_highest_since_beside_a_number_describes_its_level(rules: Rules, text: str) -> None:
    claims, _ = extract_claims(text, MONDAY, rules)
    described = [c for c in claims if c.value is None]
    assert [(c.kind, c.checkable) for c in described] == [("describes_level", False)]
    assert described[0].scope_reason == rules.scope_reasons["describes_level"]
    assert [c.kind for c in claims if c.checkable and c.value is not None]  # the number itself is checked


@pytest.mark.parametrize(
    "text",
    [
        "Die Baidu-Aktie erreichte am Montag in Hongkong den höchsten Stand seit Oktober 2024.",
        "Baidu's Hong Kong shares closed on Monday at their highest level since October 2024.",
        # a number about another subject leaves the look-back its own claim
        "Der Hang Seng stieg um 1 %, die Baidu-Aktie erreichte den höchsten Stand seit Oktober 2024.",
    ],
)
def test_a_highest_since_without_a_number_of_its_subject_is_a_claim_of_its_own(rules: Rules, text: str) -> None:
    claims, _ = extract_claims(text, MONDAY, rules)
    assert [(c.kind, c.checkable) for c in claims if c.value is None] == [("extreme_since", True)]


def test_a_figure_said_twice_is_judged_once(rules: Rules) -> None:
    text = (
        "Die Tencent-Aktie verlor am Montag in Frankfurt 1,6 Prozent auf 68,43 EUR.\n\n"
        "Um 15:50 Uhr rutschte die Tencent-Aktie in Frankfurt um 1,6 Prozent auf 68,43 EUR ab. "
        "Ihr Tagestief markierte sie bei 68,38 EUR. Bei 68,38 EUR eröffnete sie den Handel."
    )
    claims, _ = extract_claims(text, MONDAY, rules)
    judged = [(c.quote, c.kind) for c in claims if c.checkable]
    assert [q for q, _ in judged] == ["1,6", "68,43", "68,38", "68,38"]  # a low and an open: two metrics
    repeats = [c for c in claims if c.kind == "repeat"]
    assert [c.quote for c in repeats] == ["1,6", "68,43"] and all(c.span[0] > 80 for c in repeats)
    assert repeats[0].scope_reason == rules.scope_reasons["repeat"] and repeats[0].repeat_of == claims[0].id


def test_a_summary_list_repeats_the_body(rules: Rules) -> None:
    text = (
        "Key Points\n  • Nvidia crashes 16% to $178 on Monday.\n  • Sign up for our newsletter.\n\n"
        "Nvidia's stock had plunged 16% to $178 on Monday by 3:15 p.m. ET."
    )
    claims, _ = extract_claims(text, MONDAY, rules)
    judged = [c for c in claims if c.checkable]
    assert [c.quote for c in judged] == ["16", "178"] and all(c.span[0] > 80 for c in judged)
    assert [c.kind for c in claims if c.span[0] < 80] == ["repeat", "repeat"]


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba fiel in New York. Neben Alibaba gerieten auch JD.com und Baidu unter Druck. "
        "Seit Jahresbeginn liegt die Aktie in den USA bei über 80 Prozent im Plus.",
        "Alibaba fell in New York. Besides Alibaba, JD.com and Baidu came under pressure too. "
        "Year to date, the U.S.-listed shares are up more than 80%.",
    ],
)
def test_a_sentence_naming_the_stock_among_others_keeps_it_in_play(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["80"]
    assert (claim.subject, claim.listing) == ("Alibaba", "BABA")


def test_a_sentence_naming_only_another_stock_moves_on(rules: Rules) -> None:
    text = "Alibaba fiel in New York. Auch Baidu geriet unter Druck. Die Aktie verlor in den USA 3 Prozent."
    assert _all(text, rules)["3"].subject == "Baidu"


@pytest.mark.parametrize(
    ("text", "price", "peak"),
    [
        (
            "Die Alibaba-Aktie stieg am Montag um 4,0 Prozent auf 146,69 USD und erreichte "
            "in der Spitze sogar 147,10 USD.",
            "146,69",
            "147,10",
        ),
        ("Alibaba shares rose 4.0% to $146.69 on Monday and at one point briefly hit $147.10.", "146.69", "147.10"),
    ],
)
def test_an_intraday_cue_before_a_number_is_that_numbers(rules: Rules, text: str, price: str, peak: str) -> None:
    got = _all(text, rules)
    assert got[peak].kind in ("intraday_price", "day_high")
    assert got[price].kind in ("last_price", "close") and got["4,0" if "," in price else "4.0"].kind == "day_change"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Die Nvidia-Aktie legte 2023 und 2024 um 240 beziehungsweise 170 % zu.", "240", "170"),
        ("Nvidia shares gained 240% and 170% in 2023 and 2024, respectively.", "240", "170"),
    ],
)
def test_calendar_year_moves_refer_to_their_years(rules: Rules, text: str, first: str, second: str) -> None:
    got = _all(text, rules)
    assert got[first].kind == got[second].kind == "calendar_year_return"
    assert got[first].reference == {"start": "2023-01-01", "end": "2023-12-31"}
    assert got[second].reference == {"start": "2024-01-01", "end": "2024-12-31"}
    assert got[second].time_source == "text"


@pytest.mark.parametrize(
    ("text", "price", "kind"),
    [
        ("Die Alibaba-Aktie verlor am Freitag in Hongkong 3,5 Prozent auf 148,60 HKD.", "148,60", "close"),
        ("Alibaba's Hong Kong shares fell 3.5% to HK$148.60 on Friday.", "148.60", "close"),
        ("Mit einem Tagesgewinn von 1,8 % lag die Nvidia-Aktie bei 162,88 Dollar.", "162,88", "close"),
        ("Nvidia ended the day with a gain of 1.8% for the day at $162.88.", "162.88", "close"),
        # during the session, or in the present tense: the last price
        ("Um 15:50 Uhr verlor die Alibaba-Aktie am Freitag 3,5 Prozent auf 148,60 HKD.", "148,60", "last_price"),
        ("Die Alibaba-Aktie verliert in Hongkong 3,5 Prozent auf 148,60 HKD.", "148,60", "last_price"),
        ("Alibaba's Hong Kong shares fall 3.5% to HK$148.60.", "148.60", "last_price"),
        # on the day of publication: a close where that session had ended by midday in Berlin for a
        # German text (Hong Kong), not where it had not opened (New York) or the text's zone is unknown
        ("Die Alibaba-Aktie verlor am Montag in Hongkong 3,5 Prozent auf 148,60 HKD.", "148,60", "close"),
        ("Die Alibaba-Aktie verlor am Montag in New York 3,5 Prozent auf 148,60 US-Dollar.", "148,60", "last_price"),
        ("Alibaba's Hong Kong shares fell 3.5% to HK$148.60 on Monday.", "148.60", "last_price"),
    ],
)
def test_a_price_a_completed_session_ended_on_is_its_close(rules: Rules, text: str, price: str, kind: str) -> None:
    assert _all(text, rules)[price].kind == kind


@pytest.mark.parametrize(
    ("text", "quote", "kind", "reference"),
    [
        (
            "Die Nvidia-Aktie notierte im April 2025 zeitweise bei unter 87 Dollar.",
            "87",
            "period_low",
            {"start": "2025-04-01", "end": "2025-04-30"},
        ),
        (
            "Nvidia shares briefly traded above $150 in November 2025.",
            "150",
            "period_high",
            {"start": "2025-11-01", "end": "2025-11-30"},
        ),
        (
            "Gemessen am Tiefstand von 68,43 USD im April 2024 hat sich die Alibaba-Aktie erholt.",
            "68,43",
            "period_low",
            {"start": "2024-04-01", "end": "2024-04-30"},
        ),
    ],
)
def test_the_low_or_high_of_a_past_month_is_a_period_extreme(
    rules: Rules, text: str, quote: str, kind: str, reference: dict[str, str]
) -> None:
    claim = _all(text, rules)[quote]
    assert (claim.kind, claim.reference, claim.checkable) == (kind, reference, True)


def test_a_momentary_level_of_today_stays_intraday(rules: Rules) -> None:
    assert _all("Die Nvidia-Aktie notierte am Montag zeitweise bei unter 87 Dollar.", rules)["87"].kind == (
        "intraday_price"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Im Vergleich zum Tiefstand von 68 USD im April 2024 hat sich Alibaba um über 53 Prozent erholt.",
        "Compared with its low of $68 in April 2024, Alibaba's stock has recovered by more than 53%.",
    ],
)
def test_a_move_measured_from_a_past_extreme_is_a_move_since(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["53"]
    assert (claim.kind, claim.checkable) == ("since_return", True)


@pytest.mark.parametrize(("bound", "verdict"), [("87", "accurate"), ("80", "wrong")])
def test_a_period_extreme_is_read_on_the_whole_window(tmp_path: Path, bound: str, verdict: str) -> None:
    """NVDA's lowest daily low of April 2025 was 86.62 (2025-04-07): 'zeitweise bei unter 87 Dollar'
    holds; 'unter 80' does not, on the lows nor on the closes of the month."""
    text = f"Die Nvidia-Aktie notierte im April 2025 zeitweise bei unter {bound} Dollar."
    results = check_text(tmp_path, text, "2025-07-09")
    claim = next(c for c in results["articles"][0]["claims"] if c["quote"] == bound)
    assert (claim["kind"], claim["verdict"]) == ("period_low", verdict)
    assert claim["observed"] == pytest.approx(86.62, abs=1e-2)
