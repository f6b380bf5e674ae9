"""Two look-backs in one sentence keep their own bases: 'up about 69% from their April low and have climbed roughly 39%
since the end of August' measured the 69% from August's last close too (9888.HK 123.90 / 89.40 - 1 = +38.6 %), so the
true figure (123.90 / 73.25, the April 9 low, = +69.1 %) was called wrong. A month's low without its day is no
dated base: the 69% stays unmeasured; the 39% is August's (+38.6 %)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"
TEXT = (
    "Baidu's Hong Kong shares (9888.HK) ended Tuesday at HK$123.90. They are up about 69% from their April low and "
    "have climbed roughly 39% since the end of August."
)


def test_each_look_back_keeps_its_own_base(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT, date.fromisoformat(PUBLISHED))
    assert claims["69"].kind == "since_return" and "start" not in (claims["69"].reference or {})
    assert claims["39"].reference == {"start": "2025-08-29", "end": "2025-10-28"}
    verdicts = verdicts_by_quote(tmp_path, TEXT, PUBLISHED)
    assert verdicts["69"] != "wrong" and verdicts["39"] == "accurate"


def test_a_dated_low_is_still_the_base() -> None:
    text = "Baidu's Hong Kong shares (9888.HK) ended Tuesday at HK$123.90, up about 69% from their April 9 low."
    assert claims_by_quote(text, date.fromisoformat(PUBLISHED))["69"].reference == {
        "start": "2025-04-09",
        "end": "2025-10-28",
    }
