"""A moving average as its sentence's subject, its distance told to the close ('Die 200-Tage-Linie liegt knapp 1
Prozent über dem Schlusskurs', 'The 200-day moving average sits about 1% above the close'): the close lies below the
line, so the distance a claim of a distance to a moving average states (the price's to the line) is the other way round
(distance_words.csv average_subject, price_object; `metrics._average_told_of_price`). The current price after it
('... liegt gut 5 Prozent unter dem aktuellen Kurs') was already read that way (directions.csv), whatever the subject;
a close wants the average as the subject, as 'eröffnete 2 Prozent über dem Schlusskurs' is the stock's own move."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_by_quote

# seeds/quotes/^GDAXI.csv: close 2025-11-24 23,239.18; the mean of the 200 closes up to it 23,472.25:
# 23,239.18 / 23,472.25 - 1 = -0.99 % (the close about 1 % below the line, the line about 1 % above the close)
PUBLISHED = "2025-11-25"


@pytest.mark.parametrize(
    ("true", "altered"),
    (
        (
            "Der Dax schloss am Montag bei 23.239 Punkten. Die 200-Tage-Linie liegt knapp 1 Prozent über dem "
            "Schlusskurs.",
            "Der Dax schloss am Montag bei 23.239 Punkten. Die 200-Tage-Linie liegt knapp 1 Prozent unter dem "
            "Schlusskurs.",
        ),
        (
            "The DAX closed at 23,239 on Monday. The 200-day moving average sits about 1% above the close.",
            "The DAX closed at 23,239 on Monday. The 200-day moving average sits about 1% below the close.",
        ),
    ),
)
def test_the_lines_distance_to_the_close_is_the_closes_below_it(tmp_path: Path, true: str, altered: str) -> None:
    (tmp_path / "true").mkdir(), (tmp_path / "altered").mkdir()
    assert verdicts_by_quote(tmp_path / "true", true, PUBLISHED)["1"] == "accurate"
    assert verdicts_by_quote(tmp_path / "altered", altered, PUBLISHED)["1"] == "wrong"
