"""A sentence without a figure may tell that a market's session ended ('Hong Kong stocks ended lower on Friday', 'Die
Börse in Hongkong schloss am Freitag schwächer'): the past-tense moves the text tells of that session later, in other
paragraphs too ('Tencent eased 0.9%'), are its whole moves, close to close (`_TextReader._without_numbers`,
linking.tells_session_end). Before, only a sentence with a figure could say so, and a move told in a later paragraph
was read anywhere in the day's range: a wrong one passed on a moment of the session. Written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/0700.HK.csv: Friday 2026-01-30 close 606.00 against Thursday's 622.00: 606.00 / 622.00 - 1 = -2.57 %;
# the day's range 605.50..619.50 runs from -2.65 % to -0.40 % against it, which the altered 'eased 0.9%' lies in.
# seeds/quotes/3690.HK.csv: 97.20 / 98.60 - 1 = -1.42 %.
WRAP = (
    "HONG KONG, Jan 30 (Reuters) - Hong Kong stocks ended lower on Friday, as investors locked in gains.\n\n"
    "Analysts pointed to the holiday ahead.\n\nMeituan lost 1.4%, and Tencent eased {x}%.\n"
)
BERICHT = (
    "Hongkong, 30. Januar. Die Börse in Hongkong schloss am Freitag schwächer.\n\n"
    "Händler verwiesen auf Gewinnmitnahmen.\n\nMeituan verloren 1,4 Prozent, Tencent gaben {x} Prozent nach.\n"
)


def test_a_market_told_closed_makes_later_moves_whole_sessions(tmp_path: Path) -> None:
    claims = claims_by_quote(WRAP.format(x="2.6"), date(2026, 1, 30))
    assert claims["2.6"].completed_session and claims["1.4"].completed_session
    true, altered = verdicts_true_and_altered(tmp_path, WRAP, "2026-01-30", "2.6", "0.9")
    assert true["2.6"] == true["1.4"] == "accurate"
    assert altered["0.9"] == "wrong"


def test_a_german_market_told_closed_makes_later_moves_whole_sessions(tmp_path: Path) -> None:
    claims = claims_by_quote(BERICHT.format(x="2,6"), date(2026, 1, 30))
    assert claims["2,6"].completed_session
    (tmp_path / "altered").mkdir()
    assert verdicts_by_quote(tmp_path / "altered", BERICHT.format(x="0,9"), "2026-01-30")["0,9"] == "wrong"
