"""Probe from de262 (tester118), written afresh for these tests.

'Die Aktie hat die Marke von 600 HKD überwunden': the perfect tense puts the participle after the level, so the
chart-level cue 'Marke von' right before the number won and the break of the level, a fact of the session, was set
out of scope as a chart opinion. A mark named with 'von'/'bei' whose participle of a break follows within a few
words is a level break (rules/cues.csv, level_break); a mark not (yet) broken ('bislang nicht überwunden') and a
mark named as support or resistance stay chart levels.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2026, 1, 28)


def test_a_mark_broken_in_the_perfect_tense_is_a_level_break() -> None:
    text = "Die Tencent-Aktie hat am Mittwoch in Hongkong die psychologisch wichtige Marke von 600 HKD überwunden."
    assert claims_by_quote(text, DAY)["600"].kind == "level_break"
    text = "Meituan hat am Dienstag die Hürde bei 100 HK$ geknackt und schloss bei 101,20 HK$."
    assert claims_by_quote(text, DAY)["100"].kind == "level_break"


def test_a_mark_not_broken_or_named_as_resistance_stays_a_chart_level() -> None:
    text = "Die Tencent-Aktie hat die Marke von 600 HKD bislang nicht überwunden."
    assert claims_by_quote(text, DAY)["600"].kind == "level_forecast"
    text = "Als nächster Widerstand gilt die Marke von 620 HKD."
    assert claims_by_quote(text, DAY)["620"].kind == "level_forecast"
