"""Rules for defects the editor's set had left open (tests/test_evaluation.py, STILL_OPEN). Each sentence
here is written for the test, not taken from those articles.

A distance to a 52-week extreme told across a clause or a sentence was read as a count and set out of scope:
pointing back to the extreme of the sentence before ('Von dort ist sie knapp 24 Prozent entfernt'), told
as the move still needed to reach it ('Bis zum 52-Wochen-Hoch ... fehlen noch gut 16 Prozent', which is
high ÷ price − 1, not price ÷ high − 1), or after a clause inserted between the extreme and the distance
('Vom 52-Wochen-Hoch bei 683 HKD, erreicht am 2. Oktober, ist der Titel fast 20 Prozent entfernt')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2026, 2, 12)  # a Thursday; 9988.HK closed at 160.10 HKD on Wednesday, 52-week high 186.20


def _claims(text: str, published: date = PUBLISHED) -> dict[str, Claim]:
    return claims_by_quote(text, published)


@pytest.mark.parametrize(
    ("text", "quote", "kind", "listing"),
    [
        (
            "Im Oktober hatte die Alibaba-Aktie in Hongkong mit 186,20 HKD ihr 52-Wochen-Hoch erreicht. Davon ist sie"
            " inzwischen rund 14 Prozent entfernt.",
            "14",
            "distance_52w_high",
            "9988.HK",
        ),
        (
            "Im April war die Baidu-Aktie in New York auf ihr 52-Wochen-Tief gefallen. Von dort ist sie heute gut 60"
            " Prozent entfernt.",
            "60",
            "distance_52w_low",
            "BIDU",
        ),
        (
            "Baidu's ADRs hit a 52-week high of $150 in October. The stock is now about 20% below that level.",
            "20",
            "distance_52w_high",
            "BIDU",
        ),
        (
            "Vom 52-Wochen-Hoch bei 186,20 HKD, erreicht am 3. Oktober, ist die Alibaba-Aktie fast 14 Prozent"
            " entfernt.",
            "14",
            "distance_52w_high",
            "9988.HK",
        ),
        (
            "From its 52-week high of $150, set on Oct. 2, Baidu's ADR is now about 20% away.",
            "20",
            "distance_52w_high",
            "BIDU",
        ),
    ],
)
def test_a_distance_told_across_a_clause_or_sentence_is_the_distance(
    text: str, quote: str, kind: str, listing: str
) -> None:
    claim = _claims(text)[quote]
    assert (claim.kind, claim.listing, claim.checkable) == (kind, listing, True)
    assert claim.distance_base == "extreme"


@pytest.mark.parametrize(
    "text",
    [
        # the words point back, but the sentence before names no extreme: the day's move
        "Alibaba schloss am Mittwoch in Hongkong bei 160,10 HKD. Von dort ging es am Donnerstag um 3 Prozent"
        " nach oben.",
        # an extreme two sentences back is not the one 'from there' points to
        "Das 52-Wochen-Hoch der Alibaba-Aktie liegt bei 186,20 HKD. Am Mittwoch schloss sie bei 160,10 HKD. Von dort"
        " stieg sie am Donnerstag um 3 Prozent.",
        "Baidu's ADRs hit a 52-week high of $150 in October. From there, the stock fell 3% on Thursday.",
    ],
)
def test_words_pointing_back_without_a_distance_word_keep_the_move(text: str) -> None:
    claim = _claims(text)["3"]
    assert claim.kind == "day_change"


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Bis zum 52-Wochen-Hoch fehlen der Alibaba-Aktie noch gut 16 Prozent.", "16", "distance_52w_high"),
        (
            "Bis zum 52-Wochen-Hoch vom 3. Oktober bei 186,20 HKD fehlen der Alibaba-Aktie noch gut 16 Prozent.",
            "16",
            "distance_52w_high",
        ),
        ("Alibaba's shares would need to climb 16% to regain their 52-week high.", "16", "distance_52w_high"),
        (
            "Im Oktober hatte die Alibaba-Aktie in Hongkong mit 186,20 HKD ihr 52-Wochen-Hoch erreicht. Bis dahin"
            " fehlen ihr noch gut 16 Prozent.",
            "16",
            "distance_52w_high",
        ),
    ],
)
def test_the_move_still_needed_to_reach_an_extreme_is_its_distance_told_as_a_rise(
    text: str, quote: str, kind: str
) -> None:
    claim = _claims(text)[quote]
    assert (claim.kind, claim.checkable, claim.direction) == (kind, True, "down")
    assert claim.distance_base == "price"


def test_fehlen_without_an_extreme_is_no_distance() -> None:
    claim = _claims("Der Alibaba-Aktie fehlen Impulse, sie fiel am Mittwoch in Hongkong um 2 Prozent.")["2"]
    assert claim.kind == "day_change" and claim.distance_base == "extreme"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 186.20 / 160.10 − 1 = +16.3 %: the rise still needed
        ("Bis zum 52-Wochen-Hoch fehlen der Aktie in Hongkong noch gut 16 Prozent.", "accurate"),
        # the distance worded so (160.10 / 186.20 − 1 = −14.0 %) stays a permitted reading
        ("Bis zum 52-Wochen-Hoch fehlen der Aktie in Hongkong noch rund 14 Prozent.", "accurate"),
        # neither
        ("Bis zum 52-Wochen-Hoch fehlen der Aktie in Hongkong noch gut 25 Prozent.", "wrong"),
        # 160.10 / 186.20 − 1 = −14.0 %: the distance below the high is not 16 %
        ("In Hongkong liegt sie damit gut 16 Prozent unter dem 52-Wochen-Hoch.", "wrong"),
        ("In Hongkong liegt sie damit rund 14 Prozent unter dem 52-Wochen-Hoch.", "accurate"),
    ],
)
def test_the_rise_needed_is_measured_from_the_close_to_the_extreme(tmp_path: Path, sentence: str, verdict: str) -> None:
    text = f"Die Alibaba-Aktie schloss am Mittwoch in Hongkong bei 160,10 HKD. {sentence}"
    results = check_text(tmp_path, text, PUBLISHED.isoformat())
    (claim,) = [c for c in results["articles"][0]["claims"] if c["kind"] == "distance_52w_high"]
    assert claim["verdict"] == verdict, claim


# A day's move told with the price it went to ('fell 4.8% to HK$154.40') in a text that does not say the
# session had closed: the move was read as anywhere in the day's range (low 153.00 against a previous close
# of 161.20: down to -5.1 %), so a move that does not fit its own price passed. Both were told at one
# moment: the move is the one to that price (154.40 / 161.20 - 1 = -4.2 %), the price is judged on its own.
HK_FRIDAY = date(2025, 10, 17)  # 9988.HK: previous close 161.20, low 153.00, high 161.00, close 154.40


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba fell 4.8% to HK$154.40 in Hong Kong on Friday after touching HK$153.00.",
        "Die Alibaba-Aktie verlor am Freitag in Hongkong 4,8 Prozent auf 154,40 HKD.",
    ],
)
def test_a_days_move_keeps_the_price_it_went_to(text: str) -> None:
    claims = _claims(text, HK_FRIDAY)
    move = next(c for c in claims.values() if c.kind == "day_change")
    assert move.moved_to == 154.40


@pytest.mark.parametrize(
    "text",
    [
        # the price another move went to: Tencent's, not Alibaba's
        "Alibaba fell 4.8% in Hong Kong on Friday, while Tencent shed 1.9% to HK$608.",
        # a price the session touched is no price the move went to
        "Alibaba fell 4.8% in Hong Kong on Friday after touching HK$153.00.",
    ],
)
def test_a_move_without_its_own_price_keeps_none(text: str) -> None:
    move = _claims(text, HK_FRIDAY)["4.8"]
    assert move.kind == "day_change" and move.moved_to is None


@pytest.mark.parametrize(("figure", "verdict"), [("4.8", "wrong"), ("4.2", "accurate")])
def test_a_move_is_judged_against_the_price_it_went_to(tmp_path: Path, figure: str, verdict: str) -> None:
    text = f"Alibaba Group fell {figure}% to HK$154.40 in Hong Kong on Friday after touching HK$153.00."
    results = check_text(tmp_path, text, HK_FRIDAY.isoformat())
    claims = {c["quote"]: c for c in results["articles"][0]["claims"]}
    assert (claims[figure]["kind"], claims[figure]["verdict"]) == ("day_change", verdict), claims[figure]
    assert claims["154.40"]["verdict"] == "accurate"


# A day's range told beside a close the sentence reports finished ('gab 1,7 Prozent auf 505,50 HKD nach und
# bewegte sich zwischen 500 und 521,50 HKD'), its day carried from the sentence before: the range was read on
# that day or the session before (the rule for a day carried to a market that may not have traded yet), so
# the previous session's low (500.00 on 2026-03-24; 502.00 on 03-25) passed.
RANGE_TEXTS = [
    (
        "Die Tencent-Aktie hat am Mittwoch in Hongkong nachgegeben. Sie fiel um 1,7 Prozent auf 505,50 HKD und"
        " schwankte zwischen {low} und 521,50 HKD.",
        "2026-03-25",
    ),
    (
        "Tencent shares fell in Hong Kong on Wednesday. The stock lost 1.7% to HK$505.50 and traded between"
        " HK${low} and HK$521.50.",
        "2026-03-26",
    ),
]


@pytest.mark.parametrize(("text", "published"), RANGE_TEXTS)
def test_a_range_beside_a_finished_sessions_close_is_that_sessions(text: str, published: str) -> None:
    claims = _claims(text.format(low="500"), date.fromisoformat(published))
    assert claims["500"].kind == "day_low" and claims["500"].completed_session


@pytest.mark.parametrize(("text", "published"), RANGE_TEXTS)
@pytest.mark.parametrize(("low", "accurate"), [("500", False), ("502", True)])
def test_the_previous_sessions_low_is_not_this_sessions(
    tmp_path: Path, text: str, published: str, low: str, accurate: bool
) -> None:
    results = check_text(tmp_path, text.format(low=low), published)
    claim = next(c for c in results["articles"][0]["claims"] if c["quote"] == low)
    assert claim["kind"] == "day_low" and (claim["verdict"] == "accurate") is accurate, claim


def test_a_range_of_a_session_not_reported_finished_keeps_both_days() -> None:
    # no move or close ended the session in this sentence: the carried day may still be the session before
    claims = _claims(
        "Die Tencent-Aktie hat am Mittwoch in Hongkong nachgegeben. Sie schwankte zwischen 500 und 521,50 HKD.",
        date(2026, 3, 25),
    )
    assert claims["500"].kind == "day_low" and not claims["500"].completed_session


# A day's move told in the pluperfect ('Am Vortag hatte Baidu noch 2,7 Prozent verloren, Alibaba hatte 1,5
# Prozent gewonnen') sums up an earlier session: its whole move, close to close. It had been read anywhere in
# that day's range (9988.HK on 2025-07-14: -0.7 % .. +1.5 % against the close before; close to close +0.95 %).
MONDAY_AFTER = date(2025, 7, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Am Vortag hatte Baidu in Hongkong noch 2,7 Prozent verloren, Alibaba hatte 1,5 Prozent gewonnen.",
        "On Monday, Baidu's Hong Kong shares had lost 2.7%, while Alibaba had gained 1.5%.",
    ],
)
def test_a_move_told_in_the_pluperfect_is_the_whole_sessions(text: str) -> None:
    claims = _claims(text, MONDAY_AFTER)
    moves = [c for c in claims.values() if c.kind == "day_change"]
    assert len(moves) == 2 and all(c.completed_session for c in moves)
    assert {c.reference["date"] for c in moves if c.reference} == {"2025-07-14"}


@pytest.mark.parametrize(
    "text",
    [
        "Am Vortag hatte Alibaba in Hongkong zeitweise 1,5 Prozent gewonnen.",  # at times: within the day's range
        # the preterite alone keeps the range on the publication day ('am Montag', a day before it, is the whole move)
        "Alibaba gewann heute in Hongkong 1,5 Prozent.",
    ],
)
def test_a_move_not_in_the_pluperfect_or_hedged_keeps_the_range(text: str) -> None:
    assert not _claims(text, MONDAY_AFTER)["1,5"].completed_session


@pytest.mark.parametrize(("figure", "accurate"), [("1,5", False), ("0,95", True)])
def test_a_pluperfect_move_is_judged_close_to_close(tmp_path: Path, figure: str, accurate: bool) -> None:
    text = f"Am Vortag hatte die Alibaba-Aktie in Hongkong {figure} Prozent gewonnen."
    results = check_text(tmp_path, text, MONDAY_AFTER.isoformat())
    (claim,) = [c for c in results["articles"][0]["claims"] if c["quote"] == figure]
    assert claim["kind"] == "day_change" and (claim["verdict"] == "accurate") is accurate, claim


# Numbers that are no claim about a share, judged as one: a yield told with a week's word ('the 10-year
# Treasury yield fell 8 bps this week to 4.06%': the week's cue, nearer, made it the stock's move this week),
# and the gap of a value the text converts to a quote ('worth about $135.18 per ADR, 3.3% above the ADRs'
# close': the day's move).
@pytest.mark.parametrize(
    "text",
    [
        "Alibaba rose. The 10-year Treasury yield fell 8 bps this week to 4.06%.",
        "Alibaba rose. Treasury yields climbed 20 bps this year to 4.06%.",
        "Alibaba legte zu. Die Rendite zehnjähriger US-Staatsanleihen fiel in dieser Woche um 8 Basispunkte auf"
        " 4,06 Prozent.",
    ],
)
def test_a_yield_told_with_a_period_stays_macro(text: str) -> None:
    claim = next(c for c in _claims(text, date(2025, 9, 12)).values() if c.quote in ("4.06", "4,06"))
    assert (claim.kind, claim.checkable) == ("macro", False)


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        # the period's word governs the share's move; the yield words come after it
        ("Alibaba's ADRs rose 5% this week as Treasury yields fell.", "5", "week_to_date_return"),
        # a count's noun after its number ('Unternehmen') says nothing about a percentage before it
        (
            "Die Alibaba-Aktie stieg. Damit liegt der Gewinn des Unternehmens in diesem Jahr bei über 80 Prozent.",
            "80",
            "ytd_return",
        ),
    ],
)
def test_a_shares_period_move_beside_macro_words_stays_the_shares(text: str, quote: str, kind: str) -> None:
    claim = _claims(text, date(2025, 9, 12))[quote]
    assert (claim.kind, claim.checkable) == (kind, True)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Alibaba's Hong Kong close is worth about $135.18 per ADR, 3.3% above the ADRs' close in New York on"
            " Thursday.",
            "3.3",
        ),
        (
            "Bei 7,80 HKD je US-Dollar entspricht der Hongkonger Schlusskurs von Alibaba umgerechnet rund 135,18"
            " US-Dollar je ADR, 3,3 Prozent über dem Schlusskurs der ADRs in New York.",
            "3,3",
        ),
    ],
)
def test_a_converted_values_gap_to_a_quote_is_no_claim(text: str, quote: str) -> None:
    claim = _claims(text, date(2025, 9, 5))[quote]
    assert claim.kind == "price_conversion" and not claim.checkable and claim.listing is None


def test_a_gap_after_a_quote_is_still_judged() -> None:
    # after a close, not a conversion: the distance to the high is the claim
    claim = _claims("Alibaba's ADRs closed at $130.92 in New York, 3.3% below their 52-week high.", date(2025, 9, 5))[
        "3.3"
    ]
    assert (claim.kind, claim.checkable) == ("distance_52w_high", True)


# A list of chart levels under a label ('Support: $142.50 (Friday's low), then $130'): the bracketed note
# names what the first level is, and was taken as the cue of the next one (judged as a day's low).
@pytest.mark.parametrize(
    "text",
    [
        "Baidu's ADRs closed at $146.42 on Tuesday. Support: $142.50 (Friday's low), then $130.",
        "Die Baidu-ADRs schlossen am Dienstag bei 146,42 Dollar. Unterstützung: 142,50 Dollar (Tagestief vom"
        " Freitag), danach 130 Dollar.",
    ],
)
def test_a_later_level_of_a_labelled_list_is_the_labels(text: str) -> None:
    claim = _claims(text, date(2026, 1, 7))["130"]
    assert (claim.kind, claim.checkable) == ("level_forecast", False)


def test_a_bracketed_note_still_names_the_number_before_it() -> None:
    claims = _claims(
        "Baidu's ADRs closed at $146.42 on Tuesday. Support: $142.50 (Friday's low), then $130.", date(2026, 1, 7)
    )
    assert (claims["142.50"].kind, claims["142.50"].checkable) == ("day_low", True)


def test_a_bracketed_note_is_no_cue_of_the_number_after_it() -> None:
    claims = _claims("Baidu's ADRs (Friday's low was $143.50) closed at $146.42 on Tuesday.", date(2026, 1, 7))
    assert claims["143.50"].kind == "day_low" and claims["146.42"].kind == "close"


# Two readings the rules above must not spread to. A move that reached an extreme ('stieg um 2 Prozent auf ein
# neues 52-Wochen-Hoch', 'rose 2% to a 52-week high') is the day's move, not a distance of 2 % below the high
# (the extreme's word had been the move's nearest cue: a true move at the high read as 2 % below it); and a
# distance 'away from' something else after a high named before ('..., and now trade 3% away from their
# 200-day average') is not the high's.
@pytest.mark.parametrize(
    "text",
    [
        "Die Alibaba-Aktie stieg am Montag in Hongkong um 2 Prozent auf ein neues 52-Wochen-Hoch von 150 HKD.",
        "Alibaba's shares rose 2% to a fresh 52-week high of $150 on Monday.",
    ],
)
def test_a_move_that_reached_an_extreme_is_the_days_move(text: str) -> None:
    claim = _claims(text, date(2026, 1, 7))["2"]
    assert (claim.kind, claim.direction) == ("day_change", "up")


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's shares trade 2% below their 52-week high.",
        "Die Alibaba-Aktie liegt 2 Prozent unter ihrem 52-Wochen-Hoch.",
        "Die Alibaba-Aktie ist 2 Prozent vom 52-Wochen-Hoch entfernt.",
    ],
)
def test_a_distance_below_an_extreme_stays_a_distance(text: str) -> None:
    assert _claims(text, date(2026, 1, 7))["2"].kind == "distance_52w_high"


def test_a_distance_away_from_something_else_is_not_the_highs() -> None:
    claims = _claims(
        "Alibaba's shares rose 2% to a 52-week high of $150 on Monday, and now trade 3% away from their 200-day"
        " average.",
        date(2026, 1, 7),
    )
    assert claims["3"].kind == "moving_average_distance" and claims["2"].kind == "day_change"


def test_a_move_to_a_new_high_is_judged_as_the_days_move(tmp_path: Path) -> None:
    # 9988.HK on 2025-10-03: close 185.10 against 183.10 (+1.09 %), the day's high 186.20 a 52-week high
    results = check_text(
        tmp_path,
        "Die Alibaba-Aktie stieg am Freitag in Hongkong um 1,1 Prozent auf ein neues 52-Wochen-Hoch.",
        "2025-10-04",
    )
    (claim,) = [c for c in results["articles"][0]["claims"] if c["quote"] == "1,1"]
    assert (claim["kind"], claim["verdict"]) == ("day_change", "accurate"), claim


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba-Aktie: 3,9 Prozent Plus in Hongkong – Analyst sieht 40 Prozent Potenzial", "40"),
        ("Baidu: Experten sehen für die Aktie noch 25 Prozent Potential.", "25"),
    ],
)
def test_an_analysts_potential_is_no_move(text: str, quote: str) -> None:
    claims, _ = extract_claims(text, Published(date(2025, 10, 15), "option"), pipeline.load_rules())
    assert next(c for c in claims if c.quote == quote).kind == "analyst_target"
