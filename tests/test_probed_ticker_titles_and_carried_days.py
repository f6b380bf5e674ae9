"""Probes from the editor's set's open verdict problems (de185, en80), written afresh for these tests.

A German ticker prints its entries as '+++ 17:45 Dax schließt praktisch unverändert +++': the clock time after the
plus signs, the title after a blank, the plus signs closing the line. That opens an entry as '+++ 17:45 +++' does
(sentences._TICKER_STAMP; before, no entry was read, so every figure of the ticker was read on a window of five sessions
up to publication and a month's move after the close could pass on an earlier day).

'Damit macht der Index einen Teil der Verluste vom Montag wieder wett, als er 2,2 Prozent nachgegeben hatte': the
clause after ', als' tells what happened on the day named at the end of the clause before it, where a verb's
particle stands between them (bindings._event_told_then; before, the move was read on the day of publication).

'- Baidu ADRs: -1.2% to $148.57.' under 'Here is what moved on Monday': the day is carried from the heading, so the
session before it stays a candidate (its listing may not have traded yet), but a session whose range never held the
price the move went to is not the move's (readings._readings_at; before, that session's range passed the move). Nor is
a session on or before the close a move is measured from ('That is 0.6% more than at Monday's close' after a price of
Tuesday afternoon: `Claim.not_before`, measure._days_named; before, Monday's range passed it). Nor, for a day carried
from a sentence that told it of the same market ('In Hong Kong, Alibaba shares were last up 4.4% ... on Monday. Meituan
fell 2.5%.'), the session before it: that session had traded there (`Claim.day_told_of_its_market`,
linking.carried_days_of_their_market; before, Friday's fall passed Meituan's Monday).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/^GDAXI.csv: Friday 2026-01-30 close 24538.81; a month before, Tuesday 2025-12-30, 24490.41:
# 24538.81 / 24490.41 - 1 = +0.20 %; four weeks before, 2026-01-02: 24539.34, -0.00 %. A day earlier, Thursday
# 2026-01-29 close 24309.46 against 2025-12-30's 24490.41: -0.74 %, which the altered 'Minus von 0,7 Prozent' matches.
DAX_TICKER = (
    "Der Börsen-Tag im Ticker\nFreitag, 30. Januar 2026\n\n"
    "+++ 17:50 Dax beendet den Januar versöhnlich +++\n"
    "Der deutsche Leitindex beendet den Xetra-Handel bei 24.539 Punkten. "
    "Auf Monatssicht steht ein {sign} von {x} Prozent zu Buche.\n"
)


def test_a_ticker_title_between_plus_signs_opens_an_entry(tmp_path: Path) -> None:
    claims = claims_by_quote(DAX_TICKER.format(sign="Plus", x="0,2"), date(2026, 1, 30))
    assert claims["0,2"].kind == "past_month_return" and claims["0,2"].not_before == "2026-01-30"
    true, altered = verdicts_true_and_altered(
        tmp_path, DAX_TICKER, "2026-01-30", {"sign": "Plus", "x": "0,2"}, {"sign": "Minus", "x": "0,7"}
    )
    assert true["0,2"] == "accurate" and true["24.539"] == "accurate"
    assert altered["0,7"] == "wrong"


# seeds/quotes/^HSI.csv: Monday 2026-02-02 close 26775.57, Friday 2026-01-30 close 27387.11:
# 26775.57 / 27387.11 - 1 = -2.23 %; Tuesday 2026-02-03 traded between 26431.80 and 27126.48 (07:30 in Berlin is
# 14:30 in Hong Kong, the session trading)
WHEN_CLAUSE = (
    "Der Börsen-Tag im Ticker\nDienstag, 3. Februar 2026\n\n"
    "+++ 07:30 Hongkong stabilisiert sich +++\n"
    "Der Hang Seng notiert zur Stunde 0,3 Prozent fester bei 26.850 Punkten. Damit macht der Index einen kleinen "
    "Teil der Verluste vom Montag wieder wett, als er {x} Prozent nachgegeben hatte.\n"
)


def test_a_when_clause_after_a_separable_verb_is_the_named_days(tmp_path: Path) -> None:
    claims = claims_by_quote(WHEN_CLAUSE.format(x="2,2"), date(2026, 2, 3))
    assert claims["2,2"].kind == "index_move" and claims["2,2"].reference == {"date": "2026-02-02"}
    assert claims["0,3"].reference == {"date": "2026-02-03"}
    true, altered = verdicts_true_and_altered(tmp_path, WHEN_CLAUSE, "2026-02-03", "2,2", "1,2")
    assert true["2,2"] == "accurate"
    assert altered["1,2"] == "wrong"


# seeds/quotes/BIDU.csv: Monday 2026-02-02 close 148.57, Friday 2026-01-30 close 153.18: 148.57 / 153.18 - 1 =
# -3.01 %. Friday traded between 152.54 and 157.40 (from Thursday's close 157.51: -3.16 % to -0.07 %), never at 148.57.
BRIEF = (
    "The Morning Tape - Tuesday, February 3, 2026\n\nHere is what moved on Monday.\n\n- Baidu ADRs: -{x}% to $148.57.\n"
)


def test_a_carried_day_before_never_held_the_price_the_move_went_to(tmp_path: Path) -> None:
    claims = claims_by_quote(BRIEF.format(x="3.0"), date(2026, 2, 3))
    assert claims["3.0"].moved_to == 148.57 and claims["3.0"].reference == {"date": "2026-02-02"}
    true, altered = verdicts_true_and_altered(tmp_path, BRIEF, "2026-02-03", "3.0", "1.2")
    assert true["3.0"] == "accurate" and true["148.57"] == "accurate"
    assert altered["1.2"] == "wrong"


# seeds/quotes/BIDU.csv: Monday 2026-03-23 close 114.53; Tuesday 2026-03-24 traded between 111.80 and 114.41 (3:05 PM
# EDT, the session trading): 113.50 / 114.53 - 1 = -0.90 %. Monday's range against Friday's close 114.26 held -0.64 %
# to +1.73 %, which the altered '0.6% more' would fit if Monday's session were read.
MEASURED_FROM = (
    "Baidu live: shares slip in New York\n\nMarch 24, 2026, 3:05 PM EDT\n\n"
    "Baidu's Nasdaq-listed shares changed hands at $113.50 on Tuesday afternoon. That is {x}% {more} than at Monday's "
    "close.\n"
)


def test_a_move_measured_from_a_named_close_is_of_a_later_session(tmp_path: Path) -> None:
    claims = claims_by_quote(MEASURED_FROM.format(x="0.9", more="less"), date(2026, 3, 24))
    assert claims["0.9"].kind == "day_change" and claims["0.9"].not_before == "2026-03-24"
    true, altered = verdicts_true_and_altered(
        tmp_path, MEASURED_FROM, "2026-03-24", {"x": "0.9", "more": "less"}, {"x": "0.6", "more": "more"}
    )
    assert true["0.9"] == "accurate" and true["113.50"] == "accurate"
    assert altered["0.6"] == "wrong"


# seeds/quotes/9988.HK.csv: Monday 2026-01-12 traded between 146.00 and 154.60, Friday's close 146.50: 152.90 / 146.50
# - 1 = +4.37 %. seeds/quotes/3690.HK.csv: Monday's range 100.80..106.40 against Friday's close 98.50: +2.34 % to
# +8.02 % (3:40 PM in Hong Kong, the session trading); Friday 2026-01-09 closed at 98.50 against 101.00, -2.48 %, which
# the altered 'fell 2.5%' would fit if Friday's session were read.
SAME_MARKET = (
    "Asia midday wrap\n\nJanuary 12, 2026, 3:40 PM HKT\n\n"
    "In Hong Kong, Alibaba shares were last up 4.4% at HK$152.90 on Monday. Meituan {moved}%.\n"
)


def test_a_day_carried_within_one_market_is_that_sessions(tmp_path: Path) -> None:
    claims = claims_by_quote(SAME_MARKET.format(moved="rose 6.1"), date(2026, 1, 12))
    assert claims["6.1"].time_source == "earlier_sentence" and claims["6.1"].day_told_of_its_market
    true, altered = verdicts_true_and_altered(
        tmp_path, SAME_MARKET, "2026-01-12", {"moved": "rose 6.1"}, {"moved": "fell 2.5"}
    )
    assert true["6.1"] == "accurate" and true["4.4"] == "accurate" and true["152.90"] == "accurate"
    assert altered["2.5"] == "wrong"
