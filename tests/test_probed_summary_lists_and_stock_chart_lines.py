"""Probed with a Motley Fool-style weekly piece, a Seeking Alpha-style earnings preview and a Der Aktionär-style hot
take (en240, en241, de250):

- a percentage after a price in money in its own sentence is the stock's, not the index the sentence before ended on
  ('Der Hang Seng legte 1,1 Prozent zu. ... Die 200-Tage-Linie verläuft bei 135 HK$, der Abstand beträgt damit 25
  Prozent'): no index is quoted in a currency (`subjects._priced_before`); before, the distance went to the Hang Seng
  and a true figure was called wrong;
- 'a double-digit surge', 'plunge', 'tumble', 'climb', 'advance' are moves as 'gain' and 'jump' are
  (number_words.csv), and 'did', 'saw', 'made', 'took' are pasts that date a bare weekday to the latest such day
  (tenses.csv): 'A double-digit surge on Monday did most of the work' in a Friday text is that week's Monday;
- a summary list whose heading stands over a blank line before its first bullet ('Key Points', blank line, '- ...')
  is still the list (`sentences.summary_blocks`): its figure told again in the body is the repeat, and the sessions
  its bullets name do not end the body's undated periods ('climbed 9.6% this week' runs to Friday, not to the
  Monday a bullet named; `linking.bound_period_windows`);
- a move since a dated base told as of a text written before its listing opened ('has lost 17% since January 21' at
  6:45 a.m. ET) runs up to the session before, not to the day's session still to come."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote


@pytest.mark.parametrize(
    "line",
    (
        "Die 200-Tage-Linie liegt bei etwa 134 HK$, der Abstand beträgt damit 26 Prozent.",
        "Die 200-Tage-Linie verläuft bei 134 HK$, der Abstand dazu beträgt 26 Prozent.",
        "The 200-day moving average sits near HK$134, a gap of 26%.",
    ),
)
def test_a_distance_after_a_price_is_the_stocks_not_the_index_before(line: str) -> None:
    text = (
        "Alibaba kletterte am Mittwoch in Hongkong um 5 Prozent auf 169 HK$. Der Hang Seng gewann 0,6 Prozent.\n\n"
        + line
    )
    claims = claims_by_quote(text, date(2026, 1, 14))
    assert claims["134"].listing == "9988.HK"
    assert claims["26"].kind == "moving_average_distance" and claims["26"].listing == "9988.HK"


def test_an_index_sentence_without_a_price_still_goes_on_with_the_index() -> None:
    text = (
        "Alibaba kletterte am Mittwoch in Hongkong um 5 Prozent auf 169 HK$. Der Hang Seng schloss 0,6 Prozent "
        "höher. Seit Jahresbeginn steht damit ein Plus von knapp 3 Prozent."
    )
    assert claims_by_quote(text, date(2026, 1, 14))["3"].listing == "^HSI"


@pytest.mark.parametrize("move", ("surge", "plunge", "tumble", "climb", "advance"))
def test_a_double_digit_move_word_on_a_past_weekday(move: str) -> None:
    text = f"Alibaba's New York shares had a busy week. A double-digit {move} on Monday did most of the work."
    claim = claims_by_quote(text, date(2026, 1, 16))["double-digit"]
    assert claim.checkable and claim.listing == "BABA"
    assert claim.reference == {"date": "2026-01-12"}


@pytest.mark.parametrize("verb", ("saw", "made", "took"))
def test_an_irregular_past_dates_a_bare_weekday_back(verb: str) -> None:
    text = f"Alibaba's New York shares {verb} a 10% jump on Monday."
    assert claims_by_quote(text, date(2026, 1, 16))["10"].reference == {"date": "2026-01-12"}


def _extract(text: str, at: datetime) -> dict[str, list[Claim]]:
    claims, _ = extract_claims(text, Published(at.date(), "text", at), load_rules())
    found: dict[str, list[Claim]] = {}
    for c in claims:
        found.setdefault(c.quote, []).append(c)
    return found


def test_a_summary_list_after_a_blank_line_under_its_heading() -> None:
    text = (
        "Why Baidu Stock Rallied\n\nBy Staff | Jan 16, 2026\n\nKey Points\n\n"
        "- Baidu's ADRs rose 8.2% on Wednesday.\n- AI chip news led the way.\n\n"
        "What happened\n\nShares of Baidu (NASDAQ: BIDU) gained 8.2% on Wednesday, Jan. 21.\n"
    )
    first, second = _extract(text, datetime(2026, 1, 23, 17, 0, tzinfo=ZoneInfo("America/New_York")))["8.2"]
    assert first.kind == "repeat" and second.kind == "day_change"


def test_a_bullets_weekday_does_not_end_the_bodys_week() -> None:
    text = (
        "Why Alibaba Stock Jumped\n\nBy Staff | Jan 16, 2026\n\nKey Points\n\n"
        "- A huge rally on Monday did most of the work.\n- Shares jumped 10% on Monday.\n\n"
        "What happened\n\nShares of Alibaba (NYSE: BABA) rose 9% this week.\n"
    )
    (claim,) = _extract(text, datetime(2026, 1, 16, 17, 40, tzinfo=ZoneInfo("America/New_York")))["9"]
    assert claim.reference["end"] == "2026-01-16"


def test_a_look_back_before_the_open_ends_at_the_session_before() -> None:
    text = "Baidu preview\n\nBaidu (NASDAQ: BIDU) has given back about 16% since January 21."
    (claim,) = _extract(text, datetime(2026, 2, 24, 6, 45, tzinfo=ZoneInfo("America/New_York")))["16"]
    assert claim.kind == "since_return"
    assert claim.reference == {"start": "2026-01-21", "end": "2026-02-23"}
