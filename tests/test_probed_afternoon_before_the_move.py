"""'am Nachmittag' or 'am Vormittag' before a German move ('gewann am späten Nachmittag 2,9 Prozent auf 147,30 Euro')
places it during the session, as the English 'in afternoon trade' does (session_words.csv during): a moment of the
session, not its close-to-close move. Before, only the same words after the figure did: a German venue's move told so
in a text stamped after Xetra's 17:30 close was read as the finished session's (the euro parity's close), and a true
move and price were called imprecise (tester143, de296).
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_true_and_altered

# AHLA.F has no quotes: derived from BABA / ECB EUR/USD. 2025-10-22 close 143.14 EUR; 2025-10-23 range 145.19..149.44
# EUR (+1.43 % .. +4.40 %), close 148.28 EUR (+3.59 %); Hong Kong parity 146.16 EUR (+2.11 %).
# 147.30 / 143.14 - 1 = +2.91 %: inside the range, near neither close.
TEXT = (
    "Alibaba: Erholung setzt sich fort\n\n23.10.2025, 18:05 Uhr\n\n"
    "Bei Tradegate gewann die Alibaba-Aktie am späten Nachmittag {x} Prozent auf {price} Euro."
)


def test_the_moment_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2025-10-23", {"x": "2,9", "price": "147,30"}, {"x": "12,9", "price": "167,30"}
    )
    assert (true["2,9"], true["147,30"]) == ("accurate", "accurate")
    assert (altered["12,9"], altered["167,30"]) == ("wrong", "wrong")
