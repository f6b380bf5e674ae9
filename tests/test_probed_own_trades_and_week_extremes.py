"""Probes from a trader's weekly commentary (de245):

- The writer's own trade ('300 Stück zu 112,60 HKD nachgekauft', 'zu 161,80 HKD verkauft'): the price the trade was
  made at, an amount (cues.csv, as 'zu 158,40 Dollar gekauft' was), no market claim; before, a price of the day the
  clause named (a Monday after the Saturday text, even).
- A portfolio's own result ('Mein wikifolio hat ... 6,8 % zugelegt'): the portfolio's (companies.csv Portfolio, a
  subject without quotes, as 'Der Fonds' is), not the move of the stock the text is about.
- A cash share ('die Cashquote liegt bei 12 %') after 'Im Depot sind ...': a count, not the reader's holding's return.
- 'das Geschäft mit Onlinewerbung schrumpfte um 15 Prozent': a business's growth, whatever sign word an earlier clause
  ends with.
- 'Wochenhoch', 'Wochentief' ('the week's high'): the extreme of the week, up to the last weekday before a weekend's
  text (`dates.range_period`), not a price of the day the sentence names.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

SATURDAY = date(2025, 9, 20)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tencent fiel am Mittwoch in Hongkong. Wir haben am Dienstag 80 Aktien zu 625,50 HKD zugekauft.", "625,50"),
        ("Alibaba stieg am Freitag. Am Donnerstag habe ich meine ADRs zu 164,20 USD wieder verkauft.", "164,20"),
        ("Baidu legte am Mittwoch zu. Ich habe dann 50 Stück zu 133,00 HKD abgegeben.", "133,00"),
    ],
)
def test_the_writers_own_trade_is_no_market_claim(text: str, quote: str) -> None:
    claim = claims_by_quote(text, SATURDAY)[quote]
    assert claim.kind == "amount" and not claim.checkable


def test_a_portfolios_own_result_is_not_the_stocks() -> None:
    text = "Wochenbericht zu Alibaba\n\nMein wikifolio hat in dieser Woche 3,9 % gewonnen. Alibaba stieg um 5,3 %."
    claims = claims_by_quote(text, SATURDAY)
    assert claims["3,9"].listing is None
    assert claims["5,3"].listing == "9988.HK"


def test_a_cash_share_in_the_depot_is_a_count() -> None:
    text = "Alibaba stieg am Montag um 3 Prozent. Im Depot befinden sich 7 Titel, die Kassenquote liegt bei 15 %."
    claim = claims_by_quote(text, SATURDAY)["15"]
    assert claim.kind == "count" and not claim.checkable


def test_a_business_shrinking_after_a_fall_told_in_a_split_verb() -> None:
    text = (
        "Baidu legte am Dienstag zu. Der Umsatz ging im Quartal um 3 Prozent zurück, "
        "das Geschäft mit Suchwerbung schrumpfte um 12 Prozent."
    )
    claim = claims_by_quote(text, date(2025, 8, 21))["12"]
    assert claim.kind == "business_growth" and not claim.checkable


@pytest.mark.parametrize(
    ("sentence", "quote", "kind"),
    [
        ("Das Wochenhoch erreichte das Papier am Donnerstag bei 138,40 HKD.", "138,40", "period_high"),
        ("Das Wochentief lag bei 111,40 HKD.", "111,40", "period_low"),
    ],
)
def test_a_weeks_extreme_in_a_weekend_review(sentence: str, quote: str, kind: str) -> None:
    # seeds/quotes/9888.HK.csv, week 2025-09-15..19: high 138.40 (Thursday 18th), low 111.40 (Monday 15th)
    text = f"Baidu sprang am Mittwoch in Hongkong um 15 Prozent. {sentence}"
    claim = claims_by_quote(text, SATURDAY)[quote]
    assert (claim.kind, claim.listing) == (kind, "9888.HK")
    assert claim.reference == {"start": "2025-09-15", "end": "2025-09-19"}


def test_the_weeks_high_in_english() -> None:
    # seeds/quotes/BABA.csv, week 2025-09-15..19: highest high 167.32 (Wednesday 17th)
    text = "Alibaba's ADRs ended Friday at $162.81, off the week's high of $167.32."
    claim = claims_by_quote(text, SATURDAY)["167.32"]
    assert (claim.kind, claim.listing) == ("period_high", "BABA")
    assert claim.reference == {"start": "2025-09-15", "end": "2025-09-19"}
