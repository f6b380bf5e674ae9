"""Two readings of plain words. 'Vom Hoch ist sie damit knapp 8 Prozent entfernt' right after a sentence naming the
52-week high points back to that high, as 'von dort' and 'von diesem Hoch' do (distance_words.csv back_reference):
the distance to the 52-week high, not a bare count; so it does after a 52-week range, whose ends are its low and high
even with a note in brackets after each ('von 77,35 HKD (Tief vom 13. Januar) bis 186,20 HKD (Hoch vom 3. Oktober)':
cues.csv; before, the upper end was read as the day's high on the day in brackets), the side the words name
(`metrics._SIDE_NAMED`). And a sum one can invest each month in a stock ('kann die Aktie
ab 50 Euro im Monat besparen') is a savings plan's instalment (cues.csv, with 'Sparplan', 'Sparrate'), no price of the
stock: before, it was judged as a euro price of the German listing (a non-claim called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-10-30 close 172.10; the highest high of the 52 weeks to it 186.20 (2025-10-03):
# 172.10 / 186.20 - 1 = -7.57 % (knapp 8); the lowest low 77.35 (2025-01-13): 172.10 / 77.35 - 1 = +122.5 %
PUBLISHED = "2025-10-30"
HIGH = (
    "Die Alibaba-Aktie schloss am Donnerstag in Hongkong bei 172,10 HKD. Ihr 52-Wochen-Hoch liegt bei 186,20 HKD. "
    "Vom Hoch ist sie damit knapp {x} Prozent entfernt."
)


def test_the_plain_high_after_the_52_week_high_is_that_high() -> None:
    claim = claims_by_quote(HIGH.format(x="8"), date.fromisoformat(PUBLISHED))["8"]
    assert (claim.kind, claim.listing, claim.direction) == ("distance_52w_high", "9988.HK", "down")


def test_the_distance_is_accurate_and_an_altered_one_wrong(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, HIGH, PUBLISHED, "8", "13")
    assert true["8"] == "accurate"
    assert altered["13"] == "wrong"


RANGE = (
    "Die Alibaba-Aktie schloss am Donnerstag in Hongkong bei 172,10 HKD. Die 52-Wochen-Spanne reicht von 77,35 HKD "
    "(Tief vom 13. Januar) bis 186,20 HKD (Hoch vom 3. Oktober). Vom {side} ist sie damit {x} Prozent entfernt."
)


def test_a_52_week_range_with_notes_and_the_distance_to_the_side_named() -> None:
    claims = claims_by_quote(RANGE.format(side="Hoch", x="knapp 8"), date.fromisoformat(PUBLISHED))
    assert (claims["77,35"].kind, claims["186,20"].kind) == ("low_52w", "high_52w")
    assert claims["186,20"].reference == {"date": PUBLISHED}
    assert (claims["8"].kind, claims["8"].direction) == ("distance_52w_high", "down")
    claims = claims_by_quote(RANGE.format(side="Tief", x="gut 122"), date.fromisoformat(PUBLISHED))
    assert (claims["122"].kind, claims["122"].direction) == ("distance_52w_low", "up")


def test_a_savings_plans_instalment_is_no_price(tmp_path: Path) -> None:
    text = (
        "Die Baidu-Aktie kostet auf Tradegate 105,50 Euro. Wer regelmäßig investieren will, kann das Papier bei vielen "
        "Brokern schon ab 50 Euro im Monat besparen."
    )
    assert claims_by_quote(text, date.fromisoformat(PUBLISHED))["50"].kind == "amount"
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["50"] in ("out_of_scope", None)
