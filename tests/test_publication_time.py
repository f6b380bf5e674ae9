"""The publication's time of day: read from the text's head or front matter, and the day an
article calls today on each listing (a text stamped before a session opens speaks of the one before)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from claimcheck.adapters.articles import load_article
from claimcheck.core.dates import publication_instant
from claimcheck.core.extract import extract_claims
from claimcheck.core.sessions import session_day_at
from claimcheck.model import Published
from claimcheck.rules import Rules
from tests.helpers import check_text

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = date(2026, 1, 16)


@pytest.mark.parametrize(
    ("head", "instant"),
    [
        ("16.01.2026 - 00:10:53Die Alibaba Group", datetime(2026, 1, 16, 0, 10, 53, tzinfo=BERLIN)),
        ("Frankfurt, 16.01.2026, 09:15 Uhr", datetime(2026, 1, 16, 9, 15, tzinfo=BERLIN)),
        ("2026-01-16T00:10:53+01:00", datetime(2026, 1, 16, 0, 10, 53, tzinfo=timezone(timedelta(hours=1)))),
        ("Published 2026-01-16 08:05 ET", datetime(2026, 1, 16, 8, 5, tzinfo=ZoneInfo("America/New_York"))),
        ("2026-01-16 08:05", None),  # a time without a zone cannot be placed
        ("15.01.2026 - 23:50", None),  # stamped on another day than the publication date
        ("Am 16.01.2026 legte die Aktie zu.", None),  # no time at all
    ],
)
def test_the_publication_instant_is_read_with_its_zone(head: str, instant: datetime | None) -> None:
    assert publication_instant(head, FRIDAY) == instant


@pytest.mark.parametrize(
    ("code", "instant", "today"),
    [
        ("XNYS", datetime(2026, 1, 16, 0, 10, tzinfo=BERLIN), date(2026, 1, 15)),  # 18:10 in New York
        ("XHKG", datetime(2026, 1, 16, 0, 10, tzinfo=BERLIN), date(2026, 1, 15)),  # 07:10, before the open
        ("XHKG", datetime(2026, 1, 16, 15, 0, tzinfo=BERLIN), date(2026, 1, 16)),  # the session has run
        ("XNYS", datetime(2026, 1, 16, 15, 0, tzinfo=BERLIN), date(2026, 1, 15)),  # 09:00, before the open
        ("XNYS", datetime(2026, 1, 16, 16, 0, tzinfo=BERLIN), date(2026, 1, 16)),  # under way
        ("XNYS", datetime(2026, 1, 18, 12, 0, tzinfo=BERLIN), date(2026, 1, 18)),  # a Sunday stays itself
    ],
)
def test_the_day_an_article_calls_today_depends_on_the_listing(code: str, instant: datetime, today: date) -> None:
    assert session_day_at(code, instant) == today


@pytest.mark.parametrize(
    ("text", "quote", "reference"),
    [
        (
            "Die Alibaba-Aktie notiert in New York deutlich unter ihrem 52-Wochen-Hoch von knapp unter 190 US-Dollar.",
            "190",
            {"date": "2026-01-15"},
        ),
        (
            "Alibaba's U.S.-listed shares are up 80% year to date.",
            "80",
            {"start": "2026-01-01", "end": "2026-01-15"},
        ),
    ],
)
def test_a_text_published_before_the_open_reads_the_session_before(
    rules: Rules, text: str, quote: str, reference: dict[str, str]
) -> None:
    night = Published(FRIDAY, "manifest", datetime(2026, 1, 16, 0, 10, tzinfo=BERLIN))
    claims, _ = extract_claims(text, night, rules)
    claim = next(c for c in claims if c.quote == quote)
    assert claim.reference == reference and claim.time_source == "publication_default"
    assert "published 2026-01-16 00:10 +0100, when BABA's day was 2026-01-15: read as of it" in claim.notes
    # without a time of day the publication date stands
    claims, _ = extract_claims(text, Published(FRIDAY, "manifest"), rules)
    assert next(c for c in claims if c.quote == quote).reference != reference


def test_a_day_the_text_names_is_kept(rules: Rules) -> None:
    night = Published(FRIDAY, "manifest", datetime(2026, 1, 16, 0, 10, tzinfo=BERLIN))
    claims, _ = extract_claims("Die Alibaba-Aktie fiel am Mittwoch in New York um 3 Prozent.", night, rules)
    assert claims[0].reference == {"date": "2026-01-14"}


def test_the_loader_reads_the_time_from_the_head(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Alibaba im Blick\n16.01.2026 - 00:10:53 Die Aktie notiert bei 160 US-Dollar.\n", encoding="utf-8")
    article = load_article(path, None, {}, date(2026, 11, 29))
    assert article.published.date == FRIDAY
    assert article.published.at == datetime(2026, 1, 16, 0, 10, 53, tzinfo=BERLIN)


def test_results_json_names_the_publication_instant(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    stamped = check_text(tmp_path / "a", "16.01.2026 - 00:10:53 Die Alibaba-Aktie stieg in New York.", "2026-01-16")
    plain = check_text(tmp_path / "b", "Die Alibaba-Aktie stieg in New York.", "2026-01-16")
    assert stamped["articles"][0]["published_at"] == "2026-01-16T00:10:53+01:00"
    assert plain["articles"][0]["published_at"] is None


@pytest.mark.parametrize(
    ("stamp", "kind"),
    [
        (datetime(2026, 1, 16, 23, 30, tzinfo=BERLIN), "close"),  # New York closed at 22:00 Berlin
        (datetime(2026, 1, 16, 18, 0, tzinfo=BERLIN), "last_price"),  # still trading
    ],
)
def test_a_same_day_move_ended_on_the_close_when_published_after_it(rules: Rules, stamp: datetime, kind: str) -> None:
    text = "Alibaba shares fell 3.5% to $148.60 in New York on Friday."
    claims, _ = extract_claims(text, Published(FRIDAY, "front_matter", stamp), rules, "en")
    assert next(c for c in claims if c.quote == "148.60").kind == kind


def test_the_loader_reads_the_time_from_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "---\npublished: 2026-01-16T00:10:53+01:00\n---\nDie Aktie notiert bei 160 Dollar.\n", encoding="utf-8"
    )
    article = load_article(path, None, {}, date(2026, 11, 29))
    assert (article.published.date, article.published.source) == (FRIDAY, "front_matter")
    assert article.published.at == datetime(2026, 1, 16, 0, 10, 53, tzinfo=timezone(timedelta(hours=1)))
