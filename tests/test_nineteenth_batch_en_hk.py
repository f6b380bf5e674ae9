"""Rules added after trying the nineteenth batch of written English articles as an editor would (tests/golden/articles
en107..en111: a Bloomberg 'Five Things to Start Your Day: Asia' item with Hang Seng futures and overnight ADR moves, a
Motley Fool 'Down 24% From Its High, Is Alibaba Stock a Buy?' on both listings, a Reuters 'GLOBAL MARKETS' wrap with
the DAX, the Nasdaq 100, the Hang Seng, the euro and Tencent, a Business Insider explainer on Baidu's ADR and Hong Kong
shares, a Fortune/Yahoo 'stocks making the biggest moves after hours' list). Each sentence here is written for the test,
not taken from those articles. Before these rules: an 'overnight' move in a text of the Asian morning, after a
paragraph telling Monday's Hong Kong session, was read on the New York session before Monday (Friday's), so a true
ADR move and close were called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 3, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'overnight' after a paragraph on an earlier session: the New York session before publication -------------------

_MONDAY_TOLD = "Hong Kong's Hang Seng Index tumbled 3.5% on Monday. Meituan slid 3.3% to HK$76.55.\n\n"
_MONDAY_TOLD_DE = (
    "Der Hang Seng brach am Montag um 3,5 Prozent ein. Meituan rutschte um 3,3 Prozent auf 76,55 HKD ab.\n\n"
)


@pytest.mark.parametrize(
    ("text", "move", "price"),
    [
        (_MONDAY_TOLD + "In New York, Nvidia rose 1.7% to $175.64 overnight.", "1.7", "175.64"),
        (_MONDAY_TOLD + "Overnight on Wall Street, Nvidia rose 1.7% to $175.64.", "1.7", "175.64"),
        (_MONDAY_TOLD_DE + "Über Nacht stieg Nvidia in New York um 1,7 Prozent auf 175,64 Dollar.", "1,7", "175,64"),
        (_MONDAY_TOLD_DE + "In New York legte Nvidia über Nacht um 1,7 Prozent auf 175,64 Dollar zu.", "1,7", "175,64"),
    ],
)
def test_an_overnight_move_after_an_earlier_day_is_the_session_before_publication(
    text: str, move: str, price: str, tmp_path: Path
) -> None:
    claims = _claims(text, TUESDAY)
    assert claims[move].listing == "NVDA" and claims[move].kind == "day_change", text
    assert claims[move].reference == {"date": "2026-03-23"}, text
    assert claims[price].kind == "close" and claims[price].reference == {"date": "2026-03-23"}, text
    # the paragraph before keeps Monday's Hong Kong session
    assert claims["76.55" if "." in price else "76,55"].reference == {"date": "2026-03-23"}, text
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts[move] == "accurate" and verdicts[price] == "accurate", text


def test_an_overnight_move_told_in_the_pluperfect_keeps_the_session_before_the_day_in_play() -> None:
    # Nvidia lost 3.28% on Friday 2026-03-20, the New York session before Monday's Hong Kong one
    claims = _claims("Meituan slid 3.3% to HK$76.55 on Monday. In New York, Nvidia had lost 3.3% overnight.", TUESDAY)
    assert claims["3.3"].listing == "NVDA" and claims["3.3"].reference == {"date": "2026-03-20"}


def test_an_overnight_move_on_the_day_of_publication_is_still_the_session_before_it() -> None:
    # a wrap of Friday's Hong Kong close: 'overnight' is Thursday's New York session (Nvidia -1.02 % to 178.56)
    claims = _claims(
        "Tencent slipped 1% to HK$508 on Friday.\n\nOvernight on Wall Street, Nvidia lost 1% to $178.56.",
        date(2026, 3, 20),
    )
    assert claims["178.56"].reference == {"date": "2026-03-19"}


# --- 'down 23% from its 52-week high': a distance to the extreme, not the day's move ---------------------------------

SATURDAY_FEB_28 = date(2026, 2, 28)


@pytest.mark.parametrize(
    ("text", "quote", "kind", "direction"),
    [
        (
            "Alibaba's Hong Kong shares ended the week at HK$142.90, down about 23% from their 52-week closing high.",
            "23",
            "distance_52w_high",
            "down",
        ),
        (
            "At HK$142.90, Alibaba's stock in Hong Kong is still up roughly 49% from its 52-week low.",
            "49",
            "distance_52w_low",
            "up",
        ),
    ],
)
def test_a_percentage_from_a_52_week_extreme_is_the_distance_to_it(
    text: str, quote: str, kind: str, direction: str, tmp_path: Path
) -> None:
    claims = _claims(text, SATURDAY_FEB_28)
    assert claims[quote].kind == kind and claims[quote].listing == "9988.HK", text
    assert claims[quote].direction == direction, text
    assert verdicts_by_quote(tmp_path, text, "2026-02-28")[quote] == "accurate", text


def test_a_percentage_after_the_distance_is_no_second_distance_to_the_same_high() -> None:
    # '... from their 52-week closing high and 1.1% lower so far this year': the 1.1% is not measured from the high
    claims = _claims(
        "Alibaba's Hong Kong shares closed at HK$142.90 on Friday, down about 23% from their 52-week closing high "
        "and 1.1% lower so far this year.",
        SATURDAY_FEB_28,
    )
    assert claims["23"].kind == "distance_52w_high"
    assert claims["1.1"].kind != "distance_52w_high"


# --- a period closing the clause before a colon governs every percentage after it ----------------------------------

_BAIDU_TUESDAY = "Baidu's ADRs closed at $126.82 on Tuesday.\n\n"
WEDNESDAY_OCT_29 = date(2025, 10, 29)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            _BAIDU_TUESDAY + "Both rallied over the past week: the Hong Kong shares gained 5.4% and the ADRs 6.4%.",
            "5.4",
            "6.4",
        ),
        (
            "Baidus ADRs schlossen am Dienstag bei 126,82 Dollar.\n\n"
            "Beide Papiere legten binnen einer Woche zu: die Aktie in Hongkong um 5,4 Prozent "
            "und die ADRs um 6,4 Prozent.",
            "5,4",
            "6,4",
        ),
    ],
)
def test_a_period_before_a_colon_governs_each_percentage_after_it(
    text: str, first: str, second: str, tmp_path: Path
) -> None:
    claims = _claims(text, WEDNESDAY_OCT_29)
    assert claims[first].kind == "week_return" and claims[first].listing == "9888.HK", text
    assert claims[second].kind == "week_return" and claims[second].listing == "BIDU", text
    assert claims[second].reference == {"start": "2025-10-21", "end": "2025-10-28"}, text
    # BIDU 126.82 vs 119.14 on 2025-10-21: +6.45 %
    assert verdicts_by_quote(tmp_path, text, "2025-10-29")[second] == "accurate", text


# --- '-ing' forms of strong move verbs carry their sign ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Meituan gave back 3.7% on Thursday after soaring 14% on Wednesday on its results.", "14", "up"),
        ("Meituan rose 3.7% on Thursday, after plummeting 14% on Wednesday.", "14", "down"),
        ("Meituan gave back 3.7% on Thursday after rallying 14% on Wednesday.", "14", "up"),
    ],
)
def test_a_move_told_with_an_ing_form_keeps_its_own_sign(text: str, quote: str, direction: str) -> None:
    claims = _claims(text, date(2026, 3, 26))
    assert claims[quote].direction == direction, text
    assert claims[quote].reference == {"date": "2026-03-25"}, text


def test_the_soaring_move_is_judged_true(tmp_path: Path) -> None:
    # 3690.HK 2026-03-25 close 90.00 vs 79.00: +13.92 %; 2026-03-26 86.70: -3.67 %
    text = "Meituan gave back 3.7% on Thursday after soaring 14% on Wednesday on its results."
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["14"] == "accurate" and verdicts["3.7"] == "accurate"


# --- 'Since Aug. 20, when ..., X is up 46% and Y 42%': a dated look-back heading the sentence -------------------------

_SINCE_RESULTS = (
    "Baidu's ADRs closed at $126.82 on Tuesday.\n\n"
    "Since Aug. 20, when Baidu reported second-quarter results, the ADRs are up more than 46% "
    "and the Hong Kong shares have gained 42%."
)


def test_a_dated_look_back_heading_the_sentence_governs_each_move_after_it() -> None:
    claims = _claims(_SINCE_RESULTS, WEDNESDAY_OCT_29)
    for quote in ("46", "42"):
        assert claims[quote].kind == "since_return", quote
        assert claims[quote].reference is not None and claims[quote].reference["start"] == "2025-08-20", quote


def test_the_move_told_in_the_look_backs_own_when_clause_is_that_days(tmp_path: Path) -> None:
    # BIDU 2025-08-20 close 86.76 vs 89.07: -2.59 %; 2025-10-28 126.82 vs 86.76: +46.17 %
    text = (
        "Baidu's ADRs closed at $126.82 on Tuesday.\n\n"
        "Since Aug. 20, when it slid 2.6%, the ADRs have gained more than 46%."
    )
    claims = _claims(text, WEDNESDAY_OCT_29)
    assert claims["2.6"].kind == "day_change" and claims["2.6"].reference == {"date": "2025-08-20"}
    assert claims["46"].kind == "since_return" and claims["46"].listing == "BIDU"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-29")
    assert verdicts["2.6"] == "accurate" and verdicts["46"] == "accurate"


# --- a currency's move and level in a markets wrap are no stock's figures -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In currencies, the euro was down 0.5% at $1.1531, its weakest in nearly two weeks.",
        "The euro traded 0.5% lower at $1.1531.",
        "The yuan was little changed at 6.91 per dollar.",
    ],
)
def test_a_currency_move_and_level_are_not_the_stocks(sentence: str) -> None:
    claims = _claims("Nvidia dropped 4.2% to $171.24 on Thursday.\n\n" + sentence, date(2026, 3, 26))
    assert claims["4.2"].kind == "day_change" and claims["4.2"].listing == "NVDA"
    numbers = [q for q in claims if q not in ("4.2", "171.24")]
    assert numbers and all(not claims[q].checkable for q in numbers), sentence


# --- 'below that peak' after a sentence telling the peak by its verb --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Alibaba's ADRs closed at $144.11 on Friday.\n\nThe shares peaked at $192.67 on Oct. 2. "
            "Friday's close leaves them 25.2% below that peak.",
            "25.2",
        ),
        (
            "Die Alibaba-ADRs schlossen am Freitag bei 144,11 Dollar.\n\n"
            "Am 2. Oktober gipfelten sie bei 192,67 Dollar. Von dort sind sie 25,2 Prozent entfernt.",
            "25,2",
        ),
    ],
)
def test_a_distance_pointing_back_to_a_peak_told_by_its_verb_is_no_days_move(
    text: str, quote: str, tmp_path: Path
) -> None:
    claims = _claims(text, SATURDAY_FEB_28)
    assert claims[quote].kind == "distance_past_peak" and claims[quote].listing == "BABA", text
    assert claims[quote].direction == "down", text
    # a peak the text dates by a verb is not measured yet: unverifiable, never the day's move called wrong
    assert verdicts_by_quote(tmp_path, text, "2026-02-28")[quote] == "unverifiable", text


def test_a_peak_verb_makes_no_percentage_of_its_own_sentence_a_distance() -> None:
    claims = _claims("Nvidia's shares rose 2% on Friday; they peaked at $212.19 in October.", date(2026, 3, 28))
    assert claims["2"].kind == "day_change"
