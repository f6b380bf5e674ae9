"""An earlier session's figure named by its weekday in the possessive after a preposition or a comparison ('following
Tuesday's 0.2% gain', 'after Monday's 2.2% slide', 'compared with Tuesday's 65.1 million', 'in line with Tuesday's
178.1 million shares') is that session's only: the sentence, and the sentences and paragraphs after it, stay on the
day the text reports (earlier_events.csv: the weekday's possessive is a determiner of the earlier move's phrase, and
'in line with' / 'compared with' set a quantity against another session's, its possessive's figure with it).

Before, an index's sentence holding such a phrase moved the day in play back to that weekday for good (the Tencent and
Alibaba moves of the next paragraph read as Monday's: true figures called wrong), and a volume compared with
Tuesday's dated the next sentence's 'now up 3.3% from last Friday's close' to Tuesday (tester142, en284 and en286).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# ^HSI 2026-02-04 close 26847.32 vs Friday 2026-01-30 27387.11: -1.97 %; 2026-02-02 vs 2026-01-30: -2.23 %.
# 0700.HK 2026-02-04 close 558.0 vs 2026-02-03 581.0: -3.96 % (2026-02-03: -2.92 %); volume 2026-02-04 60,374,834,
# 2026-02-03 65,128,647; Friday 2026-01-30 close 606.0: 558.0 / 606.0 - 1 = -7.92 % (581.0 / 606.0 - 1 = -4.13 %).
INDEX_THEN_STOCK = (
    "Hong Kong shares ended a choppy session on Wednesday.\n\n"
    "The Hang Seng Index is still down 2% this week after Monday's 2.2% slide.\n\n"
    "Tencent slid {x}% to HK$558."
)
VOLUME_THEN_WEEK = (
    "Tencent fell 4% to HK$558 on Wednesday. Some 60.4 million shares changed hands, compared with Tuesday's 65.1"
    " million. The stock is now down {x}% from last Friday's close."
)


def test_a_possessive_weekday_after_an_index_move_dates_only_its_own_move() -> None:
    claims = claims_by_quote(INDEX_THEN_STOCK.format(x="4"), date(2026, 2, 4))
    assert claims["2.2"].reference == {"date": "2026-02-02"}
    assert claims["4"].kind == "day_change"
    assert claims["4"].reference == {"date": "2026-02-04"}


def test_a_volume_compared_with_a_weekdays_keeps_the_day_in_play() -> None:
    claims = claims_by_quote(VOLUME_THEN_WEEK.format(x="7.9"), date(2026, 2, 5))
    assert claims["65.1"].reference == {"date": "2026-02-03"}
    assert claims["60.4"].reference == {"date": "2026-02-04"}
    assert (claims["7.9"].reference or {}).get("end") == "2026-02-04"


def test_the_stocks_move_after_the_index_look_back_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, INDEX_THEN_STOCK, "2026-02-04", "4", "2.2")
    assert true["4"] == "accurate"
    assert altered["2.2"] == "wrong"


def test_the_move_since_last_friday_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, VOLUME_THEN_WEEK, "2026-02-05", "7.9", "4.1")
    assert true["7.9"] == "accurate"
    assert altered["4.1"] == "wrong"
