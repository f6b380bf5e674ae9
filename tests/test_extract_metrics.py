"""Which metric a number states: cues, hedges, sign words, ranges and conversions, read directly."""

from __future__ import annotations

import pytest

from claimcheck.core.extract.metrics import (
    best_cue,
    clause_hedge,
    distance_to_extreme,
    find_hedge,
    fx_base_of,
    head_period,
    index_kind,
    nearest_direction,
    range_end,
    unit_class_of,
)
from claimcheck.rules import Rules
from tests.extract_parts import parts_of


@pytest.mark.parametrize(
    ("unit", "unit_class"),
    [("percent", "percent"), ("percentage_points", "percent"), ("points", "points"), ("HKD", "price"), (None, "count")],
)
def test_units_fall_into_four_classes(unit: str | None, unit_class: str) -> None:
    assert unit_class_of(unit) == unit_class


def test_the_nearest_cue_that_takes_the_number_is_its_metric(rules: Rules) -> None:
    parts = parts_of("Das Tageshoch der Alibaba-Aktie lag in New York bei 166,20 USD.", rules)
    m = parts.number("166,20")
    others = [o for o in parts.numbers if o is not m]
    cue = best_cue(parts.text, 0, m, others, parts.hits, rules)
    assert cue is not None and cue[0].kind == "day_high"


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "Tencent hat 0,8 Prozent auf 611 HKD verloren; im Tagesverlauf war sie bis auf 605 HKD gefallen.",
            "611",
            None,
        ),
        (
            "Tencent hat 0,8 Prozent auf 611 HKD verloren; im Tagesverlauf war sie bis auf 605 HKD gefallen.",
            "605",
            "intraday_price",
        ),
        ("Meituan fiel um 2,3 Prozent auf 103,90 HKD, in der Spitze lag das Minus bei 3,8 Prozent.", "103,90", None),
        ("Tencent lost 0.8% to HK$611, having briefly touched HK$605.", "611", None),
        ("Tencent fiel zeitweise um 2 Prozent auf 605 HKD.", "605", "intraday_price"),
        ("Tencent fiel um 2 Prozent auf 605 HKD zeitweise.", "605", "intraday_price"),
    ],
)
def test_an_intraday_word_governs_only_its_own_clause(rules: Rules, text: str, quote: str, kind: str | None) -> None:
    parts = parts_of(text, rules, lang="en" if "lost" in text else "de")
    m = parts.number(quote)
    cue = best_cue(parts.text, 0, m, [o for o in parts.numbers if o is not m], parts.hits, rules)
    assert (cue[0].kind if cue else None) == kind


def test_a_period_word_at_the_head_of_a_sentence_governs_its_percentages(rules: Rules) -> None:
    parts = parts_of("YTD, Baidu's Hong Kong stock up 47.2%, U.S.-listed shares BIDU up 40.8%.", rules, lang="en")
    head = head_period(parts.text, parts.hits)
    assert head is not None and head[0].kind == "ytd_return"
    assert head_period("Baidu's stock is up 47.2% YTD.", parts_of("Baidu's stock is up 47.2% YTD.", rules).hits) is None


def test_a_hedge_word_right_before_the_number_is_read_with_its_words(rules: Rules) -> None:
    parts = parts_of("Die Aktie liegt bei rund 52 % und bei 8 %.", rules)
    assert find_hedge(parts.text, parts.number("52"), rules) == ("approx", "rund")
    assert find_hedge(parts.text, parts.number("8"), rules) is None


SPITZE = ("intraday", "in der Spitze")


@pytest.mark.parametrize(
    ("text", "quote", "lang", "hedge"),
    [
        ("Tencent schloss 1,2 % höher, in der Spitze betrug das Plus 2,9 %.", "2,9", "de", SPITZE),
        ("Zeitweise notierte die Meituan-Aktie bei 98,20 HKD.", "98,20", "de", ("intraday", "Zeitweise")),
        # another number between: the hedge is that one's
        ("Zeitweise stieg die Aktie um 3 % auf 101 HKD.", "101", "de", None),
        # a hedge of size governs only the number right after it
        ("Rund ein Drittel der Händler sah die Aktie bei 98 HKD.", "98", "de", None),
        # a clause earlier in the sentence is not this number's
        ("Zeitweise ging es aufwärts, am Ende stand ein Minus von 0,4 %.", "0,4", "de", None),
    ],
)
def test_an_intraday_hedge_heading_the_clause_governs_its_number(
    rules: Rules, text: str, quote: str, lang: str, hedge: tuple[str, str] | None
) -> None:
    parts = parts_of(text, rules, lang)
    assert clause_hedge(parts.text, parts.number(quote), rules) == hedge


def test_a_clause_hedge_marks_a_move_but_not_a_days_extreme(rules: Rules) -> None:
    from datetime import date

    from claimcheck.core.extract import extract_claims
    from claimcheck.model import Published

    text = "Die Meituan-Aktie fiel am Montag in Hongkong um 2,3 %, in der Spitze lag das Minus bei 3,8 %. "
    text += "Zeitweise erreichte sie mit 108,40 HKD ihr Tageshoch."
    claims = {c.quote: c for c in extract_claims(text, Published(date(2026, 1, 13), "option"), rules)[0]}
    assert (claims["3,8"].kind, claims["3,8"].hedge) == ("intraday_move", "intraday")
    assert (claims["108,40"].kind, claims["108,40"].hedge) == ("day_high", None)


def test_the_sign_word_nearest_the_number_gives_its_direction(rules: Rules) -> None:
    parts = parts_of("Alibaba fiel um 2 %, Baidu stieg um 3 %.", rules)
    assert nearest_direction(parts.text, 0, parts.number("2"), rules) == "down"
    assert nearest_direction(parts.text, 0, parts.number("3"), rules) == "up"


def test_the_ends_of_a_range_are_the_days_low_and_high(rules: Rules) -> None:
    parts = parts_of("Die Aktie schwankte zwischen HK$156,30 und HK$147,80.", rules)
    assert range_end(parts.text, 0, parts.number("156,30"), parts.numbers) == "day_high"
    assert range_end(parts.text, 0, parts.number("147,80"), parts.numbers) == "day_low"


def test_a_sum_in_brackets_restates_the_one_before_it(rules: Rules) -> None:
    parts = parts_of("The deal is worth 21 billion yuan ($2.97 billion).", rules, lang="en")
    converted = parts.number("2.97")
    base = fx_base_of(converted, [o for o in parts.numbers if o is not converted], parts.text)
    assert base is not None and parts.text[base.start : base.end] == "21"
    assert fx_base_of(base, [converted], parts.text) is None


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Der DAX stieg um 120 Punkte.", "120", "index_move"),
        ("Der DAX stieg auf 25.900 Punkte.", "25.900", "index_level"),
        ("Der DAX stieg um 1,2 %.", "1,2", "index_move"),
    ],
)
def test_an_index_number_is_a_move_or_a_level(rules: Rules, text: str, quote: str, kind: str) -> None:
    parts = parts_of(text, rules)
    m = parts.number(quote)
    assert index_kind("count", unit_class_of(m.unit), text, 0, m) == kind
    assert index_kind("ytd_return", unit_class_of(m.unit), text, 0, m) == "ytd_return"  # measured like a stock's


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "Tencent gained 3.1% to HK$612 and now trades roughly 8% below its 52-week high of HK$690.",
            "8",
            "distance_52w_high",
        ),
        (
            "JD.com sank 2.2% on the week, leaving the stock 24% under the 52-week closing high.",
            "24",
            "distance_52w_high",
        ),
        (
            "Die Tencent-Aktie legte 2 Prozent zu und liegt nun knapp 9 Prozent unter dem 52-Wochen-Hoch.",
            "9",
            "distance_52w_high",
        ),
        ("Vom Kursziel der Analysten ist die Tencent-Aktie nach dem Plus noch 20 Prozent entfernt.", "20", None),
        ("Die Tencent-Aktie ist nun 7 Prozent vom 52-Wochen-Hoch bei 640,00 HKD entfernt.", "7", "distance_52w_high"),
        (
            "Bis zum 52-Wochen-Hoch bei 640,00 HKD ist die Tencent-Aktie noch rund 7 Prozent entfernt.",
            "7",
            "distance_52w_high",
        ),
        (
            "Nach dem Anstieg um 4 Prozent notiert die Aktie von JD.com 31 Prozent über dem 52-Wochen-Tief.",
            "31",
            "distance_52w_low",
        ),
    ],
)
def test_a_percentage_below_the_high_is_its_distance_whatever_the_verb_before(
    rules: Rules, text: str, quote: str, kind: str | None
) -> None:
    parts = parts_of(text, rules, "en" if " the " in text else "de")
    found = distance_to_extreme(parts.text, 0, parts.number(quote), parts.hits, rules)
    assert (found[0].kind if found else None) == kind


def test_a_move_before_the_distance_stays_a_move(rules: Rules) -> None:
    parts = parts_of("Tencent gained 3.1% to HK$612 and now trades roughly 8% below its 52-week high.", rules, "en")
    assert distance_to_extreme(parts.text, 0, parts.number("3.1"), parts.hits, rules) is None
