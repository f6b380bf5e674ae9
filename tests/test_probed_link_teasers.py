"""A line a link label opens ('Related: Tencent jumps 12% after results', 'Lesen Sie auch:' with the linked headline
on the next line; link_labels.csv) links another article: its figures are that article's, of that article's day, and
are set out of scope (scope.csv link_teaser). Before, such a teaser inside a page's article text was judged on the
article's day: Tencent's '12' was called wrong (0700.HK moved from 656 to 645 on 2025-10-28, -1.68 %).

Figures from seeds/quotes/9988.HK.csv: close 173.60 on Mon 2025-10-27 and 171.00 on Tue 2025-10-28, a move of
171.00 / 173.60 - 1 = -1.50 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"


@pytest.mark.parametrize(
    "text",
    (
        "Alibaba shares fell 1.5% to HK$171 in Hong Kong on Tuesday.\n\n"
        "Related: Tencent jumps 12% after results beat estimates\n\nTencent slipped 1.7%.",
        "Alibaba shares fell 1.5% to HK$171 in Hong Kong on Tuesday.\n"
        "READ MORE: Tencent jumps 12% after results beat estimates\nTencent slipped 1.7%.",
        "Die Alibaba-Aktie fiel am Dienstag in Hongkong um 1,5 Prozent auf 171 HKD.\n\n"
        "Lesen Sie auch:\nTencent-Aktie springt um 12 Prozent nach starken Zahlen\n\nTencent gab 1,7 Prozent nach.",
        # (labels of news sites' link boxes added in the forty-seventh session: 'Read Next:', 'Lesetipp:')
        "Alibaba shares fell 1.5% to HK$171 in Hong Kong on Tuesday.\n\n"
        "Read Next: Tencent Jumps 12% After Earnings\n\nTencent slipped 1.7%.",
        "Die Alibaba-Aktie fiel am Dienstag in Hongkong um 1,5 Prozent auf 171 HKD.\n\n"
        "Lesetipp: Tencent-Aktie springt um 12 Prozent\n\nTencent gab 1,7 Prozent nach.",
    ),
)
def test_a_linked_headline_is_not_the_articles_claim(text: str) -> None:
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert claims["12"].kind == "link_teaser" and not claims["12"].checkable
    assert claims["1,7" if "1,7" in claims else "1.7"].kind == "day_change"  # the article goes on after the link
    assert claims["171"].kind != "link_teaser"


def test_the_articles_own_figures_are_judged_and_the_teaser_is_out_of_scope(tmp_path: Path) -> None:
    text = (
        "Alibaba shares fell 1.5% to HK$171 in Hong Kong on Tuesday.\n\n"
        "Related: Tencent jumps 12% after results beat estimates\n"
    )
    assert verdicts_by_quote(tmp_path, text, PUBLISHED) == {"1.5": "accurate", "171": "accurate", "12": "out_of_scope"}


def test_a_label_word_inside_a_sentence_links_nothing() -> None:
    claims = claims_by_quote("Related stocks also fell: Tencent lost 1.7% on Tuesday.", date.fromisoformat(PUBLISHED))
    assert claims["1.7"].kind == "day_change"
