"""'Derzeit notiert die Aktie damit 98,46 Prozent über diesem Tief', '... 17,53 Prozent unter diesem Hoch': a distance
told with a demonstrative pointing back to the 52-week extreme the sentence before named (a quote portal's generated
copy), as 'von diesem Hoch' and 'above that low' were already. Before, the percentage was a count, out of scope."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: 2025-11-19 close 158.89; over the 52 weeks to it the highest high 192.67 (2025-10-02) and the
# lowest low 80.06 (2025-01-13): 158.89 / 192.67 - 1 = -17.53 %, 158.89 / 80.06 - 1 = +98.46 %
DAY = "2025-11-19"
TEXT = (
    "Die Alibaba-Aktie schloss bei 158,89 USD. Bei 192,67 USD markierte der Titel am 02.10.2025 ein 52-Wochen-Hoch. "
    "Derzeit notiert die Aktie damit {high} Prozent unter diesem Hoch. Am 13.01.2025 fiel das Papier auf ein "
    "52-Wochen-Tief bei 80,06 USD. Derzeit notiert die Aktie damit {low} Prozent über diesem Tief."
)


def test_a_distance_to_this_high_or_low_is_measured(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT.format(high="17,53", low="98,46"), date.fromisoformat(DAY))
    assert (claims["17,53"].kind, claims["17,53"].listing) == ("distance_52w_high", "BABA")
    assert (claims["98,46"].kind, claims["98,46"].listing) == ("distance_52w_low", "BABA")
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, DAY, {"high": "17,53", "low": "98,46"}, {"high": "27,53", "low": "78,46"}
    )
    assert true["17,53"] == true["98,46"] == "accurate"
    assert altered["27,53"] == altered["78,46"] == "wrong"
