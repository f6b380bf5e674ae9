"""A premarket note on a Chinese ADR, stamped before New York opens on a Monday, tells Hong Kong's Monday and New
York's Friday side by side. Three readings went wrong there:

- a New York figure naming no day of its own, after a sentence that dated Hong Kong's Monday, took that Monday,
  a session that had not opened when the note was written ('The Nasdaq 100 jumped 2.1%' was judged on Monday's
  range: a true figure called wrong). Of the session before it is, as a ticker entry's is
  (linking.sessions_before_opening);
- 'rallied 3% on Friday from Thursday's close of $157.76' read 'on' as the British base word ('up 3% on Friday's
  close'), so Friday went to the base and the move ran from Thursday to the note's Monday (comparisons.csv);
- 'A week ago, the ADRs finished at $168.39, and Friday's close left them 3.5% below that level' is the move since
  the close named before, not Friday's session alone (linking.moves_from_named_level, distance_words.csv
  level_back_reference)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote

MONDAY = date(2026, 2, 9)


def _stamped(text: str, hour: int, minute: int) -> dict[str, Claim]:
    at = datetime(2026, 2, 9, hour, minute, tzinfo=ZoneInfo("America/New_York"))
    claims, _ = extract_claims(text, Published(MONDAY, "option", at=at), load_rules())
    return {c.quote: c for c in claims}


HONG_KONG_THEN_NEW_YORK = (
    "Chinese tech stocks rebounded in Hong Kong on Monday, with Tencent closing 2.2% higher. "
    "Over in New York, the Nasdaq Composite had jumped 2.2% as chip stocks bounced back."
)


def test_a_new_york_move_after_hong_kongs_monday_is_fridays_before_the_open() -> None:
    claims = _stamped(HONG_KONG_THEN_NEW_YORK.replace("had jumped", "jumped"), 6, 50)
    assert claims["2.2"].listing == "^IXIC"
    assert claims["2.2"].reference == {"date": "2026-02-06"}
    assert claims["2.2"].completed_session  # that session had closed: its whole move


def test_after_the_open_the_carried_day_stands() -> None:
    claims = _stamped(HONG_KONG_THEN_NEW_YORK.replace("had jumped", "jumped"), 11, 15)
    assert claims["2.2"].reference == {"date": "2026-02-09"}


def test_a_move_on_a_named_day_from_the_close_before_keeps_its_day() -> None:
    claims = claims_by_quote("Baidu's ADRs climbed 4% on Friday from Thursday's close of $120.10.", MONDAY)
    assert claims["4"].kind == "day_change"
    assert claims["4"].reference == {"date": "2026-02-06"}
    assert claims["120.10"].reference == {"date": "2026-02-05"}


def test_the_british_base_word_still_reads_its_close() -> None:
    claims = claims_by_quote("Baidu's ADRs rose 4% on Thursday's close of $120.10 to $124.90 on Friday.", MONDAY)
    assert claims["120.10"].reference == {"date": "2026-02-05"}


def test_a_move_below_that_level_runs_from_the_close_named_before() -> None:
    text = (
        "Two sessions ago, on Wednesday, Baidu's ADRs ended at $130.40. "
        "Friday's close left the shares about 6% below that level."
    )
    claims = claims_by_quote(text, MONDAY)
    assert claims["6"].kind == "since_return"
    assert claims["6"].reference == {"start": "2026-02-04", "end": "2026-02-06"}
    assert claims["6"].since_base == ("close", "2026-02-04")


def test_a_distance_below_a_peak_named_before_stays_a_distance() -> None:
    claims = claims_by_quote("Baidu peaked at $150 on Feb. 2. On Friday the shares closed 8% below that level.", MONDAY)
    assert claims["8"].kind == "distance_past_peak"
