"""Rules added after trying the nineteenth batch of written German articles as an editor would (tests/golden/articles
de106..de110: a dpa-AFX 'Aktien Asien Ausblick' before Hong Kong's open, an ARIVA.DE course report on Alibaba in
Frankfurt and on Tradegate in euros, a Börsen-Zeitung note on Tencent's and Meituan's week and year with the Hang Seng's
points, a wallstreet-online list of the Nasdaq 100's tops and flops, a boerse-frankfurt.de note on Alibaba's day in
euros beside Hong Kong and New York). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 21)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the day an extreme was set, told in a clause after its level, dates that extreme only, not the distance ---------


def test_a_set_on_clause_after_a_german_level_does_not_date_the_distance() -> None:
    claims = _claims(
        "Meituan schloss am Freitag bei 79,15 HKD. Vom 52-Wochen-Tief bei 73,60 HKD, erreicht am 4. März, ist das "
        "Papier nun 7,5 Prozent entfernt.",
        SATURDAY,
    )
    assert claims["7,5"].kind == "distance_52w_low"
    assert claims["7,5"].reference == {"date": "2026-03-21"}  # as of publication, not 4 March
    claims = _claims(
        "Tencent schloss am Freitag bei 508 HKD. Vom 52-Wochen-Hoch von 683 HKD, markiert am 2. Oktober, trennen die "
        "Aktie rund 26 Prozent.",
        SATURDAY,
    )
    assert claims["26"].kind == "distance_52w_high" and claims["26"].reference == {"date": "2026-03-21"}
    assert claims["683"].kind == "high_52w"


def test_the_same_in_english_keeps_the_distance_as_of_publication() -> None:
    claims = _claims(
        "Meituan closed at HK$79.15 on Friday. From its 52-week low of HK$73.60, reached on March 4, the stock is now "
        "7.5% higher.",
        SATURDAY,
    )
    assert claims["7.5"].kind == "distance_52w_low" and claims["7.5"].reference == {"date": "2026-03-21"}


def test_a_distance_from_a_low_set_weeks_ago_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Meituan in Hongkong\n\n"
        "Die Aktie von Meituan schloss am Freitag in Hongkong bei 79,15 HKD. Vom 52-Wochen-Tief bei 73,60 HKD, "
        "erreicht am 4. März, ist das Papier nun 7,5 Prozent entfernt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["7,5"] == "accurate" and verdicts["73,60"] == "accurate"
