"""The report's catalogues: compiled as shipped, complete for both languages, every claim kind
with a plain label; Babel formats and Berlin times."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from claimcheck.adapters.wording import LOCALE_DIR, Wording
from claimcheck.paths import PROJECT_ROOT


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_mo_is_the_compiled_po(lang: str) -> None:
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    with open(folder / "messages.po", "rb") as f:
        catalogue = read_po(f)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    with open(folder / "messages.mo", "rb") as f:
        shipped = {_hashable(m.id): _hashable(m.string) for m in read_mo(f) if m.id}
    again = read_mo(io.BytesIO(compiled.getvalue()))
    assert shipped == {_hashable(m.id): _hashable(m.string) for m in again if m.id}, (
        "run: pybabel compile -d src/claimcheck/adapters/locale -D messages"
    )
    assert all(all(m.string) if isinstance(m.string, tuple) else m.string for m in catalogue if m.id), (
        "every message translated (each plural form too)"
    )


def _hashable(value: object) -> object:
    """A message id or string; a plural entry's (a list read from a .mo) as a tuple."""
    return tuple(value) if isinstance(value, list) else value


def test_both_catalogues_hold_the_same_keys() -> None:
    keys = []
    for lang in ("de", "en"):
        with open(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po", "rb") as f:
            keys.append({m.id for m in read_po(f) if m.id})
    assert keys[0] == keys[1] and len(keys[0]) > 100


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_claim_kind_has_a_plain_label(lang: str) -> None:
    """Every kind a claim can have: the cue and statement tables' and those the extractor gives in its
    code ('index_level', core/kinds.py's groups). An index level's card read 'Zahl' (a user tester)."""
    from claimcheck.core import kinds as groups

    kinds: set[str] = set()
    for table in ("cues.csv", "statements.csv"):
        with open(PROJECT_ROOT / "expectations" / "rules" / table, encoding="utf-8") as f:
            kinds |= {row["kind"] for row in csv.DictReader(f)}
    for name, group in vars(groups).items():
        if name.endswith("_KINDS"):
            kinds |= set(group)
    w = Wording(lang)
    missing = [kind for kind in sorted(kinds) if not w.known(f"kind.{kind}")]
    assert missing == []
    assert w.kind("index_level") == {"de": "Indexstand", "en": "index level"}[lang]
    assert w.kind("ytd_return") != "ytd_return" and w.kind("no_such_kind") == w.text("kind.other")


def test_formats_and_berlin_time() -> None:
    de, en = Wording("de"), Wording("en")
    assert de.moment("2026-01-13T02:30:00+00:00") == "13.01.2026, 03:30:00"  # CET, UTC+1
    assert de.moment("2026-07-13T02:30:00") == "13.07.2026, 04:30:00"  # naive is UTC; CEST, UTC+2
    assert en.day("2026-01-12") == "12 Jan 2026" and de.day("2026-01-12") == "12.01.2026"
    assert de.value(167.8, "HKD") == "167,80\xa0HK$" and en.value(167.8, "HKD") == "HK$167.80"
    assert de.value(72.956, "percent") == "72,96\xa0%" and de.value(1e308, "percent") == "∞"


def test_quality_notes_are_grouped_and_translated() -> None:
    why = (
        "Yahoo stores half-day sessions as open = high = low = close with volume 0: "
        "that range is not a traded range; the close stays usable"
    )
    notes = [
        f"9988.HK 2024-12-24: open, high, low held back ({why})",
        f"9988.HK 2024-12-31: open, high, low held back ({why})",
    ]
    (line,) = Wording("de").run_notes(notes)
    assert line.startswith("Eröffnung, Hoch, Tief an 2 Tagen nicht verwendet (Yahoo speichert Halbtage")
    assert line.endswith("9988.HK 24.12.2024, 9988.HK 31.12.2024")
    assert Wording("de").run_notes(["something new"]) == ["something new"]  # unknown: as written
    (one,) = Wording("de").run_notes(notes[:1])  # one day is 'an 1 Tag', not 'an 1 Tagen'
    assert one.startswith("Eröffnung, Hoch, Tief an 1 Tag nicht verwendet (")
    (one,) = Wording("en").run_notes(notes[:1])
    assert one.startswith("open, high, low not used on 1 day (")


@pytest.mark.parametrize(
    ("lang", "key", "one", "two"),
    [
        ("en", "run.articles", "1 article", "2 articles"),
        ("de", "run.articles", "1 Artikel", "2 Artikel"),
        ("en", "index.article_notes", "1 note on the file", "2 notes on the file"),
        ("de", "index.article_notes", "1 Hinweis zur Datei", "2 Hinweise zur Datei"),
        ("de", "morning.need_look", "1 Aussage braucht einen Blick:", "2 Aussagen brauchen einen Blick:"),
    ],
)
def test_counts_take_the_plural_form_their_number_asks_for(lang: str, key: str, one: str, two: str) -> None:
    """gettext plural forms (msgid_plural '<key>.plural'), chosen by the catalogue's Plural-Forms."""
    w = Wording(lang)
    assert (w.plural(key, 1), w.plural(key, 2)) == (one, two)


@pytest.mark.parametrize(
    ("lang", "session", "price"), [("de", "Handelstag", "Kurs von 9988.HK"), ("en", "session", "price of 9988.HK")]
)
def test_a_price_chart_names_its_axes(lang: str, session: str, price: str) -> None:
    """Both axes carry a title in the report's language beside their dates and values."""
    import re

    from claimcheck.adapters.charts import price_chart

    points = [
        ("2026-01-12", 160.0, 166.0, 165.0),
        ("2026-01-13", 164.0, 170.0, 167.8),
        ("2026-01-14", 166.0, 169.0, 168.0),
    ]
    claim = {
        "evidence": [{"date": "2026-01-13", "symbol": "9988.HK"}],
        "unit": "HKD",
        "value": 167.8,
        "band": [167.0, 168.6],
    }
    svg = price_chart(points, claim, Wording(lang))
    titles = re.findall(r'<text[^>]*class="title"[^>]*>([^<]*)</text>', svg)
    assert session in titles and price in titles


def test_claim_notes_and_file_warnings_are_worded_by_their_shape() -> None:
    """Notes the core writes with values in them read in the report's language, dates as the
    reader writes them; a file's claim note keeps its file, quote and claim id."""
    de, en = Wording("de"), Wording("en")
    note = "'Mittwoch' resolved to 2026-01-14, after the publication date 2026-01-13 (the nearest such day)"
    assert de.note(note) == (
        "„Mittwoch“ als 14.01.2026 gelesen, nach dem Veröffentlichungsdatum 13.01.2026 (der nächstgelegene solche Tag)"
    )
    assert de.note(f"000_a.txt: 4,88 (c001): {note}").startswith("000_a.txt: 4,88 (c001): „Mittwoch“ als 14.01.2026")
    assert (
        en.note(note) == "'Mittwoch' read as 14 Jan 2026, after the publication date 13 Jan 2026 (the nearest such day)"
    )
    assert de.note("x.html: publication date 2026-01-17 is a weekend day") == (
        "x.html: das Veröffentlichungsdatum 17.01.2026 ist ein Wochenendtag"
    )
    assert de.phrase("note", "'über Nacht' read as the New York session before publication").startswith("„über Nacht“")
    before = "read on the session before 2026-01-12: 2026-01-09"  # 'a day after ...', a comparison base
    assert de.note(before) == "am Handelstag vor dem 12.01.2026 gelesen: 09.01.2026"
    assert en.note(before) == "read on the session before 12 Jan 2026: 9 Jan 2026"
    either = "read on 2026-01-12 or the session before it, 2026-01-09"  # a comparison base without its day
    assert de.note(either) == "am 12.01.2026 oder am Handelstag davor, 09.01.2026, gelesen"
    assert de.note("a note of a shape no catalogue knows") == "a note of a shape no catalogue knows"
    assert (
        de.note("a.txt: 1,6 (c653f18c241d4): repeats '1,6'")
        == "a.txt: 1,6 (c653f18c241d4): wiederholt „1,6“ und wird dort geprüft"
    )
    late = "published 2026-01-16 00:10 +0100, when BABA's day was 2026-01-15: read as of it"
    assert de.note(late) == (
        "veröffentlicht 16.01.2026 00:10, als an der Börse von BABA noch der 15.01.2026 war: auf diesen Tag bezogen"
    )
    assert de.composed("BABA: 22/22 sessions in 2024-04-01 … 2024-04-30 are not held") == (
        "BABA: 22/22 Handelstage im Zeitraum 01.04.2024 … 30.04.2024 fehlen in den Kursdaten"
    )


def test_inputs_not_checked_and_cut_texts_are_worded_in_the_report_language() -> None:
    de = Wording("de")
    assert (
        de.note("/in/a.txt: binary file (NUL bytes), not an article")
        == "/in/a.txt: Binärdatei (NUL-Bytes), kein Artikel"
    )
    assert de.note("/in/p: a FIFO, not a regular file; only regular files are read") == (
        "/in/p: eine Named Pipe (FIFO), keine reguläre Datei; nur reguläre Dateien werden gelesen"
    )
    cut = (
        "big.txt: 61,600,071 characters; only the first 999,987 were checked for claims (limit 1,000,000), "
        "the remaining 60,600,084 were not read: split the file to check them"
    )
    assert de.note(cut).startswith("big.txt: 61.600.071 Zeichen; nur die ersten 999.987 wurden auf Aussagen geprüft")
    sentence = "a.txt: the sentence at character 1,024 holds 75 numbers; only its first 60 were read for claims"
    assert (
        de.note(sentence)
        == "a.txt: der Satz bei Zeichen 1.024 enthält 75 Zahlen; nur seine ersten 60 wurden auf Aussagen gelesen"
    )
    long = "a.txt: the sentence at character 0 runs to 288,000 characters; only its first 5,000 were read for claims"
    assert de.note(long) == (
        "a.txt: der Satz bei Zeichen 0 ist 288.000 Zeichen lang; nur seine ersten 5.000 wurden auf Aussagen gelesen"
    )
    assert (
        de.note("/in/x.txt: extraction failed: ValueError: boom")
        == "/in/x.txt: Extraktion fehlgeschlagen: ValueError: boom"
    )


def test_a_note_with_an_impossible_date_is_shown_as_written() -> None:
    note = "a.txt: front matter 'published: 2026-02-31' is not a plausible date; ignored"
    assert "„published: 2026-02-31“" in Wording("de").note(note)


def test_files_that_cannot_be_decoded_are_named_in_the_report_language(tmp_path: Path) -> None:
    """A user tester's UTF-32 file with a broken character was listed as 'not valid UTF-32 (code point
    in surrogate code point range(0xd800, 0xe000) at byte 4)' in a German report: every error the article
    reader writes is worded by the catalogue, the codec's reason too; in English as the reader wrote it."""
    from claimcheck.adapters.articles import ArticleError, decode

    de, en = Wording("de"), Wording("en")
    files = {
        "utf32.txt": (
            codecs.BOM_UTF32_LE + "Alibaba".encode("utf-32-le") + b"\x00\xd8\x00\x00",
            "kein gültiges UTF-32",
        ),
        "utf16.txt": (codecs.BOM_UTF16_LE + b"A", "kein gültiges UTF-16 (abgeschnittene Daten bei Byte 2)"),
        "bytes.txt": (
            b"Kurs \xc3 \x81",
            "weder als UTF-8 (ungültiges Folgebyte bei Byte 5) noch als Windows-1252 lesbar",
        ),
    }
    for name, (data, german) in files.items():
        with pytest.raises(ArticleError) as raised:
            decode(tmp_path / name, data)
        error = str(raised.value)
        assert de.note(error).startswith(f"{tmp_path / name}: {german}"), error
        assert en.note(error) == error
    assert de.note(
        f"{tmp_path}/utf32.txt: not valid UTF-32 (code point in surrogate code point range(0xd800, 0xe000) at byte 32)"
    ).endswith("(Codepunkt im Surrogatbereich 0xD800 bis 0xDFFF bei Byte 32)")
    others = {
        "/in/a.txt: publication date 0999-01-01 lies outside 1900-01-01 to 2999-12-31; not checked": (
            "/in/a.txt: das Veröffentlichungsdatum 01.01.999 liegt außerhalb von 01.01.1900 bis 31.12.2999; "
            "nicht geprüft"
        ),
        "/in/a.txt: symbolic link to /etc/passwd outside /in": (
            "/in/a.txt: symbolischer Link auf /etc/passwd außerhalb von /in"
        ),
        "/in/a.txt: symbolic link that leads nowhere (a loop or a missing target)": (
            "/in/a.txt: symbolischer Link ins Leere (eine Schleife oder ein fehlendes Ziel)"
        ),
        "/in/a.txt: over the limit of 67108864 bytes (it grew while being read)": (
            "/in/a.txt: über der Grenze von 67.108.864 Bytes (die Datei wuchs beim Lesen)"
        ),
    }
    for error, german in others.items():
        assert de.note(error) == german
    assert en.note(next(iter(others))).startswith("/in/a.txt: publication date 1 Jan 999 lies outside 1 Jan 1900 to")
