"""A range told for a week or a month ('Die Wochenspanne lag zwischen ...', 'Im Dezember bewegte sich die Aktie in
einer Spanne von ... bis ...') is that period's low and high, not the last session's range (de242, de243 had true
ranges called wrong); an index's level it reached with its day between the verb and the points ('in der Spitze
erreichte er am 29. Januar 28.056 Punkte') is a level of that session's range, not a move of that many points,
and the day before the level dates it (de242); a month's move named by its noun ('ein Monatsplus von 15,7 Prozent')
after a move told for a named month is that month's; an investment club's minutes name sums that are no share price:
a decision 'beschlossen' is no close, a buying limit ('bei einem Kurs unter 150 Dollar ... nachzukaufen') is a level of
its own, a fee ('Der Monatsbeitrag bleibt bei 50 Euro') and a holding's worth ('unsere Position ist damit gut 17.000
Euro wert') are sums of money. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules
from tests.helpers import verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(published, "option"), load_rules())
    return {c.quote: c for c in claims}


# 0700.HK week 2026-02-02..06: lows 590.5, 561, 558, 541 (02-05), 543; highs 604.5 (02-02), 601.5, 574.5, 561.5, 557.5;
# close 2026-02-06 547.50. The Friday's own range is 543.00..557.50, so 541 and 604.50 lie outside it.
_WEEK = "Tencent schloss am Freitag bei 547,50 HKD. Die Wochenspanne lag zwischen 541,00 und 604,50 HKD."


def test_a_weeks_range_is_the_weeks_low_and_high(tmp_path: Path) -> None:
    claims = _claims(_WEEK, date(2026, 2, 7))
    assert claims["541,00"].kind == "period_low" and claims["604,50"].kind == "period_high"
    assert claims["604,50"].reference == {"start": "2026-02-02", "end": "2026-02-06"}
    verdicts = verdicts_by_quote(tmp_path, _WEEK, "2026-02-07")
    assert verdicts["541,00"] == "accurate" and verdicts["604,50"] == "accurate"


def test_a_weeks_range_off_its_high_is_not_accurate(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _WEEK.replace("604,50", "612,00"), "2026-02-07")
    assert verdicts["612,00"] != "accurate"


# 9988.HK December 2025 (2025-12-31 holds no range): lowest low 141.60 (2025-12-16), highest high 160.10 (2025-12-02)
_MONTH = "Im Dezember bewegte sich Alibaba in Hongkong in einer Spanne von 141,60 bis 160,10 HKD."


def test_a_months_range_is_the_months_low_and_high(tmp_path: Path) -> None:
    claims = _claims(_MONTH, date(2026, 1, 3))
    assert claims["141,60"].kind == "period_low" and claims["160,10"].kind == "period_high"
    assert claims["160,10"].reference == {"start": "2025-12-01", "end": "2025-12-31"}
    verdicts = verdicts_by_quote(tmp_path, _MONTH, "2026-01-03")
    assert verdicts["141,60"] == "accurate" and verdicts["160,10"] == "accurate"


def test_a_range_of_a_named_day_stays_that_sessions() -> None:
    # 0700.HK 2026-02-06: low 543.00, high 557.50
    claims = _claims("Am Freitag pendelte Tencent zwischen 543,00 und 557,50 HKD.", date(2026, 2, 7))
    assert claims["543,00"].kind == "day_low" and claims["557,50"].kind == "day_high"


# ^HSI 2026-01-13: high 27143.66, close 26848.47 (a move of 27,143 points would be absurd)
_REACHED = "Der Hang Seng legte zu. In der Spitze erreichte er am 13. Januar 27.143 Punkte."


def test_points_an_index_reached_with_its_day_between_are_its_level(tmp_path: Path) -> None:
    # (read as a level of the day's range, not as its high to the point: a peak told rounded, 'in der Spitze 27.100
    # Punkte', must not be called wrong)
    claim = _claims(_REACHED, date(2026, 1, 17))["27.143"]
    assert claim.kind == "index_level" and claim.reference == {"date": "2026-01-13"}
    assert verdicts_by_quote(tmp_path, _REACHED, "2026-01-17")["27.143"] == "accurate"
    # a level above the day's high is not what it reached
    assert verdicts_by_quote(tmp_path, _REACHED.replace("27.143", "27.650"), "2026-01-17")["27.650"] != "accurate"


def test_points_reached_without_an_intraday_word_are_a_level_not_a_move() -> None:
    claim = _claims("Der Hang Seng erreichte am 13. Januar 26.848 Punkte.", date(2026, 1, 17))["26.848"]
    assert claim.kind == "index_level" and claim.reference == {"date": "2026-01-13"}


# BABA close 2026-01-30 169.56; none of the sums below is a price of it
_MINUTES = (
    "Die Alibaba-ADRs schlossen am Freitag bei 169,56 Dollar. Die Mitglieder beschlossen, bei einem Kurs unter 140 "
    "Dollar weitere ADRs nachzukaufen. Unser Bestand ist damit gut 12.000 Euro wert. Der Jahresbeitrag bleibt bei "
    "60 Euro."
)


def test_a_clubs_decision_limit_fee_and_holding_are_no_prices(tmp_path: Path) -> None:
    claims = _claims(_MINUTES, date(2026, 2, 1))
    assert claims["140"].kind == "level_forecast"
    assert claims["12.000"].kind == "amount" and claims["60"].kind == "amount"
    verdicts = verdicts_by_quote(tmp_path, _MINUTES, "2026-02-01")
    assert verdicts["169,56"] == "accurate"
    assert all(verdicts[q] == "out_of_scope" for q in ("140", "12.000", "60"))


# BABA close 2025-12-31 146.58, 2026-01-30 169.56: 169.56 / 146.58 - 1 = +15.68 % (January); ^HSI 27387.11 / 25630.54
# (2025-12-31) - 1 = +6.85 %
_MONTH_NOUN = (
    "Der Hang Seng legte im Januar um 6,9 Prozent zu. Die Alibaba-ADRs schlossen am Freitag bei 169,56 Dollar, "
    "ein Monatsplus von 15,7 Prozent."
)


def test_a_months_move_named_by_its_noun_after_a_named_month_is_that_months(tmp_path: Path) -> None:
    claim = _claims(_MONTH_NOUN, date(2026, 2, 1))["15,7"]
    assert claim.kind == "month_return" and claim.reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert verdicts_by_quote(tmp_path, _MONTH_NOUN, "2026-02-01")["15,7"] == "accurate"
    assert verdicts_by_quote(tmp_path, _MONTH_NOUN.replace("15,7", "21,7"), "2026-02-01")["21,7"] == "wrong"


def test_a_months_move_noun_without_a_month_told_stays_unmeasured() -> None:
    text = "Die Alibaba-ADRs schlossen am Freitag bei 169,56 Dollar, ein Monatsplus von 15,7 Prozent."
    assert _claims(text, date(2026, 2, 1))["15,7"].kind == "since_return"
