"""Readings found by probing sentences of my own (none copied from an article) in the nineteenth session: an extreme
named by its side alone after one named with its window, a low or high of a period the text does not name, percentages
written 'pc' and German halves in words, and an index after 'on the' that is no exchange. Figures, from
seeds/quotes/BABA.csv:

- 2026-01-22 (Thursday): high 181.10, low 174.77, close 177.18.
- The 52 weeks up to 2026-01-22 (from 2025-01-23): highest high 192.67 (2025-10-02), lowest low 84.96 (2025-01-23).
- 2026 up to 2026-01-22: highest high 181.10 (01-22), lowest low 145.27 (01-08).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.numbers import find_numbers
from claimcheck.pipeline import load_rules
from tests.helpers import check_text, claims_by_quote

THURSDAY = date(2026, 1, 22)


def _claims(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, object]]:
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


@pytest.mark.parametrize(
    ("text", "first", "second", "kinds"),
    [
        (
            "Alibaba-Aktie in New York: Das 52-Wochen-Hoch liegt bei 192,67 USD, das Tief bei 84,96 USD.",
            "192,67",
            "84,96",
            ("high_52w", "low_52w"),
        ),
        (
            "Die Alibaba-Aktie notiert in New York zwischen dem 52-Wochen-Hoch von 192,67 USD und dem Tief von "
            "84,96 USD.",
            "192,67",
            "84,96",
            ("high_52w", "low_52w"),
        ),
        (
            "Alibaba's ADRs have a 52-week low of $84.96 and a high of $192.67.",
            "84.96",
            "192.67",
            ("low_52w", "high_52w"),
        ),
        (
            "Das Tageshoch der Alibaba-Aktie lag in New York bei 181,10 USD, das Tief bei 174,77 USD.",
            "181,10",
            "174,77",
            ("day_high", "day_low"),
        ),
        (
            "Die Alibaba-Aktie markierte in New York ein Jahreshoch bei 181,10 USD, das Tief lag bei 145,27 USD.",
            "181,10",
            "145,27",
            ("year_high", "year_low"),
        ),
    ],
)
def test_an_extreme_named_by_its_side_alone_takes_the_window_of_the_one_before(
    text: str, first: str, second: str, kinds: tuple[str, str]
) -> None:
    claims = claims_by_quote(text, THURSDAY)
    assert (claims[first].kind, claims[second].kind) == kinds
    assert claims[second].listing == claims[first].listing == "BABA"
    assert claims[second].reference == claims[first].reference


def test_the_elliptical_extremes_are_judged_in_their_window(tmp_path: Path) -> None:
    # 84.96 is the 52 weeks' lowest low, not the day's (174.77) nor a price of the day (the true figure had been
    # called wrong as a last price); 120,00 is no low of the 52 weeks
    claims = _claims(
        tmp_path,
        "Alibaba-Aktie in New York: Das 52-Wochen-Hoch liegt bei 192,67 USD, das Tief bei 84,96 USD.\n\n"
        "Baidu bleibt zurück. Bei Alibaba liegt das 52-Wochen-Hoch in New York bei 192,67 USD, das Tief bei "
        "120,00 USD.",
        "2026-01-22",
    )
    assert claims["84,96"]["kind"] == "low_52w" and claims["84,96"]["verdict"] == "accurate"
    assert claims["120,00"]["kind"] == "low_52w" and claims["120,00"]["verdict"] == "wrong"


def test_a_low_reached_later_in_the_session_is_no_ellipsis() -> None:
    # words between the two figures tell a move of their own: the second is the day's, not the 52 weeks'
    claims = claims_by_quote(
        "Alibaba's ADRs hit a 52-week high of $192.67 in October before sliding to a low of $174.77 on Thursday.",
        THURSDAY,
    )
    assert claims["192.67"].kind == "high_52w"
    assert claims["174.77"].kind != "low_52w"


def test_a_period_low_whose_period_is_not_named_is_unverifiable_not_a_failed_article(tmp_path: Path) -> None:
    # 'seit dem Tief von ...' names no window; the article's other claims are still checked (the whole article's
    # verification had failed with KeyError 'start')
    result = check_text(
        tmp_path,
        "Die Alibaba-Aktie schloss in New York am Donnerstag bei 177,18 USD. Seit dem Tief von 145,27 USD hat sie "
        "sich deutlich erholt.",
        "2026-01-23",
    )
    assert not result.get("errors")
    claims = {c["quote"]: c for c in result["articles"][0]["claims"]}
    assert claims["177,18"]["verdict"] == "accurate"
    assert claims["145,27"]["kind"] == "period_low" and claims["145,27"]["verdict"] == "unverifiable"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shares of Alibaba fell 3pc in New York on Thursday.", 3.0),
        ("Alibaba's Hong Kong stock rose 2.5pc on Thursday.", 2.5),
    ],
)
def test_a_percentage_written_pc_is_a_move(text: str, value: float) -> None:
    (claim,) = [c for c in claims_by_quote(text, THURSDAY).values() if c.unit == "percent"]
    assert claim.value == value and claim.kind == "day_change" and claim.checkable


def test_letters_after_digits_stay_part_of_a_name() -> None:
    found = find_numbers("It sold 3 PCs, 40 pcs of hardware, 5G phones and H20 chips.", "en", load_rules())
    assert [(n.value, n.unit) for n in found] == [(3.0, None), (40.0, None)]


@pytest.mark.parametrize(
    ("word", "value"), [("zweieinhalb", 2.5), ("eineinhalb", 1.5), ("anderthalb", 1.5), ("viereinhalb", 4.5)]
)
def test_german_halves_in_words_are_numbers(word: str, value: float) -> None:
    (number,) = find_numbers(f"Die Alibaba-Aktie verlor in Hongkong {word} Prozent.", "de", load_rules())
    assert (number.value, number.decimals, number.unit) == (value, 1, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "Tech stocks weighed on the Nasdaq 100, which fell 1.3%.",
        "Nvidia weighed on the Nasdaq 100, which fell 1.3%.",
    ],
)
def test_an_index_after_on_the_is_the_index_unless_its_name_is_an_exchanges(text: str) -> None:
    # 'on the Nasdaq' is the exchange; 'on the Nasdaq 100' can only be the index (the move had gone to Nvidia, or
    # been no claim at all)
    claim = claims_by_quote(text, THURSDAY)["1.3"]
    assert (claim.kind, claim.listing) == ("index_move", "^NDX")


def test_on_the_nasdaq_still_names_the_exchange() -> None:
    claim = claims_by_quote("Baidu, listed on the Nasdaq, fell 1.3% on Thursday.", THURSDAY)["1.3"]
    assert (claim.kind, claim.listing) == ("day_change", "BIDU")


# 2026-02-12 (Thursday), BABA: open 163.12, high 163.37, low 156.96, close 158.73; 2026-02-11's close 164.32
QUOTE_BOXES = [
    "Alibaba (BABA) on Thursday: Open $163.12, High $163.37, Low $156.96, Close $158.73, Prev. close $164.32.",
    "Alibaba-Aktie (NYSE) am Donnerstag: Eröffnung 163,12 USD, Hoch 163,37 USD, Tief 156,96 USD, Schluss 158,73 USD, "
    "Vortag 164,32 USD.",
]


@pytest.mark.parametrize("text", QUOTE_BOXES)
def test_a_quote_boxs_labels_name_their_prices(text: str) -> None:
    # each had been a last price of Thursday, the day before's close 164.32 then outside Thursday's range: wrong
    claims = list(claims_by_quote(text, date(2026, 2, 13)).values())
    assert [(c.kind, c.reference) for c in claims] == [
        ("open_price", {"date": "2026-02-12"}),
        ("day_high", {"date": "2026-02-12"}),
        ("day_low", {"date": "2026-02-12"}),
        ("close", {"date": "2026-02-12"}),
        ("close", {"date": "2026-02-11"}),
    ]


def test_a_quote_box_is_judged_label_by_label(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path, QUOTE_BOXES[1] + "\n\nAlibaba (BABA) on Thursday: Open $163.12, Close $165.10.", "2026-02-13"
    )
    assert [c["verdict"] for q, c in claims.items() if "," in q] == ["accurate"] * 5
    assert claims["165.10"]["verdict"] == "wrong"  # Thursday's close was 158.73


def test_a_sum_after_a_move_verb_with_its_day_and_venue_between_is_a_move() -> None:
    # 'um 5,59 USD' after 'verbilligte sich am Donnerstag an der NYSE' had been a last price (164.32 - 158.73 = 5.59)
    claims = claims_by_quote(
        "Die Alibaba-Aktie verbilligte sich am Donnerstag an der NYSE um 5,59 USD auf 158,73 USD.", date(2026, 2, 13)
    )
    assert (claims["5,59"].kind, claims["5,59"].direction) == ("price_change", "down")
    assert claims["158,73"].kind == "close"


def test_um_after_another_verb_is_still_around_a_price() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie fiel am Donnerstag an der NYSE und notierte um 158 USD.", date(2026, 2, 13)
    )
    assert claims["158"].kind == "last_price"


def test_a_volume_whose_noun_stands_a_clause_away_is_read() -> None:
    # the volume noun 60 characters before its count (BABA, 2026-02-12: 11,457,824 shares)
    claims = claims_by_quote(
        "Das Handelsvolumen der Alibaba-Aktie in New York belief sich am Donnerstag auf 11,46 Mio. Aktien.",
        date(2026, 2, 13),
    )
    assert (claims["11,46"].kind, claims["11,46"].listing, claims["11,46"].reference) == (
        "volume",
        "BABA",
        {"date": "2026-02-12"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Baidu shares were trading 4.6% lower at $138.38 at 2:45 p.m. EST on Thursday.",
        "On Thursday at 2:45 p.m. EST, Baidu shares were trading 4.6% lower at $138.38.",
        "Am Donnerstag um 20:45 Uhr notierte die Baidu-Aktie in New York 4,6 Prozent tiefer bei 138,38 USD.",
    ],
)
def test_a_clock_time_beside_a_weekday_is_that_days_hour(text: str) -> None:
    # published on Friday 2026-02-13: the clock time had made the figures Friday's (the time of writing), though
    # Thursday is named (BIDU 2026-02-12: close 138.38, -4.64 %)
    claims = [c for c in claims_by_quote(text, date(2026, 2, 13)).values() if c.checkable]
    assert [c.reference for c in claims] == [{"date": "2026-02-12"}] * 2


def test_a_clock_time_alone_is_still_the_time_of_writing() -> None:
    claim = claims_by_quote("Baidu shares were trading 4.6% lower at $138.38 at 2:45 p.m. EST.", date(2026, 2, 12))
    # the day the clock time is read on, from the text (without it: the sessions up to publication, by default)
    assert claim["138.38"].reference == {"date": "2026-02-12"} and claim["138.38"].time_source == "text"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's ADRs have traded between $145.27 and $181.10 so far this year.",
        "Die Alibaba-Aktie bewegte sich in New York seit Jahresbeginn zwischen 145,27 und 181,10 US-Dollar.",
    ],
)
def test_a_range_of_the_year_so_far_is_the_years_low_and_high(tmp_path: Path, text: str) -> None:
    # BABA in 2026 up to 2026-02-13: lowest low 145.27 (01-08), highest high 181.10 (01-22); both had been read as the
    # day's low and high of 02-13 (152.85 .. 158.11) and called wrong
    claims = list(_claims(tmp_path, text, "2026-02-13").values())
    assert [(c["kind"], c["verdict"]) for c in claims] == [("year_low", "accurate"), ("year_high", "accurate")]


def test_a_range_of_a_day_named_after_a_year_to_date_move_stays_the_days() -> None:
    claims = claims_by_quote(
        "Seit Jahresbeginn hat die Alibaba-Aktie in New York 6 Prozent gewonnen, am Freitag pendelte sie zwischen "
        "153,90 und 156,40 US-Dollar.",
        date(2026, 2, 14),
    )
    assert (claims["153,90"].kind, claims["156,40"].kind) == ("day_low", "day_high")
