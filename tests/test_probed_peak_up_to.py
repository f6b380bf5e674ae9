"""A price told 'up to' as a session's peak. 'Die Aktie kostete im Handelsverlauf bis zu 162,70 HK-Dollar', 'traded
at up to $193.26' name the highest price the session reached: its high, not any price at most that high, which
every session trading lower would hold (the up_to band reaches down to half the value). A fall told so is its low.
Texts written for the test (no article copied).

Quotes (seeds/quotes/9988.HK.csv, NVDA.csv), Wednesday 2026-02-11: 9988.HK's day ranged 159.60 .. 162.70; NVDA's
188.77 .. 193.26."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2026, 2, 12)
GERMAN = "Am Mittwoch kostete die Alibaba-Aktie in Hongkong im Handelsverlauf bis zu 162,70 HK-Dollar."
ENGLISH = "On Wednesday, Nvidia shares traded at up to $193.26 before paring their gains."


def test_a_price_up_to_is_the_sessions_high() -> None:
    german = claims_by_quote(GERMAN, THURSDAY)["162,70"]
    assert (german.kind, german.hedge, german.reference) == ("day_high", None, {"date": "2026-02-11"})
    english = claims_by_quote(ENGLISH, THURSDAY)["193.26"]
    assert (english.kind, english.hedge, english.reference) == ("day_high", None, {"date": "2026-02-11"})


def test_a_fall_up_to_a_price_is_the_sessions_low() -> None:
    text = "Am Mittwoch fiel die Alibaba-Aktie in Hongkong zeitweise bis zu 159,60 HK-Dollar."
    assert claims_by_quote(text, THURSDAY)["159,60"].kind == "day_low"


def test_a_peak_it_did_not_reach_is_wrong(tmp_path: Path) -> None:
    published = THURSDAY.isoformat()
    assert verdicts_by_quote(tmp_path, GERMAN, published) == {"162,70": "accurate"}
    # 168,20 lies above the whole session (high 162.70): as an 'at most' price any lower session held it
    assert verdicts_by_quote(tmp_path, GERMAN.replace("162,70", "168,20"), published) == {"168,20": "wrong"}
    assert verdicts_by_quote(tmp_path, ENGLISH.replace("193.26", "197.40"), published) == {"197.40": "wrong"}
