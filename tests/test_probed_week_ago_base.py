"""'vor einer Woche', 'a week ago' name the day seven days before publication (`dates._RELATIVE`), as 'vor einem Jahr'
names a year back: 'Vor einer Woche hatte die Aktie noch 641 HKD gekostet', 'compared with HK$159.20 a week ago'. A
base's price in brackets right after its day is that day's ('im Vergleich zum Schlusskurs vor einer Woche (159,20 HKD)',
'gegenüber dem Schlusskurs vom 22. September (159,20 HKD)': `bindings._BASE_LEVEL_BRACKET`), as one after 'von' is, and
a move 'im Vergleich zum Schlusskurs vor einer Woche' is a week's move over seven days (cues.csv, base span). Before,
the week-old prices were read as of publication or of the two sessions before it, and the move as the day's (true
figures called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-09-22 close 159.20, 2025-09-29 close 173.40: 173.40 / 159.20 - 1 = +8.92 %.
# seeds/quotes/0700.HK.csv: 2025-09-22 close 641.00; 2025-09-29 close 660.00.
PUBLISHED = "2025-09-29"
ON = date.fromisoformat(PUBLISHED)
GERMAN = (
    "Die Alibaba-Aktie schloss am Montag in Hongkong bei 173,40 HKD. Im Vergleich zum Schlusskurs vor einer Woche "
    "({base} HKD) liegt das Papier damit knapp {move} Prozent im Plus."
)


def test_a_bracketed_base_a_week_back_and_the_move_over_the_week() -> None:
    claims = claims_by_quote(GERMAN.format(base="159,20", move="9"), ON)
    assert (claims["159,20"].kind, claims["159,20"].reference) == ("close", {"date": "2025-09-22"})
    assert (claims["9"].kind, claims["9"].reference) == ("week_return", {"start": "2025-09-22", "end": PUBLISHED})


def test_a_bracketed_base_after_a_dated_close() -> None:
    text = "Gegenüber dem Schlusskurs vom 22. September (159,20 HKD) notiert die Alibaba-Aktie in Hongkong 9 % höher."
    assert claims_by_quote(text, ON)["159,20"].reference == {"date": "2025-09-22"}


def test_a_price_a_week_ago() -> None:
    english = "Alibaba closed at HK$173.40 in Hong Kong on Monday, compared with HK$159.20 a week ago."
    assert claims_by_quote(english, ON)["159.20"].reference == {"date": "2025-09-22"}
    german = "Vor einer Woche hatte die Tencent-Aktie in Hongkong noch 641 HKD gekostet."
    assert claims_by_quote(german, ON)["641"].reference == {"date": "2025-09-22"}


def test_the_week_is_accurate_and_an_altered_one_wrong(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, GERMAN, PUBLISHED, {"base": "159,20", "move": "9"}, {"base": "166,50", "move": "4"}
    )
    assert (true["159,20"], true["9"]) == ("accurate", "accurate")
    assert (altered["166,50"], altered["4"]) == ("wrong", "wrong")
