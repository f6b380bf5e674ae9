"""A distance pointing back to the moving average the sentence before named by its level ('- 50-day moving average:
$186.08. The stock closed about 1.6% below it.', '... 4.2% above that level') is the distance to that average, over
the window that sentence named (metrics.distance_to_extreme: a moving_average cue of the sentence before, the words
pointing back right after the number and its side told there; frames.number_claim: the window named there).

Before, the distance was read as the day's move, a true figure called wrong (tester142, en285's quote box of
averages).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# NVDA 2026-03-04 close 183.04; SMA50 of closes to 2026-03-04 186.08: -1.63 %; SMA200 175.68: +4.19 %.
TEXT = (
    "Nvidia closed Wednesday at $183.04.\n\n"
    "- 200-day moving average: $175.68. The stock closed about {long}% above it.\n"
    "- 50-day moving average: $186.08. The stock closed about {short}% below that level.\n"
)


def test_the_distance_is_to_the_average_the_sentence_before_named() -> None:
    claims = claims_by_quote(TEXT.format(long="4.2", short="1.6"), date(2026, 3, 5))
    long, short = claims["4.2"], claims["1.6"]
    assert (long.kind, long.average_sessions, long.direction) == ("moving_average_distance", 200, "up")
    assert (short.kind, short.average_sessions, short.direction) == ("moving_average_distance", 50, "down")


def test_the_distances_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-03-05", {"long": "4.2", "short": "1.6"}, {"long": "9", "short": "6"}
    )
    assert (true["4.2"], true["1.6"]) == ("accurate", "accurate")
    assert (altered["9"], altered["6"]) == ("wrong", "wrong")
