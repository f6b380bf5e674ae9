"""The word lists extraction reads beside its patterns are rule tables (money_moves.csv,
index_roles.csv, close_announcements.csv, overnight.csv, earlier_events.csv, share_words.csv,
clause_words.csv, session_words.csv, subject_words.csv, distance_words.csv,
statement_anchors.csv, tenses.csv, volume_words.csv, since_bases.csv, day_links.csv,
comparisons.csv): a new word or language is new rows, with no code."""

from __future__ import annotations

import csv
import shutil
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from claimcheck.core.dates import resolve_day, told_in_past
from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.linking import announces_close
from claimcheck.core.extract.subjects import named_venue
from claimcheck.model import Published
from claimcheck.paths import RULES_DIR
from claimcheck.rules import Rules, load_rules
from tests.extract_parts import parts_of

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
    "tenses",
    "volume_words",
    "volume_qualifiers",
    "since_bases",
    "day_links",
    "comparisons",
    "moving_averages",
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


def _extended(tmp_path: Path, *rows: tuple[str, str]) -> Rules:
    """The rule tables with rows appended (table, row)."""
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    for table, row in rows:
        with (rules_dir / f"{table}.csv").open("a", encoding="utf-8") as handle:
            handle.write(row + "\n")
    return load_rules(rules_dir)


def test_a_new_pluperfect_adverb_tells_an_earlier_day_as_background(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("tenses", "pluperfect_adverb,en,once,"))
    text = (
        "Meituan rose 1.8% in Hong Kong on Thursday. On Tuesday the stock had once dropped to HK$98.10. "
        "The Hang Seng Index gained 0.4%."
    )

    def day_of_04(with_rules: Rules) -> dict[str, str]:
        claims = extract_claims(text, Published(date(2026, 1, 16), "option"), with_rules, lang="en")[0]
        return next(c.reference for c in claims if c.quote == "0.4")

    # without the row, 'had once dropped' is no pluperfect: its Tuesday dates the index's move
    assert (day_of_04(rules), day_of_04(extended)) == ({"date": "2026-01-13"}, {"date": "2026-01-15"})


def test_a_new_share_noun_counts_a_volume(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("volume_words", "shares,de,Titel,"))
    text = "Die Tencent-Aktie gab am Freitag in Hongkong nach; 4.317 Tencent-Titel wechselten den Besitzer."

    def kinds(with_rules: Rules) -> list[str | None]:
        claims = extract_claims(text, Published(date(2026, 1, 16), "option"), with_rules, lang="de")[0]
        return [c.kind for c in claims if c.quote.startswith("4.317")]

    # a bare count is no claim; counted as shares by the new row, it is the session's volume
    assert (kinds(rules), kinds(extended)) == ([], ["volume"])


def test_a_new_window_word_spans_an_average(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("volume_words", "window_days,en,session,"))
    text = "Baidu's ADRs rose 2% on Friday on volume of 4.1 million, below the 20-session average of 6.2 million."

    def reference_of_62(with_rules: Rules) -> dict[str, str]:
        claims = extract_claims(text, Published(date(2025, 9, 22), "option"), with_rules, lang="en")[0]
        return next(c.reference for c in claims if c.quote == "6.2" and c.kind == "volume_average")

    # without the row the average is read as of its session alone; with it, the 20 days before
    assert (reference_of_62(rules), reference_of_62(extended)) == (
        {"date": "2025-09-19"},
        {"start": "2025-08-30", "end": "2025-09-19"},
    )


def test_a_new_base_word_names_what_a_dated_base_is_measured_on(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("since_bases", "low,en,floor,"))
    text = "Alibaba's ADRs rose 2% to $120 on Friday: they are up 60% since the April 8 floor."

    def notes(with_rules: Rules) -> list[str]:
        claims = extract_claims(text, Published(date(2025, 9, 22), "option"), with_rules, lang="en")[0]
        return next(c.notes for c in claims if c.quote == "60" and c.kind == "since_return")

    # without the row the base is its close, the default; with it, the day's low (or its close: a low the
    # words do not call the session's own, 'intraday', is read both ways)
    assert (notes(rules), notes(extended)) == (
        ["measured from the close of 2025-04-08"],
        ["measured from the low or the close of 2025-04-08"],
    )


@pytest.mark.parametrize(
    ("row", "words", "before", "after"),
    [
        # a new preterite: the Monday reported in a Saturday's recap is the one before, not the coming one
        ("past,de,schwankten", "Am Montag schwankten die ADRs stark", date(2026, 1, 19), date(2026, 1, 12)),
        # a new word of a plan: the weekday is a coming event's again
        ("coming,en,tipped", "On Monday the shares were tipped to open higher", date(2026, 1, 12), date(2026, 1, 19)),
    ],
)
def test_a_new_tense_word_dates_a_bare_weekday(
    tmp_path: Path, rules: Rules, row: str, words: str, before: date, after: date
) -> None:
    extended = _extended(tmp_path, ("tenses", row + ","))
    saturday = date(2026, 1, 17)
    found = [resolve_day(words, saturday, with_rules) for with_rules in (rules, extended)]
    assert [d.day if d else None for d in found] == [before, after]
    in_past = [told_in_past(words, with_rules) for with_rules in (rules, extended)]
    assert in_past == [before < saturday, after < saturday]


def test_a_new_linking_word_carries_the_day_before(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("day_links", "carried,en,thus,"))
    text = "Meituan fell 2% in Hong Kong on Wednesday. Its RSI thus stands at 29."

    def reference_of_29(with_rules: Rules) -> dict[str, str] | None:
        claims = extract_claims(text, Published(date(2026, 1, 16), "option"), with_rules, lang="en")[0]
        return next(c.reference for c in claims if c.quote == "29")

    # without the row an indicator is read as of publication; with it, as of the Wednesday before
    assert (reference_of_29(rules), reference_of_29(extended)) == ({"date": "2026-01-16"}, {"date": "2026-01-14"})


def test_a_new_comparison_word_makes_a_base_with_its_own_day(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("comparisons", "comparison,en,against,"))
    text = "Tencent closed at HK$612.50 on Monday, up 2.1% against HK$600.00 on Friday."

    def days(with_rules: Rules) -> dict[str, dict[str, str] | None]:
        claims = extract_claims(text, Published(date(2026, 1, 13), "option"), with_rules, lang="en")[0]
        return {c.quote: c.reference for c in claims if c.quote in ("2.1", "600.00")}

    # without the row 'on Friday' dates the move too (the coming Friday); with it, it is the base's day
    assert days(rules) == {"2.1": {"date": "2026-01-16"}, "600.00": {"date": "2026-01-16"}}
    assert days(extended) == {"2.1": {"date": "2026-01-12"}, "600.00": {"date": "2026-01-09"}}


def test_a_new_opening_word_tells_an_earlier_event(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("day_links", "earlier_opening,en,while,"))
    text = "Tencent trades 1.2% higher today while up 2% on Friday."

    def day_of_2(with_rules: Rules) -> dict[str, str] | None:
        claims = extract_claims(text, Published(date(2026, 1, 13), "option"), with_rules, lang="en")[0]
        return next(c.reference for c in claims if c.quote == "2")

    # without the row the Friday is the nearest (the coming one); with it, the earlier event's, last week's
    assert (day_of_2(rules), day_of_2(extended)) == ({"date": "2026-01-16"}, {"date": "2026-01-09"})


def test_a_new_day_after_phrase_reads_the_session_before(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("day_links", "day_after,en,the session after,"))
    text = "JD.com fell 2% in Hong Kong on Wednesday, the session after its US shares dropped 1.5% to $30.10."

    def day_of_15(with_rules: Rules) -> dict[str, str] | None:
        claims = extract_claims(text, Published(date(2026, 1, 13), "option"), with_rules, lang="en")[0]
        return next(c.reference for c in claims if c.quote == "1.5")

    # without the row the US move is the Wednesday's too; with it, the session before
    assert (day_of_15(rules), day_of_15(extended)) == ({"date": "2026-01-07"}, {"date": "2026-01-06"})


def test_a_new_day_phrase_after_a_sum_makes_it_the_shares_move(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("money_moves", "on_the_day,en,in the session,"))
    text = "Baidu shares posted a loss of $4.72 in the session."

    def kind_of_472(with_rules: Rules) -> str | None:
        claims = extract_claims(text, Published(date(2026, 1, 13), "option"), with_rules, lang="en")[0]
        return next(c.kind for c in claims if c.quote == "4.72")

    # without the row 'a loss of $4.72' is the company's figure; with it, the shares' move in money
    assert (kind_of_472(rules), kind_of_472(extended)) == ("financials", "price_change")


def test_a_new_heading_preposition_sets_the_sentences_venue(tmp_path: Path, rules: Rules) -> None:
    extended = _extended(tmp_path, ("subject_words", "head_preposition,en,via,"))
    text = "Via Frankfurt, where trading is thin next to Hong Kong, Alibaba rose 2%."

    def venue_of_2(with_rules: Rules) -> str | None:
        parts = parts_of(text, with_rules, lang="en")
        return named_venue(parts.text, 0, parts.number("2"), with_rules)

    # without the row the nearer Hong Kong is the venue; with it, the venue heading the sentence
    assert (venue_of_2(rules), venue_of_2(extended)) == ("HK", "DE")


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
