"""Cue and scope rows added after trying the second batch of written articles as an editor would
(tests/golden/articles de24..de31, en18..en25). Each sentence here is written for the test, not
taken from those articles. Before these rows: a figure a correction withdraws ('nicht 7 Prozent, wie
zunächst gemeldet') was judged as a claim; an analyst's 'see the shares reaching $250' was read as
the analysts' firm's share price; 'as high as HK$168.50' was a last price; the distance to a moving
average was a count or an intraday move; a return since a dated low ('79% above their April 8
closing low') and the distance to a record close ('12% below its record close') were read as the
day's move, the record close itself as the day's close."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.model import Claim
from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2025, 9, 27)  # a Saturday: every weekday named is a session before


def _all_claims(text: str) -> dict[str, Claim]:
    return claims_by_quote(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "retracted", "kept"),
    [
        ("Tencent fiel am Dienstag um 1,8 Prozent und nicht um 3 Prozent, wie zunächst gemeldet.", "3", "1,8"),
        ("Meituan lost 2.1% on Monday, not 4% as originally reported.", "4", "2.1"),
        ("An earlier version of this story incorrectly stated Meituan's loss on Monday as 4%.", "4", None),
    ],
)
def test_a_figure_the_article_withdraws_is_no_claim(text: str, retracted: str, kept: str | None) -> None:
    claims = _all_claims(text)
    assert claims[retracted].kind == "retracted" and not claims[retracted].checkable
    assert claims[retracted].scope_reason == pipeline.load_rules().scope_reasons["retracted"]
    if kept is not None:
        assert claims[kept].kind == "day_change" and claims[kept].checkable


def test_a_source_named_after_the_figure_withdraws_nothing() -> None:
    # 'as first reported by ...' names who reported first; only a negated figure is withdrawn
    claims = _all_claims("Tencent rose 3% on Friday, as first reported by Reuters.")
    assert claims["3"].kind == "day_change" and claims["3"].checkable


def test_analysts_seeing_the_shares_at_a_price_give_a_target() -> None:
    claims = _all_claims("Analysts at Jefferies see the stock hitting $200 within a year.")
    assert claims["200"].kind == "analyst_target" and not claims["200"].checkable


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Tencent shares traded as low as HK$590 on Tuesday before recovering.", "590", "day_low"),
        ("Meituan's stock climbed as high as HK$104.50 on Tuesday.", "104.50", "day_high"),
    ],
)
def test_as_high_as_and_as_low_as_name_the_days_extremes(text: str, quote: str, kind: str) -> None:
    claims = _all_claims(text)
    assert claims[quote].kind == kind and claims[quote].checkable


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Tencent-Aktie notiert rund 12 Prozent über ihrer 200-Tage-Linie.", "12"),
        ("Meituan trades 9% below its 50-day moving average.", "9"),
    ],
)
def test_a_distance_to_a_moving_average_is_named_and_not_judged_yet(text: str, quote: str) -> None:
    """Named and checkable, so the measure step says why it cannot judge it (`kinds.UNMEASURED_KINDS`)."""
    claims = _all_claims(text)
    assert claims[quote].kind == "moving_average_distance"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tencent shares are up 35% from their April low.", "35"),
        ("Die Baidu-Aktie liegt 40 Prozent über dem Schlusskurs vom 8. April.", "40"),
        ("Seit dem Tief im April hat die Tencent-Aktie 30 Prozent gewonnen.", "30"),
        ("Vom Tief am 9. April gerechnet steht bei Tencent ein Plus von 45 Prozent.", "45"),
    ],
)
def test_a_return_since_a_dated_low_is_a_return_since(text: str, quote: str) -> None:
    # since_return is found and named but not measured yet: never judged against the day's move
    assert _all_claims(text)[quote].kind == "since_return"


@pytest.mark.parametrize(
    ("text", "quote", "reference", "direction"),
    [
        # the base's day starts the period; the session the sentence reports ends it
        (
            "Am Freitag schloss die Baidu-Aktie in Hongkong 40 Prozent über dem Schlusskurs vom 8. April.",
            "40",
            {"start": "2025-04-08", "end": "2025-09-26"},
            "up",
        ),
        (
            "Tencent's ADRs ended Thursday roughly 18% above their June 23 closing low.",
            "18",
            {"start": "2025-06-23", "end": "2025-09-25"},
            "up",
        ),
        # without a day of its own: up to the session reported before
        (
            "Meituan fell 1.2% on Wednesday. Measured from the intraday low on April 7, the gain is 45%.",
            "45",
            {"start": "2025-04-07", "end": "2025-09-24"},
            "up",
        ),
    ],
)
def test_a_return_since_a_dated_base_is_the_period_from_that_day_to_the_session_reported(
    text: str, quote: str, reference: dict[str, str], direction: str
) -> None:
    claim = _all_claims(text)[quote]
    assert (claim.kind, claim.reference, claim.direction) == ("since_return", reference, direction)


def test_a_return_since_a_dated_base_is_measured_from_that_base(tmp_path: Path) -> None:
    """9988.HK closed at 159.10 on 2025-09-19, at 101.30 on 2025-04-07 and 102.50 on 2025-04-08; its low
    of 2025-04-09 was 95.70: +57.06 %, +55.22 % and +66.25 %."""
    text = (
        "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 159,10 HKD, rund 57 Prozent über dem Schlusskurs "
        "vom 7. April. Vom Tagestief am 9. April gerechnet beträgt das Plus gut 66 Prozent. Damit liegt die "
        "Aktie 90 Prozent über dem Schlusskurs vom 8. April."
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-09-22", lang="en")["articles"][0]["claims"]}
    assert [claims[q]["verdict"] for q in ("57", "66", "90")] == ["accurate", "accurate", "wrong"]
    assert [round(claims[q]["observed"], 2) for q in ("57", "66")] == [57.06, 66.25]
    # on every session the carried day permits (Hong Kong's close of 17 September at most, +57.66 %): a sentence going
    # on with 'Damit' from a Hong Kong price is read on Hong Kong, no longer on the euro line's +54.7 % as well
    assert claims["90"]["observed"] < 58
    assert claims["66"]["reading"] == "close vs the low of 2025-04-09"


def test_the_distance_to_a_record_close_and_the_record_close() -> None:
    # set in a month of the last year, a record is the 52-week high; undated, the quotes may not reach it
    claims = _all_claims("Tencent is still about 8% below its record close of HK$683 in early October.")
    assert claims["8"].kind == "distance_52w_high" and claims["683"].kind == "high_52w"
    claims = _all_claims("Tencent is still about 8% below its record close of HK$683.")
    assert claims["8"].kind == "distance_past_peak" and claims["683"].kind == "all_time_high"


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Tencent: 648,50 HKD (+2,0 %)", "2,0", "up"),
        ("Kurse am Mittag: Meituan: -0,8 %, Tencent: +1,2 %", "0,8", "down"),
        ("Tencent (0700.HK): HK$648.50, +2.0%", "2.0", "up"),
        ("Tencent-Aktie: +3 %", "3", "up"),
    ],
)
def test_a_signed_percentage_beside_a_named_stock_is_its_move(text: str, quote: str, direction: str) -> None:
    # a price table or a headline gives the move by its sign alone; before the sign rows it was a count
    claim = _all_claims(text)[quote]
    assert claim.kind == "day_change" and claim.checkable and claim.direction == direction


def test_a_hyphen_between_numbers_is_no_sign() -> None:
    # the hyphen of a range ('10-12 Prozent') stands after a digit: the verb keeps its direction
    claim = _all_claims("Die Tencent-Aktie stieg am Montag um 10-12 Prozent.")["10-12"]
    assert claim.direction == "up"


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("On Wednesday Meituan rebounded 1.5%.", "1.5", "up"),
        ("Meituan closed higher on Friday after sinking as much as 4% in early trade.", "4", "down"),
        ("Am Dienstag ging es für die Tencent-Aktie um 0,8 Prozent nach oben.", "0,8", "up"),
    ],
)
def test_recap_verbs_give_the_direction(text: str, quote: str, direction: str) -> None:
    # before these sign words the moves were counts, or had no direction and were weighed as rises
    claim = _all_claims(text)[quote]
    assert claim.checkable and claim.direction == direction


def test_a_move_ending_on_a_price_with_a_decimal_comma_keeps_the_verb_after_it() -> None:
    # the decimal comma of '640,50' is no clause break: 'nachgaben' is the move's verb, not the
    # 'Plus' of the clause before, and the completed Friday session ended on that price
    claims = _all_claims(
        "Der Donnerstag brachte Tencent ein Plus von 0,5 Prozent, ehe die Papiere am Freitag 1,2 Prozent "
        "auf 640,50 HKD nachgaben."
    )
    assert claims["1,2"].direction == "down" and claims["1,2"].completed_session
    assert claims["640,50"].kind == "close"


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Meituan jumped 4% on Friday, trimming its loss for 2025 to about 12%.", "12", "down"),
        (
            "Die Tencent-Aktie stieg am Freitag um 2 Prozent und verringerte ihr Minus für 2025 auf 4 Prozent.",
            "4",
            "down",
        ),
    ],
)
def test_the_years_loss_said_with_the_year_is_the_return_so_far(text: str, quote: str, direction: str) -> None:
    # before: the day's move, with the sign of the day's verb ('jumped'), so a true year's loss was accused
    claim = _all_claims(text)[quote]
    assert claim.kind == "ytd_return" and claim.direction == direction
