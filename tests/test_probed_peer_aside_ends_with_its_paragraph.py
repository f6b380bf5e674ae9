"""Another stock a paragraph on the text's main stock names after it, in passing ('..., Tencent gewann 2 Prozent auf
648,50 HKD.'), is not what the next paragraph goes on with: a new paragraph naming no company ('In New York ging es für
die ADRs ebenfalls nach oben') goes on with the main stock, as with an index named so (found by tester147's de303:
Alibaba's ADR move was checked as Tencent's). Sentences written for the test; figures from seeds/quotes: 9988.HK close
2025-09-23 159.40, 2025-09-24 174.00 (+9.16 %); 0700.HK 2025-09-24 648.50 (+2.05 %); ^HSI +1.37 %; BABA close 2025-09-23
163.08, 2025-09-24 176.44 (+8.19 %); TCEHY 2025-09-24 is held too, so the wrong reading is judged, not left open.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

_TEXT = (
    "Alibaba-Aktie mit Kurssprung\n\n"
    "Die Alibaba-Aktie hat in Hongkong 9,2 Prozent auf 174,00 HKD zugelegt. Der Hang Seng stieg um 1,4 Prozent, "
    "Tencent gewann 2 Prozent auf 648,50 HKD.\n\n"
    "In New York ging es für die ADRs am Abend ebenfalls nach oben. Sie stiegen um {x} Prozent auf 176,44 US-Dollar."
)


def test_the_next_paragraph_goes_on_with_the_main_stock() -> None:
    claims = claims_by_quote(_TEXT.format(x="8,2"), date(2025, 9, 24))
    assert claims["2"].listing == "0700.HK"
    assert claims["8,2"].listing == "BABA" and claims["176,44"].listing == "BABA"


def test_the_adr_move_is_judged_as_the_main_stocks(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, _TEXT, "2025-09-24", "8,2", "5,2")
    assert true["8,2"] == "accurate" and altered["5,2"] == "wrong"


def test_a_paragraph_naming_the_other_stock_goes_on_with_it() -> None:
    text = _TEXT.format(x="8,2").replace("In New York ging es für die ADRs", "In New York ging es für die Tencent-ADRs")
    claims = claims_by_quote(text, date(2025, 9, 24))
    assert claims["8,2"].listing == "TCEHY"
