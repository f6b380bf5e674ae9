"""Words pointing back to an extreme ('Von dort', 'From there') reach past a sentence that only goes on about it
('Das hatte sie Anfang Oktober ... erreicht', 'That was set in early October ...'; distance_words.csv
referent_carried) to the sentence naming the extreme, and a side told after the number ('nach unten', 'lower') makes
the figure that distance.

Quotes (seeds/quotes/9988.HK.csv): the 52 weeks up to 2026-02-27 peaked at 186.20 (the high of 2025-10-03); the
close of 2026-02-27 was 142.90: 142.90 / 186.20 - 1 = -23.25 %.
"""

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-02-27"
GERMAN = (
    "Vom 52-Wochen-Hoch ist die Alibaba-Aktie noch ein gutes Stück entfernt. Das hatte sie Anfang Oktober bei "
    "186,20 HKD erreicht. Von dort sind es zum Schluss am Freitag rund 23 Prozent nach unten."
)
ENGLISH = (
    "Alibaba's Hong Kong shares are still well short of their 52-week high. That was set in early October at "
    "HK$186.20. From there the stock is now about 23% lower."
)


def test_a_german_distance_points_back_past_a_sentence_about_its_extreme(tmp_path: Path) -> None:
    # before, the 23 was read as the day's move (142.90 / 143.00 - 1 = -0.07 % on 2026-02-27): a true figure called
    # wrong, in English as well
    claims = claims_by_quote(GERMAN, date(2026, 2, 27))
    assert claims["23"].kind == "distance_52w_high" and claims["23"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, GERMAN, PUBLISHED)["23"] == "accurate"
    altered = GERMAN.replace("rund 23", "rund 33")  # 10 points off the -23.25 %
    assert verdicts_by_quote(tmp_path, altered, PUBLISHED)["33"] == "wrong"


def test_an_english_distance_points_back_the_same_way(tmp_path: Path) -> None:
    assert claims_by_quote(ENGLISH, date(2026, 2, 27))["23"].kind == "distance_52w_high"
    assert verdicts_by_quote(tmp_path, ENGLISH, PUBLISHED)["23"] == "accurate"
    assert verdicts_by_quote(tmp_path, ENGLISH.replace("about 23%", "about 33%"), PUBLISHED)["33"] == "wrong"


def test_a_sentence_about_something_else_between_ends_the_reach() -> None:
    # the sentence between names another stock's close: 'Von dort' points back to that level, not to the high
    text = (
        "Vom 52-Wochen-Hoch ist die Alibaba-Aktie noch ein gutes Stück entfernt. Tencent schloss am Freitag bei "
        "518 HKD. Von dort sind es rund 23 Prozent nach unten."
    )
    assert claims_by_quote(text, date(2026, 2, 27))["23"].kind != "distance_52w_high"
