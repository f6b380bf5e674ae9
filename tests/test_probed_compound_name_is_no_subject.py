"""A company named only as the head of a compound that names a product or an event ('Lieferungen von Nvidia-Chips',
subject_words.csv compound_subject keeps 'Nvidia-Aktie') is no subject of the shares' move after it where another
stock is in play, even as the only name before the number (`subjects.nearest_company`). Before, 'sprang die Aktie um
knapp 7 Prozent' in a text on Alibaba was read as Nvidia's move, and a true figure was called imprecise or wrong
(tester148's de305).

Quotes (9988.HK, seeds/quotes): 2025-07-15 close 113.50 on 106.10 = +6.97 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

TEMPLATE = (
    "Alibaba-Aktie: Ausbruch in Hongkong. In Hongkong hatte Alibaba am Montag bei 106,10 HKD geschlossen. Nach "
    "Berichten über Lieferungen von Nvidia-Chips nach China sprang die Aktie am Dienstag um knapp {x} Prozent."
)


def test_a_product_compound_names_no_subject(tmp_path: Path) -> None:
    assert claims_by_quote(TEMPLATE.format(x="7"), date(2025, 7, 16))["7"].listing == "9988.HK"
    verdicts, wrong = verdicts_true_and_altered(tmp_path, TEMPLATE, "2025-07-16", "7", "4")
    assert (verdicts["7"], wrong["4"]) == ("accurate", "wrong")


def test_the_companys_own_shares_compound_still_names_it() -> None:
    text = "Alibaba-Aktie im Blick. Die Nvidia-Aktie stieg am Dienstag um 4 Prozent."
    assert claims_by_quote(text, date(2025, 7, 16))["4"].listing == "NVDA"


def test_a_compound_naming_the_holders_names_the_company() -> None:
    # 'Bitter für Alibaba-Fans: ... verlor die Aktie' after Nvidia's figures: the fans hold Alibaba's shares
    text = (
        "Nvidia-Aktie im Blick. Nvidia verlor am Freitag 4,9 Prozent. Bitter für Alibaba-Fans: Allein in dieser Woche "
        "verlor die Aktie in New York 15 Prozent."
    )
    assert claims_by_quote(text, date(2025, 10, 11))["15"].listing == "BABA"


def test_a_shares_compound_with_its_case_ending_names_the_company() -> None:
    text = (
        "Tencent legte in Hongkong um 2,4 Prozent zu. Bei den Baidu-Hinterlegungsscheinen stand am Montag ein Plus "
        "von 7,4 Prozent zu Buche."
    )
    assert claims_by_quote(text, date(2025, 11, 24))["7,4"].listing == "BIDU"
