"""A chart figure naming no day is as of the latest session the text reports (`linking.bound_period_windows`). A
Friday text without a time that tells Thursday's close ('fell 4.2% on Thursday to close at $171.24') and then 'about
7% below its 50-day moving average' speaks of Thursday's close against the average, not of Friday's session, which
it has not seen: read on Friday, the true figure was called wrong and a figure true of Friday passed. Texts written
for the test (no article copied).

Quotes (seeds/quotes/NVDA.csv): NVDA closed 171.24 on Thursday 2026-03-26 and 167.52 on Friday 2026-03-27. The
simple average of the 50 closes up to Thursday is 183.80 (171.24 / 183.80 - 1 = -6.83 %), up to Friday 183.49
(167.52 / 183.49 - 1 = -8.70 %); the exponential ones -6.15 % and -7.89 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2026, 3, 27)
ENGLISH = (
    "Nvidia shares fell 4.2% on Thursday to close at $171.24. The stock now trades about {}% below its 50-day "
    "moving average."
)
GERMAN = (
    "Am Donnerstag fiel die Nvidia-Aktie um 4,2 Prozent auf 171,24 Dollar. Sie notiert damit knapp {} Prozent unter "
    "ihrer 50-Tage-Linie."
)


def test_a_chart_figure_naming_no_day_is_of_the_session_the_text_reports() -> None:
    assert claims_by_quote(ENGLISH.format(7), FRIDAY)["7"].reference == {"date": "2026-03-26"}
    assert claims_by_quote(GERMAN.format(7), FRIDAY)["7"].reference == {"date": "2026-03-26"}


def test_it_is_judged_on_that_session_alone(tmp_path: Path) -> None:
    published = FRIDAY.isoformat()
    assert verdicts_by_quote(tmp_path, ENGLISH.format(7), published)["7"] == "accurate"
    assert verdicts_by_quote(tmp_path, GERMAN.format(7), published)["7"] == "accurate"
    # Friday's -8.70 % is not the figure of the Thursday the text reports (-6.83 %)
    assert verdicts_by_quote(tmp_path, ENGLISH.format(9), published)["9"] != "accurate"


def test_a_text_that_reports_no_session_keeps_the_latest() -> None:
    text = "Nvidia shares now trade about 7% below their 50-day moving average."
    assert claims_by_quote(text, FRIDAY)["7"].reference == {"date": "2026-03-27"}
