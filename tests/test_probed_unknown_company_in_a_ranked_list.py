"""A ranked list of companies ('1. Alibaba: +4,17 Prozent, Schlusskurs 137,30 HKD') under an intro naming an index
('Die größten Verlierer im Hang Seng:'): an item whose name the tables do not know ('1. Nongfu Spring: -3,05 Prozent')
is a company of its own, its figures unverifiable without its quotes, never the index's move (called wrong) nor a price
of the stock named before it.

A list of days ('12. März: +3,1 Prozent') names no company: its labels stay dates.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# seeds/quotes, Monday 2025-09-08: 3690.HK close 102.00 (Friday 103.00: 102.00 / 103.00 - 1 = -0.97 %).
LOSERS = """Hang Seng: Die Verlierer des Tages

Die größten Verlierer im Hang Seng:

1. Nongfu Spring: -3,05 Prozent, Schlusskurs 47,70 HKD
2. Meituan: -0,97 Prozent, Schlusskurs 102,00 HKD
"""


def test_an_unknown_name_in_a_ranked_list_of_companies_is_a_company_of_its_own() -> None:
    claims = claims_by_quote(LOSERS, date(2025, 9, 8))
    assert claims["3,05"].listing is None and claims["3,05"].subject == "Nongfu Spring"
    assert claims["47,70"].listing is None and claims["47,70"].subject == "Nongfu Spring"
    assert claims["0,97"].listing == "3690.HK"  # the known item keeps its stock
    assert claims["102,00"].listing == "3690.HK"


def test_a_ranked_list_of_days_names_no_company() -> None:
    text = "Alibaba in Hongkong, Tag für Tag:\n\n1. September: +0,4 Prozent\n2. September: +2,1 Prozent\n"
    claims = claims_by_quote(text, date(2025, 9, 3))
    assert claims["2,1"].listing == "9988.HK"
