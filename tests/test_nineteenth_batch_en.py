"""Rules added after trying the nineteenth batch of written English articles as an editor would (tests/golden/articles
en102..en106: a Kiplinger 'Stock Market Today' on Nvidia's earnings day, a TipRanks note on Baidu's ADR, a Morningstar
analyst note on Alibaba's ADR and Hong Kong shares, a The Standard Hong Kong market close, an IBD 'stock of the day' on
Nvidia). Each sentence here is written for the test, not taken from those articles. Before these rules: the weekday of
an event after a session's end ('posted results after Wednesday's close') was carried to the next paragraph, so the
whole story of the day after was read on the day before (five true figures called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.linking import announces_close
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2025, 11, 20)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the weekday of an event after a session's end dates the event, not the sessions told after it --------------------

_AFTER_CLOSE_EN = (
    "Nvidia reverses on Thursday\n\nNvidia turned sharply lower on Thursday.\n\n"
    "The chipmaker posted quarterly sales of $57 billion after Wednesday's close and guided above forecasts.\n\n"
    "The shares opened 5.1% higher but ended down 3.2% at $180.64.\n"
)
_AFTER_BELL_EN = (
    "Nvidia reverses on Thursday\n\nNvidia turned sharply lower on Thursday.\n\n"
    "The chipmaker posted quarterly sales of $57 billion following the closing bell on Wednesday.\n\n"
    "The shares ended down 3.2% at $180.64.\n"
)
_AFTER_CLOSE_DE = (
    "Nvidia dreht ins Minus\n\nNvidia ist am Donnerstag deutlich gefallen. "
    "Der Chipkonzern hat nach Börsenschluss am Mittwoch einen Quartalsumsatz von 57 Milliarden Dollar gemeldet. "
    "Die Aktie schloss 3,2 Prozent tiefer bei 180,64 Dollar.\n"
)


def test_an_event_after_a_close_does_not_carry_its_weekday() -> None:
    for text, move, price in (
        (_AFTER_CLOSE_EN, "3.2", "180.64"),
        (_AFTER_BELL_EN, "3.2", "180.64"),
        (_AFTER_CLOSE_DE, "3,2", "180,64"),
    ):
        claims = _claims(text, THURSDAY)
        assert claims[move].kind == "day_change" and claims[move].listing == "NVDA", text
        assert claims[move].reference == {"date": "2025-11-20"}, text
        assert claims[price].kind == "close" and claims[price].reference == {"date": "2025-11-20"}, text


def test_a_move_told_for_the_session_after_the_close_keeps_its_own_day() -> None:
    # the weekday a figure names itself still dates it
    claims = _claims(
        "Nvidia reverses\n\nThe chipmaker posted quarterly sales of $57 billion after Wednesday's close. "
        "On Wednesday the shares had gained 2.8% to $186.52.\n",
        THURSDAY,
    )
    assert claims["2.8"].reference == {"date": "2025-11-19"} and claims["186.52"].reference == {"date": "2025-11-19"}


def test_the_day_after_an_earnings_close_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _AFTER_CLOSE_EN, "2025-11-20")
    assert verdicts["3.2"] == "accurate" and verdicts["180.64"] == "accurate" and verdicts["5.1"] == "accurate"


# --- a 52-week range told as where the shares traded over the past year, and a distance pointing back to its peak -----

FRIDAY = date(2026, 2, 27)
_RANGE_LEAD_EN = (
    "Baidu slips\n\nBaidu's ADRs fell 5.7% to $125.15 on Thursday. "
    "In the past year, the shares have traded between $74.71 and $165.30, and they now sit about 24% below that peak.\n"
)
_RANGE_TRAIL_EN = (
    "Baidu slips\n\nBaidu's ADRs fell 5.7% to $125.15 on Thursday. "
    "The ADRs have ranged between $74.71 and $165.30 over the past 52 weeks.\n"
)
_RANGE_DE = (
    "Baidu rutscht ab\n\nDie Baidu-ADRs fielen am Donnerstag um 5,7 Prozent auf 125,15 Dollar. "
    "In den vergangenen 52 Wochen bewegte sich das Papier zwischen 74,71 und 165,30 Dollar.\n"
)


def test_a_range_over_the_past_year_is_the_52_week_low_and_high() -> None:
    for text, low, high in (
        (_RANGE_LEAD_EN, "74.71", "165.30"),
        (_RANGE_TRAIL_EN, "74.71", "165.30"),
        (_RANGE_DE, "74,71", "165,30"),
    ):
        claims = _claims(text, FRIDAY)
        assert claims[low].kind == "low_52w" and claims[low].listing == "BIDU", text
        assert claims[high].kind == "high_52w" and claims[high].listing == "BIDU", text


def test_a_range_of_one_session_stays_the_day_low_and_high() -> None:
    claims = _claims(
        "Baidu slips\n\nBaidu's ADRs fell 5.7% to $125.15 on Thursday, after they traded between $124 and $131 "
        "on Wednesday.\n",
        FRIDAY,
    )
    assert claims["124"].kind == "day_low" and claims["131"].kind == "day_high"


def test_a_distance_below_that_peak_points_back_to_the_range_of_its_sentence() -> None:
    claims = _claims(_RANGE_LEAD_EN, FRIDAY)
    assert claims["24"].kind == "distance_52w_high" and claims["24"].listing == "BIDU"
    assert claims["24"].direction == "down"


def test_a_true_52_week_range_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _RANGE_LEAD_EN, "2026-02-27")
    assert verdicts["74.71"] == "accurate" and verdicts["165.30"] == "accurate" and verdicts["24"] == "accurate"


# --- the part of a month an extreme was set in dates that extreme only ------------------------------------------------

_SET_IN_EN = (
    "Alibaba slips\n\nAlibaba's ADRs fell 1.9% to $155.73 on Friday. The ADRs sit about 18% below their 52-week "
    "closing high of $189.34, set in early October, but remain roughly 8% above their 200-day moving average.\n"
)
SATURDAY = date(2026, 2, 14)


def test_a_month_an_extreme_was_set_in_does_not_date_the_clause_after_it() -> None:
    claims = _claims(_SET_IN_EN, SATURDAY)
    assert claims["8"].kind == "moving_average_distance" and claims["8"].listing == "BABA"
    assert claims["8"].reference == {"date": "2026-02-13"}  # as of the text, not the day the high was set
    assert claims["18"].kind == "distance_52w_high" and claims["189.34"].kind == "high_52w"


def test_a_distance_to_an_average_after_a_dated_extreme_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _SET_IN_EN, "2026-02-14")
    assert verdicts["8"] == "accurate" and verdicts["18"] == "accurate"


# --- a percentage against an average right after a volume's count of shares is the volume's ---------------------------

MONDAY = date(2026, 3, 16)
_VOLUME_EN = (
    "Nvidia rallies\n\nNvidia rose 1.6% to $183.22 on Monday. "
    "Volume came in at 217 million shares, 22% above its 50-day average.\n"
)
_VOLUME_DE = (
    "Nvidia legt zu\n\nNvidia stieg am Montag um 1,6 Prozent auf 183,22 Dollar. "
    "Gehandelt wurden 217 Millionen Aktien, rund 22 Prozent mehr als im 50-Tage-Durchschnitt.\n"
)


def test_a_percentage_above_an_average_after_a_volume_is_the_volume_against_its_average() -> None:
    for text, quote in ((_VOLUME_EN, "22"), (_VOLUME_DE, "22")):
        claims = _claims(text, MONDAY)
        assert claims[quote].kind == "volume_average" and claims[quote].listing == "NVDA", text
    claims = _claims(
        "Nvidia legt zu\n\nNvidia stieg am Montag um 1,6 Prozent auf 183,22 Dollar. "
        "Gehandelt wurden 217 Millionen Aktien, 22 Prozent über dem 50-Tage-Durchschnitt.\n",
        MONDAY,
    )
    assert claims["22"].kind == "volume_average"


def test_a_price_above_its_average_stays_a_moving_average_distance() -> None:
    claims = _claims(
        "Nvidia rallies\n\nNvidia rose 1.6% to $183.22 on Monday, and it is 3% above its 50-day average.\n", MONDAY
    )
    assert claims["3"].kind == "moving_average_distance"


def test_a_volume_against_its_average_is_not_judged_as_a_price(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _VOLUME_EN, "2026-03-16")
    assert verdicts["22"] == "unverifiable" and verdicts["183.22"] == "accurate"


# --- a count of months heading a sentence governs every percentage after it -------------------------------------------

_MONTHS_EN = (
    "Alibaba slips\n\nAlibaba's ADRs fell 3.4% to $158.73 on Thursday. "
    "Over the past three months, the ADR is up 0.5% and the Hong Kong shares are up 3.1%.\n"
)


def test_a_count_of_months_at_the_head_governs_both_listings() -> None:
    claims = _claims(_MONTHS_EN, date(2026, 2, 13))
    assert claims["0.5"].kind == "months_return" and claims["0.5"].listing == "BABA"
    assert claims["3.1"].kind == "months_return" and claims["3.1"].listing == "9988.HK"
    claims = _claims(
        "Alibaba rutscht ab\n\nDie Alibaba-ADRs fielen am Donnerstag um 3,4 Prozent auf 158,73 Dollar. "
        "Auf Sicht von drei Monaten, so die Analysten, liegen die ADRs 0,5 Prozent im Plus und die Aktien in Hongkong "
        "1,1 Prozent.\n",
        date(2026, 2, 13),
    )
    assert claims["1,1"].kind == "months_return" and claims["1,1"].listing == "9988.HK"


def test_a_wrong_move_over_months_is_not_judged_as_a_day_move(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _MONTHS_EN, "2026-02-13")
    assert verdicts["3.1"] != "accurate" and verdicts["3.4"] == "accurate"


# --- a list's intro telling how the indexes finished announces the session's end --------------------------------------

_FINISHED_EN = (
    "Chip stocks drag Wall Street lower\n\nFebruary 26, 2026\n\nTechnology shares slid on Thursday.\n\n"
    "Here's how the major indexes finished:\n\n"
    "- The Nasdaq Composite fell 1.2% to 22,878.\n"
    "- The Nasdaq-100 dropped 1.5% to 25,034.\n"
)


def test_a_list_intro_telling_how_the_indexes_finished_announces_the_close() -> None:
    rules = load_rules()
    for intro in (
        "Here's how the major indexes finished:",
        "How the main indexes closed on Friday:",
        "So schlossen die wichtigsten Indizes:",
        "So gingen die Indizes aus dem Handel:",
    ):
        assert announces_close(intro, rules), intro
    assert not announces_close("The shares finished higher for a third day.", rules)


def test_a_wrong_index_move_under_a_finished_intro_is_not_let_through(tmp_path: Path) -> None:
    # the Nasdaq 100 closed 1.16% lower, having been down 2.01% at its low: read as the whole session, 1.5% is no match
    verdicts = verdicts_by_quote(tmp_path, _FINISHED_EN, "2026-02-26")
    assert verdicts["1.5"] != "accurate" and verdicts["1.2"] == "accurate"


def test_a_latest_price_restating_a_listed_close_is_its_repeat() -> None:
    claims, _ = extract_claims(
        "The Closing Bell\n\nFriday, February 6, 2026 · 6:15 PM ET\n\nHere's how our watchlist closed on Friday:\n\n"
        "NVDA    $185.41    +7.9%\nBIDU    $145.93    +5.0%\n\nBaidu added 5% to $145.93, its second straight gain.\n",
        Published(date(2026, 2, 6), "option"),
        load_rules(),
    )
    prices = [c for c in claims if c.quote == "145.93"]
    # (the list's figure is a close or a latest price as the list's words make it: the body's is its repeat either way)
    assert prices[0].kind in ("close", "last_price") and prices[1].kind == "repeat" and not prices[1].checkable
