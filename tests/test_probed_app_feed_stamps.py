"""Probes from tester99's articles (de238 BILD Geld, de240 a broker app's alert feed).

An app's feed prints a pictograph or bullet before an entry's clock time and a middle dot or bar after it
('🔔 02:35 Uhr · Börsenstart Hongkong', '■ 10:15 Uhr | Dax'): such an entry is a new report of the publication day,
as '10:15 Uhr:' is, not the Monday an entry above it told of (sentences._TICKER_STAMP; before, the open of the
feed's Tuesday was read on Monday and a true level called wrong). A move 'seit Freitag' with a bare weekday is
measured from that day's close, as 'seit vergangenem Freitag' is (cues.csv, since_return with a dated base; before,
unverifiable). 'rauschte um 3,6 Prozent in die Tiefe' is a fall and 'in die Höhe' a rise (directions.csv; before,
the index's move was read as a count and left unchecked)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.extract.sentences import opens_ticker_entry
from tests.helpers import claims_by_quote, verdicts_true_and_altered


@pytest.mark.parametrize(
    ("text", "stamp"),
    (
        ("🔔 09:14 Uhr · Kursalarm Meituan", True),
        ("■ 10:15 Uhr | Dax dreht ins Plus", True),
        ("• 16:02 Uhr • Nvidia im Fokus", True),
        ("10:15 Uhr: Handelsschluss", True),
        ("| 10:15 | 23.456 |", False),  # a table's row
        ("€10.15 - Preis", False),
        ("-10.15: Verlust", False),
    ),
)
def test_a_stamp_behind_a_pictograph_opens_an_entry(text: str, stamp: bool) -> None:
    assert opens_ticker_entry(text, 0) is stamp


# seeds/quotes/3690.HK.csv: 2026-03-16 low 76.50 high 79.00; 2026-03-17 low 78.40 high 82.20 (81.50 lies only in
# Tuesday's range); BABA.csv 2026-03-16 close 136.71, 2026-03-13 135.21: +1.11 %.
FEED = (
    "Mitteilungen\n\n"
    "■ 07:40 Uhr | Rückblick New York\nDie Alibaba-ADRs stiegen am Montag um 1,1 % auf 136,71 USD.\n\n"
    "■ 02:40 Uhr | Hongkong\nMeituan notiert bei {x} HKD.\n"
)


def test_an_entry_after_one_on_monday_is_of_the_feeds_day(tmp_path: Path) -> None:
    claims = claims_by_quote(FEED.format(x="81,50"), date(2026, 3, 17))
    assert claims["81,50"].listing == "3690.HK" and claims["81,50"].reference == {"date": "2026-03-17"}
    assert claims["136,71"].reference == {"date": "2026-03-16"}
    true, altered = verdicts_true_and_altered(tmp_path, FEED, "2026-03-17", "81,50", "86,50")
    assert true["81,50"] == "accurate" and true["136,71"] == "accurate" and true["1,1"] == "accurate"
    assert altered["86,50"] == "wrong"


# seeds/quotes/3690.HK.csv: 2026-03-17 close 80.00, Friday 2026-03-13 close 75.95: 80.00 / 75.95 - 1 = +5.33 %
SINCE = "Meituan schloss am Dienstag in Hongkong bei 80,00 HKD. Seit Freitag hat die Aktie damit {x} % gewonnen."


def test_since_a_bare_weekday_is_measured_from_its_close(tmp_path: Path) -> None:
    claim = claims_by_quote(SINCE.format(x="gut 5"), date(2026, 3, 17))["5"]
    assert claim.kind == "since_return" and claim.reference == {"start": "2026-03-13", "end": "2026-03-17"}
    true, altered = verdicts_true_and_altered(tmp_path, SINCE, "2026-03-17", "gut 5", "gut 8")
    assert true["5"] == "accurate"
    assert altered["8"] == "wrong"


# seeds/quotes/^IXIC.csv: 2025-10-10 close 22204.43, 2025-10-09 23024.63: -3.56 %;
# BABA.csv: 2025-10-13 close 166.81, 2025-10-10 159.01: +4.91 %
@pytest.mark.parametrize(
    ("text", "published", "quote", "direction", "false_quote"),
    (
        (
            "Die Technologiebörse Nasdaq rauschte am Freitag um {x} Prozent in die Tiefe.",
            "2025-10-11",
            "3,6",
            "down",
            "5,6",
        ),
        (
            "Die Alibaba-ADRs rauschten am Montag in New York um {x} Prozent in die Höhe.",
            "2025-10-14",
            "4,9",
            "up",
            "6,9",
        ),
    ),
)
def test_a_move_into_the_depth_or_height_is_a_fall_or_rise(
    tmp_path: Path, text: str, published: str, quote: str, direction: str, false_quote: str
) -> None:
    claim = claims_by_quote(text.format(x=quote), date.fromisoformat(published))[quote]
    assert claim.checkable and claim.direction == direction
    true, altered = verdicts_true_and_altered(tmp_path, text, published, quote, false_quote)
    assert true[quote] == "accurate"
    assert altered[false_quote] == "wrong"
