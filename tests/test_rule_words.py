"""The word lists extraction reads beside its patterns are rule tables (money_moves.csv,
index_roles.csv, close_announcements.csv, overnight.csv, earlier_events.csv, share_words.csv,
clause_words.csv, session_words.csv, subject_words.csv, distance_words.csv,
statement_anchors.csv): a new word or language is new rows, with no code."""

from __future__ import annotations

import csv
import shutil
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.linking import announces_close
from claimcheck.model import Published
from claimcheck.paths import RULES_DIR
from claimcheck.rules import Rules, load_rules

WORD_TABLES = (
    "money_moves",
    "index_roles",
    "close_announcements",
    "overnight",
    "earlier_events",
    "share_words",
    "clause_words",
    "session_words",
    "subject_words",
    "distance_words",
    "statement_anchors",
)


@pytest.mark.parametrize("table", WORD_TABLES)
def test_every_row_names_its_role_and_language(table: str) -> None:
    with (RULES_DIR / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["role"] and row["lang"] in ("de", "en") and row["words"], row
        assert not row["words"].startswith("|") and not row["words"].endswith("|"), row  # '' would match anywhere


def test_a_role_is_its_rows_words_in_the_tables_order(rules: Rules) -> None:
    assert rules.money_moves["of"] == "of|von"
    assert rules.overnight["market_link"] == "in|on|an der"
    assert rules.share_words["share"] == "Aktien?|Papiere?|Titel|Anteilsscheine?|shares|stock"


def test_a_new_row_is_a_new_word(tmp_path: Path, rules: Rules) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    for table, row in (
        ("index_roles", "index,en,the yardstick,"),
        ("close_announcements", "phrase,en,closing auction,"),
    ):
        with (rules_dir / f"{table}.csv").open("a", encoding="utf-8") as handle:
            handle.write(row + "\n")
    extended = load_rules(rules_dir)
    assert extended.digest != rules.digest  # the extraction cache key changes with the rows

    text = "The Hang Seng closed 1.3% lower. Meituan fell 2%. The yardstick is still up about 27% this year."
    published = Published(date(2025, 11, 12), "option")

    def listing_of_27(with_rules: Rules) -> str | None:
        claims = extract_claims(text, published, with_rules, lang="en")[0]
        return next(c.listing for c in claims if c.quote.startswith("27"))

    assert (listing_of_27(rules), listing_of_27(extended)) == ("3690.HK", "^HSI")

    # a word holding none of 'schluss', 'close', 'ende': the words a sentence is first tested for
    # are the table's own, so the new row is found in a text as well as in a sentence alone
    announced = "Closing auction in Hong Kong. Meituan gains 1.2%."
    assert (announces_close("Closing auction in Hong Kong.", rules), announces_close(announced, extended)) == (
        False,
        True,
    )
    evening = Published(date(2025, 11, 12), "option", datetime(2025, 11, 12, 18, 0, tzinfo=ZoneInfo("Europe/Berlin")))

    def whole_session(with_rules: Rules) -> bool:
        claims = extract_claims(announced, evening, with_rules, lang="en")[0]
        return next(c.completed_session for c in claims if c.quote.startswith("1.2"))

    assert (whole_session(rules), whole_session(extended)) == (False, True)


@pytest.mark.parametrize("table", ["close_announcements", "statement_anchors"])
def test_a_plain_word_table_refuses_a_pattern(tmp_path: Path, table: str) -> None:
    """These tables' words are also searched as plain substrings (the sentences worth a pattern):
    a row written as a pattern ('Handels(?:schluss|ende)') would never be found, so loading says so."""
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    with (rules_dir / f"{table}.csv").open("a", encoding="utf-8") as handle:
        handle.write("since,de,Handels(?:schluss|ende),\n")
    with pytest.raises(ValueError, match=rf"{table}\.csv: 'Handels\(\?:schluss\|ende\)' is a pattern"):
        load_rules(rules_dir)
