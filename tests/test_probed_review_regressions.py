"""Three readings a review of session 38's rules found too broad, each a true figure called wrong or dropped.

- 'Über das gesamte Jahr gewann die Aktie 72 Prozent, bislang liegt sie 2026 aber leicht im Plus': the so-far word
  of another clause does not make the whole year the year so far (timing._whole_year_so_far reads the number's own
  clause); it is 2025's move.
- 'Ein Schluss bei 170 HKD gilt als Kaufsignal': a close with an article before it is a chart condition, no close
  (cues.csv); the forum's 'Schluss bei 155,00 HK$' stays one.
- 'Zum Thema: Die Aktie fiel ... . Der Hang Seng verlor ...' on one line is prose, not a linked headline
  (frames.in_link_teaser: one sentence of a headline's length).

Figures from seeds/quotes: 9988.HK closes 82.85 (2024-12-31) and 142.80 (2025-12-31), +72.36 %; 9988.HK on Fri
2026-02-06 2.88 % below Thursday's 159.60; ^HSI 26,885.24 (Thu) to 26,559.95
(Fri), -1.21 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = "2026-02-06"


def test_a_so_far_word_of_another_clause_leaves_the_whole_year_the_last(tmp_path: Path) -> None:
    text = "Über das gesamte Jahr gewann die Alibaba-Aktie in Hongkong 72 Prozent, bislang liegt sie 2026 im Plus."
    claim = claims_by_quote(text, date.fromisoformat(FRIDAY))["72"]
    assert claim.kind == "calendar_year_return" and claim.reference == {"start": "2025-01-01", "end": "2025-12-31"}
    assert verdicts_by_quote(tmp_path, text, FRIDAY)["72"] == "accurate"


def test_a_close_with_an_article_is_a_chart_condition() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie in Hongkong notiert bei 155 HKD. Ein Schluss bei 170 HKD gilt als Kaufsignal.",
        date.fromisoformat(FRIDAY),
    )
    assert claims["170"].kind != "close" and not claims["170"].checkable
    forum = claims_by_quote("Hongkong heute schwach bei Alibaba: Schluss bei 155,00 HK$.", date.fromisoformat(FRIDAY))
    assert forum["155,00"].kind == "close"


def test_a_label_opening_a_paragraph_of_prose_links_nothing(tmp_path: Path) -> None:
    text = "Zum Thema: Die Alibaba-Aktie in Hongkong fiel am Freitag um 2,9 Prozent. Der Hang Seng verlor 1,2 Prozent."
    assert verdicts_by_quote(tmp_path, text, FRIDAY) == {"2,9": "accurate", "1,2": "accurate"}
