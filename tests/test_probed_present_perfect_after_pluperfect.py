"""A day named in a clause told in the pluperfect dates that clause only where the clause after it is told in the
present perfect: 'Am Dienstag hatte sie 2,8 Prozent zugelegt, seit Wochenbeginn hat sie damit knapp 3 Prozent
gewonnen', 'The shares had gained 1.3% on Tuesday, and the stock has climbed 4.4% over the past three sessions'. The
perfect speaks up to now (`dates.in_present_perfect`, tenses.csv perfect_auxiliary), so its move runs to the session
the text reports, not to the earlier day (`bindings._in_pluperfect_aside`). Before, the later clause's move was read up
to the pluperfect's day (true figures called wrong). A clause after it in another tense still goes on from that day
('Am Montag hatte sie 3,3 Prozent verloren, im Tief waren es 164,90 HKD')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2026-01-23 close 168.50, 01-26 165.20, 01-27 169.90 (+2.85 %), 01-28 173.50 (+2.12 %):
# since the week's start 173.50 / 168.50 - 1 = +2.97 % (knapp 3); to Tuesday only +0.83 %.
# seeds/quotes/0700.HK.csv: 2026-01-23 close 595.00, 01-27 607.00 (+1.25 %), 01-28 621.00 (+2.31 %): over the three
# sessions 621.00 / 595.00 - 1 = +4.37 %; the three to Tuesday (from 01-22, 597.50) +1.59 %.
PUBLISHED = "2026-01-28"
GERMAN = (
    "Die Alibaba-Aktie gewann am Mittwoch in Hongkong 2,1 Prozent. Am Dienstag hatte sie 2,8 Prozent zugelegt, seit "
    "Wochenbeginn hat sie damit knapp {x} Prozent gewonnen."
)
ENGLISH = (
    "Tencent Holdings rose 2.3% in Hong Kong on Wednesday. The shares had gained 1.3% on Tuesday, and the stock has "
    "climbed {x}% over the past three sessions."
)


def test_the_perfects_move_runs_to_the_session_reported() -> None:
    claims = claims_by_quote(GERMAN.format(x="3"), date.fromisoformat(PUBLISHED))
    assert claims["2,8"].reference == {"date": "2026-01-27"}
    assert (claims["3"].kind, claims["3"].reference) == (
        "week_to_date_return",
        {"start": "2026-01-26", "end": PUBLISHED},
    )
    claims = claims_by_quote(ENGLISH.format(x="4.4"), date.fromisoformat(PUBLISHED))
    assert claims["1.3"].reference == {"date": "2026-01-27"}
    assert claims["4.4"].reference["end"] == PUBLISHED


@pytest.mark.parametrize(("template", "true", "altered"), ((GERMAN, "3", "1"), (ENGLISH, "4.4", "1.6")))
def test_the_move_is_accurate_and_an_altered_one_wrong(tmp_path: Path, template: str, true: str, altered: str) -> None:
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, template, PUBLISHED, true, altered)
    assert true_verdicts[true] == "accurate"
    assert altered_verdicts[altered] == "wrong"


def test_a_clause_in_another_tense_goes_on_from_the_pluperfects_day() -> None:
    text = "Die Alibaba-Aktie stieg am Mittwoch. Am Montag hatte sie 2,0 Prozent verloren, im Tief waren es 164,90 HKD."
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert claims["2,0"].reference == claims["164,90"].reference == {"date": "2026-01-26"}
