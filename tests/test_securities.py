"""The securities master (pytickersymbols, offline): index constituents by name, ISIN and venue;
ambiguous names only with a share word beside them; the project's tables win."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import Rules
from claimcheck.securities import short_name

MONDAY = Published(date(2025, 11, 17), "option")


def _checked(text: str, rules: Rules) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.listing) for c in extract_claims(text, MONDAY, rules)[0] if c.checkable]


@pytest.mark.parametrize(
    ("text", "subject", "listing"),
    [
        ("Die Siemens-Aktie schloss am Montag auf Xetra bei 200 Euro.", "Siemens", "SIE.DE"),
        ("Die Siemens-Aktie schloss am Montag in Frankfurt bei 200 Euro.", "Siemens", "SIE.F"),
        ("Apple shares fell 2% on Monday.", "Apple", "AAPL"),
        ("Die Apple-Aktie verlor am Montag in Frankfurt 2 Prozent.", "Apple", "APC.F"),
        ("Die Aktie mit der ISIN US0378331005 verlor am Montag 2 Prozent.", "Apple", "AAPL"),
        ("Shell plc shares rose 1.5% in London on Monday.", "Shell", "SHEL.L"),
        ("Linde-Aktien stiegen am Montag um 3 Prozent.", "Linde", "LIN"),
        ("Toyota Motor shares fell 2% in Tokyo on Monday.", "Toyota", "7203.T"),
    ],
)
def test_a_constituent_is_found_by_name_isin_and_venue(rules: Rules, text: str, subject: str, listing: str) -> None:
    assert _checked(text, rules) == [(subject, listing)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Apple-Baum im Garten trug am Montag 30 Prozent mehr Früchte.",
        "The shell script ran 5% faster on Monday.",
        "Die Linde auf dem Dorfplatz verlor am Montag 20 Prozent ihrer Blätter.",
        "Die Leitfähigkeit stieg am Montag um 5 Siemens.",
    ],
)
def test_an_everyday_word_is_no_company(rules: Rules, text: str) -> None:
    assert _checked(text, rules) == []


def test_the_project_s_tables_win_and_nothing_is_guessed(rules: Rules) -> None:
    # Nvidia is the table's company (NVDA with its quotes and the Frankfurt line mirroring it), not a
    # second master row
    assert [c.name for _, c in rules.companies_in("Nvidia-Aktie")] == ["Nvidia"]
    assert [item.symbol for item in rules.listings_of("Nvidia")] == ["NVDA", "NVD.F"]
    # two constituents are called Merck: the short name means neither, the full names each
    assert rules.companies_in("Merck shares fell.") == []
    assert {c.name for _, c in rules.companies_in("Merck Group and Merck & Co. shares fell.")} == {
        "Merck Group",
        "Merck & Co.",
    }
    # the master's listings are found by symbol but are not the tables' (quotes status lists those)
    assert rules.listing("SIE.DE") is not None and all(item.symbol != "SIE.DE" for item in rules.listings)


def test_legal_forms_are_not_part_of_the_short_name() -> None:
    assert [short_name(n) for n in ("Apple Inc.", "Shell plc", "Tesla, Inc.", "Puma (brand)", "Continental AG")] == [
        "Apple",
        "Shell",
        "Tesla",
        "Puma",
        "Continental",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Facebook-Mutter Meta verlor am Montag 3 Prozent.", [("Meta Platforms", "META")]),
        ("Meta shares rose 2% on Monday.", [("Meta Platforms", "META")]),
        ("Die Meta-Aktie stieg am Montag in Frankfurt um 1 Prozent.", [("Meta Platforms", "FB2A.F")]),
        ("Die Meta-Analyse von 42 Studien zeigte am Montag 12 Prozent weniger Fälle.", []),
    ],
)
def test_the_project_s_own_row_for_meta_with_its_aliases(rules: Rules, text: str, found: list[tuple[str, str]]) -> None:
    """listings.csv's rows for Meta (aliases 'Facebook-Mutter', 'Meta-Aktie', ISIN, WKN) win over the
    master's; 'Meta' stays an everyday word without a share word beside it."""
    assert _checked(text, rules) == found
