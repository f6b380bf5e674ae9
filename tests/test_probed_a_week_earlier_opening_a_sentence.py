"""A sentence opened by 'a week earlier' ('eine Woche zuvor') tells of the session a week before the day in play: the
numbers of its first clause are of that session. A year's close told as 'after ending 2025 at $146.58' ('das Jahr 2025
bei 146,58 Dollar beendet') is the close of that year's last session.

Before, 'A week earlier the ADRs had finished at $154.45' was judged on the Friday the sentence before reports, and
'after ending 2025 at $146.58' as the latest price: both true figures were called wrong (tester136's en277 showed the
class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA closes: Friday 2026-02-27 144.11, Friday 2026-02-20 154.45 (144.11 / 154.45 - 1 = -6.69 %), 2025-12-31 146.58
# (144.11 / 146.58 - 1 = -1.69 %).
ENGLISH = (
    "Alibaba's ADRs closed Friday at $144.11. A week earlier they had finished at ${before}, so they lost 6.7% over "
    "the week. Year to date they are down 1.7%, after ending 2025 at ${year_end}."
)
GERMAN = (
    "Die Alibaba-ADRs schlossen am Freitag bei 144,11 Dollar. Eine Woche zuvor hatten sie bei {before} Dollar "
    "geschlossen. Seit Jahresbeginn verloren sie 1,7 Prozent, nachdem sie das Jahr 2025 bei {year_end} Dollar beendet "
    "hatten."
)


@pytest.mark.parametrize(
    ("template", "before", "year_end"), [(ENGLISH, "154.45", "146.58"), (GERMAN, "154,45", "146,58")]
)
def test_the_opening_week_earlier_and_the_year_end(template: str, before: str, year_end: str) -> None:
    claims = claims_by_quote(template.format(before=before, year_end=year_end), date(2026, 2, 28))
    assert claims[before].reference == {"date": "2026-02-20"}
    assert (claims[year_end].kind, claims[year_end].reference) == ("close", {"date": "2025-12-31"})
    assert claims["144.11" if template is ENGLISH else "144,11"].reference == {"date": "2026-02-27"}


def test_a_week_earlier_opening_a_sentence_after_a_later_clause_is_not_counted_back() -> None:
    # only the first clause is of the earlier session: 'so they lost 6.7% over the week' keeps its own period
    claims = claims_by_quote(ENGLISH.format(before="154.45", year_end="146.58"), date(2026, 2, 28))
    assert claims["6.7"].reference == {"start": "2026-02-20", "end": "2026-02-27"}


def test_both_closes_are_judged_on_their_own_sessions(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        ENGLISH,
        "2026-02-28",
        {"before": "154.45", "year_end": "146.58"},
        {"before": "149.80", "year_end": "139.20"},
    )
    assert (true["154.45"], true["146.58"]) == ("accurate", "accurate")
    assert (altered["149.80"], altered["139.20"]) == ("wrong", "wrong")
