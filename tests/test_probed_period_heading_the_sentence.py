"""A period heading the sentence governs its main clause's percentage however far the number stands ('Auf
Wochensicht summieren sich die Gewinne der Tencent-Aktie in Hongkong damit auf gut 1 Prozent'), also after a
preposition and an article ('Im Wochenverlauf ...'), unless a clause break or a day comes between
(`metrics.head_period`); the number had been read as the day's move when the cue lay beyond its reach. A day named
after the colon a period closes ('Tencent-Aktie im Wochenverlauf: Am Freitag verlor ...') dates the number after it
(`metrics._own_clause_dated`; had been the week's move, a true figure called wrong). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/0700.HK.csv: 2026-01-09 close 611.00 (the week before's last), 2026-01-16 close 617.50:
# 617.50 / 611.00 - 1 = +1.06 % for the week; 2026-01-16 vs 2026-01-15 622.00: -0.72 % for the day
HEAD = "16.01.2026, 18:00 Uhr\n\nTencent schloss am Freitag in Hongkong 0,7 Prozent tiefer. "


@pytest.mark.parametrize("period", ["Auf Wochensicht", "Im Wochenverlauf"])
def test_a_period_heading_the_sentence_is_its_far_numbers(tmp_path: Path, period: str) -> None:
    text = HEAD + f"{period} summieren sich die Gewinne der Tencent-Aktie in Hongkong damit auf gut 1 Prozent."
    claim = claims_by_quote(text, date(2026, 1, 16))["1"]
    assert claim.kind == "week_return" and claim.listing == "0700.HK"
    assert claim.reference == {"start": "2026-01-09", "end": "2026-01-16"}
    assert verdicts_by_quote(tmp_path, text, "2026-01-16")["1"] == "accurate"
    # losses of about 1 % for a week that gained 1.06 %: wrong (the day's -0.72 % is no reading of it)
    lost = text.replace("Gewinne", "Verluste")
    assert verdicts_by_quote(tmp_path, lost, "2026-01-16")["1"] == "wrong"


def test_a_clause_break_after_the_heading_period_keeps_the_days_move() -> None:
    text = HEAD + "Auf Wochensicht ist das kein Beinbruch, die Tencent-Aktie in Hongkong verlor am Freitag 0,8 Prozent."
    assert claims_by_quote(text, date(2026, 1, 16))["0,8"].kind == "day_change"


def test_a_day_after_the_periods_colon_dates_the_number(tmp_path: Path) -> None:
    # 'im Wochenverlauf:' heads what follows, but 'Am Freitag' dates the move after the colon: Friday's -0.72 %
    text = (
        "16.01.2026, 18:00 Uhr\n\nTencent-Aktie im Wochenverlauf: Am Freitag verlor das Papier in Hongkong 0,7 Prozent."
    )
    claim = claims_by_quote(text, date(2026, 1, 16))["0,7"]
    assert (claim.kind, claim.reference) == ("day_change", {"date": "2026-01-16"})
    assert verdicts_by_quote(tmp_path, text, "2026-01-16")["0,7"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("0,7", "2,7"), "2026-01-16")["2,7"] == "wrong"
