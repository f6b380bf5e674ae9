"""A move told since a year's end or start ('seit Ende 2024', 'since the start of 2025', 'since the end of last year',
'über dem Jahresschluss 2024') is measured from that year's last close: in the year after it, the year so far; later,
a look-back from that close (`periods.year_boundary_window`). Before, the German phrases were read as the day's move
(a true figure called wrong) and the English ones as a look-back without a base (unverifiable), or as the year to
date of the publication's year where the year named was an older one. A year's end is a day of its own ('Ende 2024',
'at the end of 2024': `dates._YEAR_END`), and a span from one year's end to the next is that calendar year. A month's
end is a base the same way (below)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2024-12-31 close 82.85 (the last session of 2024); 2026-01-08 close 142.60:
# 142.60 / 82.85 - 1 = +72.12 % (72 %); 2026-01-07 close 145.90: +76.10 %
LATER = "2026-01-08"
# 2025-10-09 close 173.30: 173.30 / 82.85 - 1 = +109.17 % (109 %), the last session before the text of 2025-10-10
# (that day's close 165.40, +99.64 %, is a permitted reading too: the text names no session)
SAME_YEAR = "2025-10-10"

LATER_TEXTS = (
    "Die Alibaba-Aktie hat in Hongkong seit Ende 2024 um {x} Prozent zugelegt.",
    "Seit Anfang 2025 hat die Alibaba-Aktie in Hongkong {x} Prozent gewonnen.",
    "In Hong Kong, Alibaba shares are up {x}% since the end of 2024.",
    "Alibaba's Hong Kong-listed stock has gained {x}% since the start of 2025.",
)


@pytest.mark.parametrize("text", LATER_TEXTS)
def test_an_older_years_end_is_the_base_of_a_look_back(text: str) -> None:
    claim = claims_by_quote(text.format(x="72"), date.fromisoformat(LATER))["72"]
    assert (claim.kind, claim.listing, claim.since_base) == ("since_return", "9988.HK", ("close", "2024-12-31"))
    assert claim.reference == {"start": "2024-12-31", "end": LATER}


@pytest.mark.parametrize("text", LATER_TEXTS)
def test_the_look_back_is_accurate_and_an_altered_one_wrong(tmp_path: Path, text: str) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, text, LATER, "72", "50")
    assert true["72"] == "accurate"
    assert altered["50"] == "wrong"


@pytest.mark.parametrize(
    "text",
    (
        "Die Alibaba-Aktie hat in Hongkong seit Ende 2024 um {x} Prozent zugelegt.",
        "Die Alibaba-Aktie hat in Hongkong seit Ende des vergangenen Jahres {x} Prozent zugelegt.",
        "In Hong Kong, Alibaba shares are up {x}% since the end of last year.",
        "Die Alibaba-Aktie hat in Hongkong seit dem Vorjahresende {x} Prozent zugelegt.",
    ),
)
def test_the_last_years_end_is_the_year_so_far(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text.format(x="109"), date.fromisoformat(SAME_YEAR))["109"]
    assert (claim.kind, claim.reference) == ("ytd_return", {"start": "2025-01-01", "end": SAME_YEAR})
    true, altered = verdicts_true_and_altered(tmp_path, text, SAME_YEAR, "109", "80")
    assert true["109"] == "accurate"
    assert altered["80"] == "wrong"


def test_the_start_of_the_publications_year_is_the_year_so_far(tmp_path: Path) -> None:
    # 2025-12-31 close 142.80, 2026-01-08 close 142.60: 142.60 / 142.80 - 1 = -0.14 % (0.1 % down)
    text = "Alibaba's Hong Kong shares are down {x}% since the start of 2026."
    claim = claims_by_quote(text.format(x="0.1"), date.fromisoformat(LATER))["0.1"]
    assert (claim.kind, claim.reference) == ("ytd_return", {"start": "2026-01-01", "end": LATER})
    true, altered = verdicts_true_and_altered(tmp_path, text, LATER, "0.1", "5")
    assert true["0.1"] == "accurate"
    assert altered["5"] == "wrong"


# seeds/quotes/BABA.csv: 2024-12-31 close 84.79, 2025-12-31 close 146.58: 146.58 / 84.79 - 1 = +72.87 % (73 %)
@pytest.mark.parametrize(
    "text",
    (
        "BABA gained {x}% from the end of 2024 to Dec. 31, 2025.",
        "Die Alibaba-ADR stiegen von Ende 2024 bis Ende 2025 um {x} Prozent.",
        "Alibaba's ADRs gained {x}% (from $84.79 at the end of 2024 to $146.58 on Dec. 31).",
    ),
)
def test_a_span_from_one_years_end_to_the_next_is_that_calendar_year(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text.format(x="73"), date.fromisoformat(LATER))["73"]
    assert (claim.kind, claim.reference) == ("calendar_year_return", {"start": "2025-01-01", "end": "2025-12-31"})
    true, altered = verdicts_true_and_altered(tmp_path, text, LATER, "73", "50")
    assert true["73"] == "accurate"
    assert altered["50"] == "wrong"


def test_a_year_end_dates_the_close_told_for_it(tmp_path: Path) -> None:
    # 9988.HK's last session of 2024 closed at 82.85; publication's (2026-01-08) at 142.60
    text = "Die Alibaba-Aktie hatte Ende 2024 in Hongkong bei {x} HKD geschlossen."
    claim = claims_by_quote(text.format(x="82,85"), date.fromisoformat(LATER))["82,85"]
    assert (claim.kind, claim.reference) == ("close", {"date": "2024-12-31"})
    true, altered = verdicts_true_and_altered(tmp_path, text, LATER, "82,85", "92,85")
    assert true["82,85"] == "accurate"
    assert altered["92,85"] == "wrong"


# A month's end likewise ('seit Ende August', 'since the end of September', `periods.month_start_window`): the month
# after's move where the text is of that month, else a look-back from that month's last close. seeds/quotes/9988.HK.csv:
# 2025-08-29 close 115.70, 2025-09-30 close 177.00, 2025-10-10 close 165.40 (the Friday before the Saturday text):
# 165.40 / 177.00 - 1 = -6.55 % (October so far), 165.40 / 115.70 - 1 = +42.96 % (since the end of August). The text
# names no session, so the five up to publication are read (October so far -6.55 % .. +4.58 %, from the end of August
# +42.96 % .. +59.98 %): the altered figures lie outside all of them
WEEKEND = "2025-10-11"


@pytest.mark.parametrize(
    ("text", "kind", "true", "altered"),
    (
        ("Seit Ende September hat die Alibaba-Aktie in Hongkong {x} Prozent verloren.", "month_return", "6,6", "12,0"),
        ("Alibaba shares in Hong Kong have lost {x}% since the end of September.", "month_return", "6.6", "12.0"),
        ("Seit Ende August hat die Alibaba-Aktie in Hongkong {x} Prozent gewonnen.", "since_return", "43", "30"),
        ("Alibaba shares in Hong Kong have rallied {x}% since the end of August.", "since_return", "43", "30"),
    ),
)
def test_a_months_end_is_the_base_of_the_months_after(
    tmp_path: Path, text: str, kind: str, true: str, altered: str
) -> None:
    claim = claims_by_quote(text.format(x=true), date.fromisoformat(WEEKEND))[true]
    assert claim.kind == kind
    if kind == "since_return":
        assert (claim.since_base, claim.reference) == (
            ("close", "2025-08-29"),
            {"start": "2025-08-29", "end": "2025-10-10"},
        )
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, WEEKEND, true, altered)
    assert true_verdicts[true] == "accurate"
    assert altered_verdicts[altered] == "wrong"


def test_the_end_of_the_month_still_running_is_no_base(tmp_path: Path) -> None:
    # 'seit Ende Oktober' written on 11 October: the month's last days have not come
    text = "Seit Ende Oktober hat die Alibaba-Aktie in Hongkong 6,6 Prozent verloren."
    assert claims_by_quote(text, date.fromisoformat(WEEKEND))["6,6"].since_base is None
    assert verdicts_by_quote(tmp_path, text, WEEKEND)["6,6"] == "unverifiable"
