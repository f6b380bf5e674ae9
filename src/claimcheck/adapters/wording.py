"""The report's words and formats in one language: every user-facing string comes from the gettext
catalogues in adapters/locale/ (German and English, compiled with Babel: `pybabel compile -d
src/claimcheck/adapters/locale -D messages`), numbers, dates and times are formatted by Babel, and
times are shown in Europe/Berlin, where the newsroom works.
"""

from __future__ import annotations

import gettext
import re
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime, get_timezone
from babel.numbers import format_currency, format_decimal, get_decimal_symbol, get_group_symbol

from claimcheck.model import CURRENCIES, Day, Figure, Message, Phrase, ScopeReason, Term
from claimcheck.rules import load_rules

LOCALES = {"de": "de_DE", "en": "en_GB"}

_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Single words the core's composed phrases keep after the phrase table ('close vs 52-week high …')
_PHRASE_WORDS = {"vs": "phrase.vs", "ECB": "data.ecb"}
# Notes the core and the article reader write with values in them (claim notes, file warnings):
# each shape is a catalogue entry whose values are the named groups, dates in the reader's format.
# The notes stay English in results.json and the logs; only the report words them.
_NOTE_SHAPES = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^(?P<file>[^:]+): (?P<quote>.+) \((?P<id>c[0-9a-f]+)\): (?P<note>.+)$", "note.of_claim"),
        (
            r"^'(?P<word>[^']+)' resolved to (?P<day>\S+), after the publication date (?P<published>\S+) "
            r"\(the nearest such day\)$",
            "note.resolved_after_publication",
        ),
        (r"^'(?P<word>[^']+)' read as the sessions from (?P<start>\S+) to (?P<end>\S+)$", "note.read_as_sessions"),
        (r"^extreme set on (?P<day>\S+); read as of publication$", "note.extreme_set_on"),
        (r"^read on the session before (?P<day>\S+): (?P<before>\S+)$", "note.session_before"),
        (r"^read on (?P<day>\S+) or the session before it, (?P<before>\S+)$", "note.day_or_session_before"),
        (
            r"^published (?P<at>\S+ \S+) \S+, when (?P<listing>\S+)'s day was (?P<day>\S+): read as of it$",
            "note.read_as_of_listing_day",
        ),
        (r"^repeats '(?P<quote>.+)'$", "note.repeats"),
        (r"^measured from the close of (?P<day>\S+)$", "note.measured_from_close"),
        (r"^measured from the low of (?P<day>\S+)$", "note.measured_from_low"),
        (r"^measured from the high of (?P<day>\S+)$", "note.measured_from_high"),
        (r"^no venue named: assumed (?P<company>.+)'s home listing$", "note.assumed_home_listing"),
        (r"^the article names Nasdaq; (?P<listing>\S+) trades on the NYSE$", "note.nasdaq_nyse"),
        (r"^(?P<file>[^:]+): HTML markup and scripts ignored$", "note.markup_ignored"),
        (r"^(?P<file>[^:]+): publication date (?P<day>\S+) lies in the future$", "note.published_in_future"),
        (r"^(?P<file>[^:]+): publication date (?P<day>\S+) is a weekend day$", "note.published_on_weekend"),
        (r"^(?P<file>[^:]+): no publication date found; date-bound claims are unverifiable$", "note.no_published"),
        (r"^(?P<file>[^:]+): publication date guessed from '(?P<hint>.+)' as (?P<day>\S+)$", "note.published_guessed"),
        (r"^(?P<file>[^:]+): not UTF-8; decoded as Windows-1252 \(Latin-1 compatible\)$", "note.decoded_cp1252"),
        (r"^(?P<file>[^:]+): malformed front matter ignored \((?P<why>.*)\)$", "note.front_matter_ignored"),
        (
            r"^(?P<file>[^:]+): front matter 'published: (?P<value>.*)' is not a (?:plausible )?date; ignored$",
            "note.front_matter_date",
        ),
        (
            r"^(?P<file>[^:]+): the page's publication date '(?P<value>.*)' is not a (?:plausible )?date; ignored$",
            "note.page_date",
        ),
        (
            r"^(?P<file>[^:]+): (?P<total>[\d,]+) characters; only the first (?P<shown>[\d,]+) were checked for claims "
            r"\(limit (?P<limit>[\d,]+)\), the remaining (?P<rest>[\d,]+) were not read: split the file to check them$",
            "note.text_cut",
        ),
        (
            r"^the sentence at character (?P<at>[\d,]+) holds (?P<n>[\d,]+) numbers; only its first (?P<first>[\d,]+) "
            r"were read for claims$",
            "note.sentence_cut",
        ),
        (
            r"^the sentence at character (?P<at>[\d,]+) runs to (?P<n>[\d,]+) characters; only its first "
            r"(?P<first>[\d,]+) were read for claims$",
            "note.sentence_long",
        ),
        # errors entries: the file was not checked
        (r"^(?P<file>[^:]+): binary file \(NUL (?:bytes|characters)\), not an article$", "note.binary"),
        (r"^(?P<file>[^:]+): empty file$", "note.empty"),
        (r"^(?P<file>[^:]+): HTML page without text$", "note.html_without_text"),
        (
            r"^(?P<file>[^:]+): a (?P<kind>FIFO|socket|character device|device or a folder), not a regular file; "
            r"only regular files are read$",
            "note.not_regular",
        ),
        (r"^(?P<file>[^:]+): (?P<size>[\d,]+) bytes is over the limit of (?P<limit>[\d,]+) bytes$", "note.too_large"),
        (r"^(?P<file>[^:]+): cannot be read \((?P<why>.*)\)$", "note.unreadable"),
        (
            r"^(?P<file>[^:]+): not valid (?P<encoding>UTF-16|UTF-32) \((?P<reason>.+) at byte (?P<at>\d+)\)$",
            "note.invalid_encoding",
        ),
        (
            r"^(?P<file>[^:]+): not decodable as UTF-8 \((?P<reason>.+) at byte (?P<at>\d+)\) nor as Windows-1252$",
            "note.undecodable",
        ),
        (r"^(?P<file>[^:]+): over the limit of (?P<limit>[\d,]+) bytes \(it grew while being read\)$", "note.grew"),
        (
            r"^(?P<file>[^:]+): publication date (?P<day>\S+) lies outside (?P<start>\S+) to (?P<end>\S+); "
            r"not checked$",
            "note.published_outside",
        ),
        (r"^(?P<file>[^:]+): symbolic link that leads nowhere \(a loop or a missing target\)$", "note.dangling_link"),
        (r"^(?P<file>[^:]+): symbolic link to (?P<target>.+) outside (?P<folder>.+)$", "note.link_outside"),
        (r"^(?P<file>[^:]+): the folder cannot be listed \((?P<why>.*)\)$", "note.folder_unlisted"),
        (r"^(?P<file>[^:]+): (?P<stage>extraction|verification) failed: (?P<why>.*)$", "note.failed"),
        (r"^(?P<file>[^:]+): (?P<note>.+)$", "note.of_file"),  # a file's note of the extractor (last: any other)
    )
)
_COUNTS = ("total", "shown", "limit", "rest", "at", "n", "first", "size")  # integers, written with ',' groups
# The quote-quality notes of a run (adapters/gx_validation.quarantine): 'SYMBOL DAY: FIELDS held back (WHY)'
# or 'SYMBOL DAY: warning (WHY)'; grouped per reason, so ten half-day sessions are one line.
_QUALITY_NOTE = re.compile(
    r"^(?P<symbol>\S+) (?P<day>\d{4}-\d{2}-\d{2}): (?:(?P<fields>[\w, ]+) held back|warning) \((?P<why>.*)\)$"
)
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
NEWSROOM_TIMEZONE = get_timezone("Europe/Berlin")
OPEN_EDGE = 1e300  # a one-sided band's open side is written as ±1e308


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalogue of a language; a missing one is an installation error, not a fallback."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


class Wording:
    """Words and formats of one report language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = Locale.parse(LOCALES[lang])
        self._catalogue = translations(lang)
        self._marks = get_decimal_symbol(self.locale), get_group_symbol(self.locale)
        # Babel formats a value in ~20 µs; a report formats the same sessions, counts and prices
        # thousands of times, so each formatted form is kept (bounded: a report has few distinct ones).
        self.number = lru_cache(maxsize=65536)(self._number)  # type: ignore[method-assign]
        self.value = lru_cache(maxsize=65536)(self._value)  # type: ignore[method-assign]
        self.day = lru_cache(maxsize=8192)(self._day)  # type: ignore[method-assign]
        self.count = lru_cache(maxsize=8192)(self._count)  # type: ignore[method-assign]
        self.composed = lru_cache(maxsize=65536)(self._composed)  # type: ignore[method-assign]

    def text(self, key: str, **values: object) -> str:
        message = self._catalogue.gettext(key)
        return message % values if values else message

    def plural(self, key: str, n: int, **values: object) -> str:
        """A catalogue entry with plural forms (msgid_plural '<key>.plural'), its form chosen by `n`
        as the language's Plural-Forms say ('1 Artikel', '1 article', '2 articles'); `n` is written
        as a count unless the values name it."""
        message = self._catalogue.ngettext(key, f"{key}.plural", n)
        return message % {"n": self.count(n), **values}

    def known(self, key: str) -> bool:
        return self._catalogue.gettext(key) != key

    def known_plural(self, key: str) -> bool:
        """Whether the catalogue holds `key` as an entry with plural forms (see `plural`)."""
        return self._catalogue.ngettext(key, f"{key}.plural", 1) != key

    def verdict(self, verdict: str) -> str:
        return self.text(f"verdict.{verdict}")

    def kind(self, kind: str) -> str:
        """A plain label for a claim kind ('ytd_return' reads 'Entwicklung seit Jahresbeginn')."""
        key = f"kind.{kind}"
        return self.text(key if self.known(key) else "kind.other")

    def field(self, name: str) -> str:
        key = f"field.{name}"
        return self.text(key if self.known(key) else "field.other")

    def data_source(self, source: str) -> str:
        """'snapshot, fetched 2026-11-29' reads 'Offline-Kursdaten'; 'derived: BABA ÷ …' 'abgeleitet'."""
        head = source.replace(":", ",").split(",")[0].strip().lower()
        key = f"data.{head}"
        return self.text(key) if self.known(key) else source

    def phrase(self, group: str, text: str) -> str:
        """A fixed phrase of the core (a confidence reason, a claim note) in the report's language;
        a note with values in it (a date, a quoted word) by its shape; any other as it was written."""
        key = f"{group}.{text}"
        if self.known(key):
            return self.text(key)
        return self.note(text) if group == "note" else text

    def note(self, text: str) -> str:
        """A claim note or file warning in the report's language (see _NOTE_SHAPES)."""
        if self.known(f"note.{text}"):
            return self.text(f"note.{text}")
        for shape, key in _NOTE_SHAPES:
            match = shape.match(text)
            if match:
                return self.text(
                    key, **{name: self._note_value(name, value) for name, value in match.groupdict().items()}
                )
        return text

    def _note_value(self, name: str, value: str) -> str:
        if name == "note":
            return self.note(value)
        if name in _COUNTS and value.replace(",", "").isdigit():
            return self.count(int(value.replace(",", "")))
        if name in ("kind", "stage"):
            return self.text(f"note.{name}.{value}")
        if name == "reason":  # a codec's reason ('invalid start byte'); one no catalogue knows as written
            return self.text(f"note.reason.{value}") if self.known(f"note.reason.{value}") else value
        return self.reader_dates(value)

    def say(self, message: Message) -> str:
        """A core message in the report's language: its catalogue sentence with each value worded."""
        return self.text(message.key, **{name: self._worded(value) for name, value in message.values.items()})

    def _worded(self, value: object) -> str:
        if isinstance(value, Message):
            return self.say(value)
        if isinstance(value, Term):
            return self.term(value.key)
        if isinstance(value, Figure):
            return self.figure(value)
        if isinstance(value, Day):
            return self.day(value.iso) if len(value.iso) == 10 else self.month(value.iso)
        if isinstance(value, Phrase):
            return self.composed(value.text)
        if isinstance(value, ScopeReason):
            rules = load_rules()
            reasons = rules.scope_reasons_de if self.lang == "de" else rules.scope_reasons
            return reasons.get(value.kind) or value.fallback or self.text("explain.nothing_measured")
        return str(value)

    def term(self, key: str) -> str:
        """A catalogue entry; an unknown one of a group ('label.new_kind') reads as the group's 'other'."""
        if self.known(key):
            return self.text(key)
        other = key.split(".", 1)[0] + ".other"
        return self.text(other) if self.known(other) else key

    def figure(self, figure: Figure) -> str:
        if figure.lo == figure.hi:
            return self._figure(figure.lo, figure.cls)
        return self.text(
            "explain.range", lo=self._figure(figure.lo, figure.cls), hi=self._figure(figure.hi, figure.cls)
        )

    def _figure(self, value: float, cls: str) -> str:
        """Python formats the digits, Babel supplies the marks (format_decimal per number was a
        third of the verify stage's time when the core still worded its sentences)."""
        decimal, group = self._marks
        pattern = {"percent": "+,.2f", "points": ",.1f"}.get(cls, ",.2f")
        text = format(value, pattern).replace(",", "\0").replace(".", decimal).replace("\0", group)
        if text.startswith("+-"):
            text = text[1:]
        return text + " %" if cls == "percent" else text

    def composed(self, text: str) -> str:
        return self._composed(text)

    def _composed(self, text: str) -> str:
        """Words the core composed in English (a reading's name, a reason): translated with the
        phrase table, its dates in the reader's format."""
        if self.lang != "en":
            for english, local in load_rules().phrases.get(self.lang, ()):
                text = text.replace(english, local)
            for word, key in _PHRASE_WORDS.items():
                text = re.sub(rf"\b{re.escape(word)}\b", self.text(key), text)
        return self.reader_dates(text)

    def reader_dates(self, text: str) -> str:
        """Each ISO date in a text in the reader's format; one that is no date ('2026-02-31', from a
        hostile file) stays as written."""

        def reader(match: re.Match[str]) -> str:
            try:
                return self.day(match[0])
            except ValueError:
                return match[0]

        return _ISO_DAY.sub(reader, text)

    def month(self, iso: str) -> str:
        return format_date(date.fromisoformat(iso[:7] + "-01"), format="MMMM yyyy", locale=self.locale)

    def number(self, value: float | None) -> str:
        return self._number(value)

    def _number(self, value: float | None) -> str:
        if value is None:
            return "–"
        if abs(value) >= OPEN_EDGE:
            return "∞" if value > 0 else "−∞"
        return format_decimal(value, format="#,##0.####", locale=self.locale)

    def count(self, n: int) -> str:
        return self._count(n)

    def _count(self, n: int) -> str:
        return format_decimal(n, format="#,##0", locale=self.locale)

    def value(self, value: float | None, unit: str | None) -> str:
        return self._value(value, unit)

    def _value(self, value: float | None, unit: str | None) -> str:
        """A value in its unit, as a reader writes it: '72,96 %', '167,80 HKD', 'HK$167.80'."""
        if value is None or abs(value) >= OPEN_EDGE:
            return self.number(value)
        if unit in CURRENCIES:
            return format_currency(value, unit, locale=self.locale)
        if unit == "percent":
            return format_decimal(value, format="#,##0.##", locale=self.locale) + "\u00a0%"
        if unit == "percentage_points":
            return format_decimal(value, format="#,##0.##", locale=self.locale) + "\u00a0" + self.text("unit.pp")
        return format_decimal(value, format="#,##0.##", locale=self.locale)

    def day(self, iso: str | None) -> str:
        return self._day(iso)

    def _day(self, iso: str | None) -> str:
        if not iso:
            return "–"
        return format_date(date.fromisoformat(iso[:10]), format="medium", locale=self.locale)

    def short_day(self, iso: str) -> str:
        return format_date(date.fromisoformat(iso[:10]), format="d MMM", locale=self.locale)

    def moment(self, iso: str | None) -> str:
        """An instant (ISO, UTC when naive) in Berlin time, in the reader's format."""
        if not iso:
            return "–"
        instant = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=get_timezone("UTC"))
        return format_datetime(instant, format="medium", tzinfo=NEWSROOM_TIMEZONE, locale=self.locale)

    def run_notes(self, notes: list[str]) -> list[str]:
        """A run's notes in the report's language: quote-quality notes grouped per reason and field
        set, fixed phrases translated; any other note as the pipeline wrote it."""
        groups: dict[tuple[str, str], list[str]] = {}
        lines: list[str] = []
        for note in notes:
            match = _QUALITY_NOTE.match(note)
            if match is None:
                lines.append(self.phrase("note", note))
                continue
            days = groups.setdefault((match["fields"] or "", match["why"]), [])
            days.append(f"{match['symbol']} {self.day(match['day'])}")
        for (fields, why), days in groups.items():
            reason = self.phrase("why", why) if " " in why else self.text("quality.rule", rule=why)
            shown = ", ".join(days)
            if fields:
                names = ", ".join(self.field(name.strip()) for name in fields.split(","))
                lines.append(self.plural("quality.held_back", len(days), fields=names, why=reason, days=shown))
            else:
                lines.append(self.plural("quality.warning", len(days), why=reason, days=shown))
        return lines


@cache
def wording(lang: str) -> Wording:
    """The one Wording of a language in this process, its caches shared by every report."""
    return Wording(lang)
