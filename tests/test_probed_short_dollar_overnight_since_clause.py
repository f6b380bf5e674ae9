"""Four readings an editor would agree with, probed on invented sentences (tester110):

- a sentence that wrote the Hong Kong dollar in full ('Hongkong-Dollar', 'HKD') writes it short after that: a price
  'auf 169,00 Dollar' later in the sentence, with no venue of its own and outside brackets, is the Hong Kong
  listing's, not the ADR's (`subjects._dollar_short_for_hk`); a venue word of its own clause ('die ADRs') still wins;
- 'über Nacht' right before a move's number ('In New York hatten die ADRs über Nacht 1,7 Prozent zugelegt') dates
  the move to the session before the day in play, as it does heading the sentence (overnight.csv inline);
- a dated look-back heading the sentence, set off by a comma before a clause telling that day ('Seit dem 7. April,
  als ... abstürzte, hat der Titel ... gewonnen'), governs the move of the main clause however long the clause
  between (cues.csv, the '^Seit' row taking its date);
- 'seit dem Schluss der Vorwoche' is the week so far (cues.csv week_to_date_return).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

THURSDAY = date(2026, 1, 15)  # 9988.HK 2026-01-14 close 169.00 (+5.69 %), BABA 2026-01-14 close 169.90 (+1.73 %)


@pytest.mark.parametrize(
    "text",
    (
        "Die Papiere von Alibaba fielen um 2,6 Prozent auf 164,60 Hongkong-Dollar, nachdem sie am Mittwoch um "
        "5,7 Prozent auf 169,00 Dollar geklettert waren.",
        "Alibaba gaben 2,6 Prozent auf 164,60 HKD ab, nachdem sie am Mittwoch um 5,7 Prozent auf 169,00 Dollar "
        "gestiegen waren.",
    ),
)
def test_a_dollar_written_short_after_the_hong_kong_dollar_stays_in_hong_kong(text: str) -> None:
    claims = claims_by_quote(text, THURSDAY)
    assert (claims["5,7"].listing, claims["169,00"].listing) == ("9988.HK", "9988.HK")
    assert claims["169,00"].reference == {"date": "2026-01-14"}


def test_a_venue_of_its_own_clause_still_names_the_adr() -> None:
    text = "Alibaba schlossen in Hongkong bei 164,60 Hongkong-Dollar, die ADRs stiegen auf 169,90 Dollar."
    assert claims_by_quote(text, THURSDAY)["169,90"].listing == "BABA"


@pytest.mark.parametrize(
    "text",
    (
        "Baidu verloren am Donnerstag in Hongkong 1,2 Prozent. An der Wall Street hatten die Alibaba-ADRs über Nacht "
        "1,7 Prozent gewonnen.",
        "Baidu verloren am Donnerstag in Hongkong 1,2 Prozent. In New York legten die Alibaba-ADRs über Nacht um "
        "rund 1,7 Prozent zu.",
    ),
)
def test_ueber_nacht_right_before_the_number_is_the_session_before(text: str) -> None:
    claim = claims_by_quote(text, THURSDAY)["1,7"]
    assert (claim.listing, claim.reference) == ("BABA", {"date": "2026-01-14"})


def test_a_hong_kong_move_after_overnight_cues_keeps_its_day() -> None:
    text = "Nach freundlichen Vorgaben aus den USA über Nacht gewannen Alibaba in Hongkong am Donnerstag 2,6 Prozent."
    assert claims_by_quote(text, THURSDAY)["2,6"].reference == {"date": "2026-01-15"}


# 9988.HK 2025-04-07 close 101.30; 2025-11-14 close 154.90: +52.91 %
def test_a_dated_look_back_heading_the_sentence_reaches_past_a_long_when_clause() -> None:
    text = (
        "Alibaba schlossen am Freitag in Hongkong bei 154,90 HKD. Seit dem 7. April, als Zölle die Märkte rund um den "
        "Globus in Aufruhr versetzten und die Papiere in Hongkong auf 101,30 Hongkong-Dollar einbrachen, hat die "
        "Aktie etwa 53 Prozent zugelegt."
    )
    claim = claims_by_quote(text, date(2025, 11, 15))["53"]
    assert (claim.kind, claim.reference) == ("since_return", {"start": "2025-04-07", "end": "2025-11-14"})


def test_since_last_weeks_close_is_the_week_so_far() -> None:
    text = (
        "Der Hang Seng gab am Donnerstag 0,3 Prozent nach. Seit dem Schlusskurs der Vorwoche liegt er 2,6 Prozent vorn."
    )
    claim = claims_by_quote(text, THURSDAY)["2,6"]
    assert (claim.kind, claim.reference) == ("week_to_date_return", {"start": "2026-01-12", "end": "2026-01-15"})


@pytest.mark.parametrize(
    "text",
    (
        "Die ADRs schlossen am Freitag bei 153,80 Dollar. Rechnet man 153,80 Dollar geteilt durch 1,1648 Dollar je "
        "Euro, ergibt das 132,04 Euro.",
        "The ADRs closed at $153.80 on Friday; $153.80 divided by an exchange rate of 1.1648 gives 132.04 euros.",
    ),
)
def test_the_result_of_a_conversion_worked_out_is_no_quote(text: str) -> None:
    # a price divided or multiplied by a rate, with its result ('ergibt', 'gives'): a conversion the text computes
    result = "132,04" if "Euro," in text else "132.04"
    assert claims_by_quote(text, date(2025, 11, 15))[result].kind == "price_conversion"
