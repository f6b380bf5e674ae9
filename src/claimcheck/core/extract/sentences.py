"""A text's language, its sentences, its summary lists, and the hits of a pattern set in one sentence.

The first step of extraction: everything after it works sentence by sentence on these spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from claimcheck.core.dates import ENGLISH_MONTH_ABBREVIATIONS, MONTHS
from claimcheck.first_chars import first_literals, hits_at_starts, literal_heads, with_first_chars
from claimcheck.rules import PatternRows
from claimcheck.word_scan import WordIndex, WordPositions, fold, fold_sentence, prefix_tree

# (a sentence's first word counts as well: a text of one sentence, 'The Hang Seng closed at 26,845 points on Friday',
# holds no other of them and was told German by default, its '26,845' read as 26.845)
_GERMAN = ("der", "die", "das", "Der", "Die", "Das", "und", "ist", "mit", "auf", "am", "nicht", "sich", "Aktie")
_ENGLISH = ("the", "The", "and", "is", "with", "shares", "of", "on", "to", "was")
# Both lists in one scan: whole words, none in both lists, so each found word counts for one language.
# A word is found after the character before it, which is no word character (a blank put before the
# text stands for its start): the engine skips ahead to such characters by itself, a quarter faster
# than trying '\b' and a lead of first letters at every position; the same words.
_LANGUAGE_WORDS = re.compile(rf"\W({prefix_tree(_GERMAN + _ENGLISH)})\b")
_ABBREVIATIONS = ("ca", "Mio", "Mill", "Mrd", "Bill", "Tsd", "bzw", "z.B", "u.a", "Nr", "Dr", "vs", "St")
# a company's legal form before a ticker or 'ADR' ('Amazon.com Inc. AMZN fell 0.38%', 'Alibaba Group Holding
# Ltd. ADR BABA rose'): the sentence goes on; before a capitalised word it may end one ('... Systems Inc. Shares')
_LEGAL_FORMS = frozenset({"Inc", "Corp", "Co", "Ltd", "Cos", "Plc", "plc"})
_TICKER_NEXT = re.compile(r"[A-Z]{2,6}\b")
_MONTH_ABBREVIATIONS = frozenset(ENGLISH_MONTH_ABBREVIATIONS.split("|"))  # before a day: 'since Jan. 2, when
# A sentence ends after '.', '!' or '?' with blanks (a closing quote may stand between) before a
# capital, a digit or an opening quote; a line ends one too. Written as
#     (?<=[.!?])["'“”„»«]?\s+(?=["'“”„»«]?[A-ZÄÖÜ0-9])|\n\s*
# but led by the class of its first character (a quote or a blank), so that the engine skips ahead
# to those: the same matches, in a third less time.
_QUOTES = "\"'“”„»«"
_BOUNDARY_REST = (
    rf"(?:(?<=[.!?][{_QUOTES}])\s+(?=[{_QUOTES}]?[A-ZÄÖÜ0-9])"
    rf"|(?<=[.!?]\s)\s*(?=[{_QUOTES}]?[A-ZÄÖÜ0-9])|(?<=\n)\s*)"
)
_BOUNDARY = re.compile(rf"[{_QUOTES}\s]{_BOUNDARY_REST}")


# a decimal with one or two digits beside a currency or a percent sign: 'HK$174.00', '+9.2%' in English,
# '174,00 HKD', '+9,2 %' in German; a date ('09.10.') or a clock time ('16.10 Uhr') has neither; so is a number with
# both marks, grouped thousands before its decimals ('26,710.45', '26.710,45')
_ENGLISH_DECIMAL = re.compile(r"(?:[$€£]|\b[A-Z]{3}\s?)\d[\d,]*\.\d{1,2}(?!\d)|\d\.\d{1,2}\s?%|\d,\d{3}\.\d")
_GERMAN_DECIMAL = re.compile(r"\d,\d{1,2}\s?(?:%|Prozent\b|[A-Z]{3}\b|Euro\b|Dollar\b)|\d\.\d{3},\d")


def detect_language(text: str) -> str:
    """German or English, by which language's common words the text's head holds more of; a tie
    (a price table holds none: 'Alibaba (9988.HK): HK$174.00, +9.2%') by the decimal marks of its numbers."""
    sample = text[:5000]
    words = _LANGUAGE_WORDS.findall(" " + sample)
    english = sum(word in _ENGLISH for word in words)
    if english * 2 == len(words):
        english, german = len(_ENGLISH_DECIMAL.findall(sample)), len(_GERMAN_DECIMAL.findall(sample))
        return "en" if english > german else "de"
    return "en" if english > len(words) - english else "de"


# A period after a number is an end after an English date or a year ('on April 9. The', 'in 2025. Die'):
# a German ordinal ('am 9. April', '3. Quartal') has one or two digits and its noun after it
_ENDS_A_DATE = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"{ENGLISH_MONTH_ABBREVIATIONS})\.?\s+\d{{1,2}}|\b(?:19|20)\d\d)\.?$"
)


# after a number's period, a word no ordinal stands before ('Das KGV liegt bei 15. Seit April ...', 'The RSI is
# at 48. The stock ...'): an article, pronoun, preposition or conjunction opens the next sentence
_OPENS_A_SENTENCE = re.compile(
    r"[\"'„“”‚‘’»«]?(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Seit|Seitdem|Im|Am|Auf|Mit|Zum|Zur|Bei|Von|Vor|Nach|"
    r"Für|Es|Sie|Er|Auch|Doch|Aber|Dabei|Damit|Somit|Zuletzt|Insgesamt|Dagegen|Danach|Zudem|Außerdem|Allerdings|"
    r"Nun|Jetzt|Heute|Gestern|Trotz|Wegen|Während|Laut|Nachdem|Dies|Diese|Dieser|Dieses|The|It|Its|On|At|By|From|"
    r"With|As|After|Before|Since|Shares|This|That|These|Those|They|But|And|Analysts|Investors)\b"
)
# a month's name after a number's period: a German date ('vom 2. Oktober'), in a text of either language
_MONTH_NEXT = re.compile(rf"(?:{'|'.join(name.capitalize() for name in MONTHS)})\b")


def sentence_spans(text: str, lang: str = "de") -> list[tuple[int, int]]:
    """Sentences and lines; a period after an abbreviation is not an end, nor one after a number in German, where
    it may be an ordinal's ('am 9. April'); English writes none ('its RSI is at 27. Nasdaq 100 futures ...')."""
    spans: list[tuple[int, int]] = []
    start = 0
    for at, end in _boundaries(text):
        if text.find("\n", at, end) < 0 and _no_end(text, start, at, end, lang):
            continue
        _keep(spans, text[start:at].rstrip(), start)
        start = end
    _keep(spans, text[start:].rstrip(), start)
    return spans


def _no_end(text: str, start: int, at: int, end: int, lang: str) -> bool:
    """A boundary text[at:end] within a line after a number or an abbreviation is none. Only the last
    word before it is looked at: a skipped boundary must not make the next one re-read the whole
    sentence (quadratic on a text full of 'ca.')."""
    tail = text[max(start, at - 40) : at].rstrip()
    # a bracket or quote opening the word is not the word: '683 HKD (2. Oktober)' is a date in brackets, no end
    last_word = tail.rsplit(None, 1)[-1].rstrip(".").lstrip("([\"'„“‚‘»«") if tail else ""
    number = last_word.isdigit()
    return (
        (number and lang == "de" and not _ENDS_A_DATE.search(tail) and not _OPENS_A_SENTENCE.match(text, end))
        or (number and len(last_word) <= 2 and _MONTH_NEXT.match(text, end) is not None)
        or last_word in _ABBREVIATIONS
        or (last_word in _MONTH_ABBREVIATIONS and text[end : end + 1].isdigit())  # 'Jan. 2'
        or (last_word in _LEGAL_FORMS and _TICKER_NEXT.match(text, end) is not None)
        or (last_word in ("a.m", "p.m") and _TIME_ZONE_NEXT.match(text, end) is not None)  # '11:30 a.m. ET'
    )


# a time zone after a clock time's 'a.m.'/'p.m.' goes on the sentence ('were up 9.4% as of 11:30 a.m. ET.')
_TIME_ZONE_NEXT = re.compile(r"(?:ET|EST|EDT|CET|CEST|HKT|GMT|UTC)\b")


# `_BOUNDARY` led by the mark it follows, which the engine skips ahead to by itself: after '.', '!'
# or '?' the boundary is the group `after`; at a line break it starts with the break itself, its
# first character (a blank), and goes on as the group `rest`
_BOUNDARY_WITH_MARK = re.compile(
    rf"[.!?\n](?:(?<=\n)(?P<rest>{_BOUNDARY_REST})|(?<=[.!?])(?P<after>[{_QUOTES}\s]{_BOUNDARY_REST}))"
)


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_BOUNDARY.finditer(text)`, found where a match can start only: its first
    character follows '.', '!' or '?' (the lookbehinds of the first two alternatives) or is a line
    break (the third), in one pass of `_BOUNDARY_WITH_MARK` (a third quicker than matching
    `_BOUNDARY` after each mark found by a pass of its own, 36 -> 25 us a seed text). A boundary ends
    with a blank, never with a mark, so the marks after one are those finditer would try."""
    for m in _BOUNDARY_WITH_MARK.finditer(text):
        yield (m.start(), m.end()) if m.start("rest") >= 0 else m.span("after")


def _keep(spans: list[tuple[int, int]], piece: str, start: int) -> None:
    """A sentence without its leading blanks (slicing only the piece: the text may be megabytes);
    `piece` is stripped on its right already, so it holds a word if it holds anything."""
    if piece:
        spans.append((start + len(piece) - len(piece.lstrip()), start + len(piece)))


# A heading over a bullet list that sums up the article ('Zinger Key Points', 'Das Wichtigste in
# Kürze'): its figures are said again in the body, where they carry their time and context.
_SUMMARY_WORDS = (
    "Key Points",
    "Key Takeaways",
    "Highlights",
    "At a glance",
    "Summary",
    "TL;DR",
    "Das Wichtigste",
    "Auf einen Blick",
    "In Kürze",
    "Zusammenfassung",
    "Kurz und knapp",
)
# lower-cased, as the text's one pass of words finds them (`scan.TextScan`)
SUMMARY_HEADING_WORDS = tuple(words.lower() for words in _SUMMARY_WORDS)
_SUMMARY_HEADING = re.compile(
    rf"^[^\n]{{0,40}}\b(?:{'|'.join(map(re.escape, _SUMMARY_WORDS))})\b[^\n]{{0,20}}$",
    re.MULTILINE | re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A live ticker's or flash's entry opens with its clock time ('10:10 Uhr: Handelsschluss.', '11:05 a.m. ET: The
# rally ...', '+++ Hongkong, 10:10 Uhr +++', '+++ 17:45 Dax schließt fester +++' (after plus signs, a blank before the
# entry's title is enough), '0712 ET - Nvidia rises ...'): a new report of the day it was written,
# whatever day the entry before it looked back to ("Thursday's close").
# A newswire's stamp writes the clock time as four digits before its zone ('0712 ET - Nvidia rises ...', Dow Jones
# Market Talk): read only with the zone named, so that a year heading a line ('2026 - ...') is no stamp.
# A British live blog prints the stamp on a line of its own, the entry's title on the next ('2.40pm GMT' over
# 'Wall Street opens lower'): a clock time with its 'am'/'pm' or zone and nothing after it on its line is a stamp too
# (a bare number alone on a line, '2.40', is none). An American live page prints its 'AM'/'PM' in capitals and the
# stamp on a line of its own under the entry's title ('Chinese Tech Stocks Extend Losses' over '01:12 PM EST' over
# the entry's text): a stamp alone on the second line of its paragraph, under a title ending on no full stop, opens
# the entry as one heading it would (`_entry_stamp`).
# An app's feed or a newsletter's list of alerts prints a pictograph or bullet before the stamp and a middle dot or
# bar after it ('🔔 09:14 Uhr · Kursalarm Meituan', '■ 10:15 Uhr | Dax ...'): one or two signs that are no word,
# sign of a number, bracket or quote before the clock time, and '·', '•' or '|' after it, open an entry too.
_ZONE_WORDS = r"ET|EST|EDT|HKT|MEZ|MESZ|CET|CEST|GMT|BST|UTC"
_TICKER_STAMP = re.compile(
    r"(?:(?P<plus>\+{2,})[ \t]*(?:[^\W\d][\w .-]{0,30},[ \t]*)?|(?:[^\w\s+\-–—|(\[\"'„“‚‘$€£¥%]{1,2}[ \t]*))?"
    r"(?:(?P<hh>\d{1,2})[:.](?P<mm>\d\d)"
    rf"(?:[ \t]*(?P<word>Uhr|[ap]\.m\.|[ap]m\b|[AP]M\b))?(?:[ \t]+(?P<zone>{_ZONE_WORDS}))?"
    rf"|(?P<wire_hh>[01]\d|2[0-3])(?P<wire_mm>[0-5]\d)[ \t]+(?P<wire_zone>{_ZONE_WORDS}))"
    r"(?:[ \t]*(?::|\+{2,}|[–—·•|-][ \t])|(?<=[A-Za-z.])[ \t]*(?=\r?\n)|(?(plus)[ \t]+(?=[^\W\d])|(?!)))"
)
_STAMP_ZONES = {"Uhr": "Europe/Berlin", "ET": "America/New_York", "HKT": "Asia/Hong_Kong"}
_STAMP_ZONES |= {"GMT": "UTC", "UTC": "UTC", "BST": "Europe/London"}
_STAMP_ZONES |= dict.fromkeys(("MEZ", "MESZ", "CET", "CEST"), "Europe/Berlin") | dict.fromkeys(
    ("EST", "EDT"), "America/New_York"
)


# an entry's title over its stamp: one line of at most 150 characters ending on no sentence mark
_TITLE_OVER_STAMP = re.compile(r"[^\n]{1,150}(?<![.!?:;,])[ \t]*\r?\n[ \t]*(?=\d)")


def _entry_stamp(text: str, start: int = 0) -> re.Match[str] | None:
    """The clock stamp opening the entry at `start`: heading its first line, or alone on its second line under the
    entry's title ('Nasdaq Opens Sharply Lower' over '09:47 AM EST')."""
    m = _TICKER_STAMP.match(text, start)
    if m is not None:
        return m
    title = _TITLE_OVER_STAMP.match(text, start)
    if title is None:
        return None
    m = _TICKER_STAMP.match(text, title.end())
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    return m if not text[m.end() : len(text) if line_end < 0 else line_end].strip() else None


def opens_ticker_entry(text: str, start: int) -> bool:
    """Whether the paragraph starting at `start` is a ticker entry led by its clock time."""
    return _entry_stamp(text, start) is not None


def opens_ticker_heading(text: str, start: int) -> bool:
    """Whether the ticker entry at `start` is a heading line of its own ('2:30 p.m. ET: Nvidia extends gains' over
    the entry's paragraphs, as live blogs print it): a stamp and a title ending on no full stop, its paragraph's one
    line."""
    m = _entry_stamp(text, start)
    if m is None:
        return False
    line_end = text.find("\n", m.end())
    title = text[m.end() : len(text) if line_end < 0 else line_end].strip()
    if not title and line_end >= 0:
        return True  # a stamp on a line of its own ('2.40pm GMT' over the entry's title and paragraphs)
    return bool(title) and title[-1] not in ".!?:" and (line_end < 0 or not text[line_end + 1 : line_end + 2].strip())


def ticker_stamp_end(sentence: str) -> int:
    """Where the clock stamp heading a ticker entry's sentence ends ('10:15 Uhr: ...'), 0 without one."""
    m = _entry_stamp(sentence)
    return m.end() if m is not None else 0


def ticker_entry_time(
    text: str, start: int, day: date | None, published_at: datetime | None, text_zone: str | None = None
) -> datetime | None:
    """The instant a ticker entry was written: its clock time on the publication day, in the zone its stamp
    names ('10:10 Uhr' in Berlin, '4:02 p.m. ET'), else the publication's own, else the zone the text's language
    tells (`text_zone`: a German ticker's '+++ 09:05 +++' is Berlin time, as its 'Uhr' would be); None when it
    cannot be told or lies after the publication instant."""
    m = _entry_stamp(text, start)
    if m is None or day is None:
        return None
    hh, mm, zone_word = m["hh"] or m["wire_hh"], m["mm"] or m["wire_mm"], m["zone"] or m["wire_zone"]
    if int(hh) > 23 or int(mm) > 59:
        return None
    zone_name = _STAMP_ZONES.get(zone_word or m["word"] or "")
    zone = ZoneInfo(zone_name) if zone_name else (published_at.tzinfo if published_at is not None else None)
    if zone is None and text_zone is not None:
        zone = ZoneInfo(text_zone)
    if zone is None:
        return None
    hour = int(hh)
    if (word := (m["word"] or "").lower()) in ("a.m.", "p.m.", "am", "pm"):
        hour = hour % 12 + (12 if word.startswith("p") else 0)
    written = datetime(day.year, day.month, day.day, hour, int(mm), tzinfo=zone)
    # a clock time after the publication's own is an entry of the day before (a blog dated by its last update)
    return None if published_at is not None and written > published_at else written


# A forum's post or a reader's comment opens with a header line naming its author and the date and clock time it was
# written, nothing after them on the line ('„HKTrader" · 24.02.2026, 10:12 Uhr', 'Börsenfuchs schrieb am 24.02.2026 um
# 10:12', 'DragonInvest | 27.02.2026 22:45'): a dated entry stamp, the text under it up to the next one written then.
_DATED_ENTRY = re.compile(
    r"[ \t]*(?:[^\n]{0,80}?[\s·•|,:–—-])?(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>20\d\d),?[ \t]+(?:um[ \t]+|at[ \t]+)?"
    r"(?P<hh>\d{1,2}):(?P<mm>\d\d)(?:[ \t]*(?P<word>Uhr|[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    rf"(?:[ \t]+(?P<zone>{_ZONE_WORDS}))?[ \t]*\r?\n"
)
_DATED_ENTRY_LINE = re.compile(rf"^{_DATED_ENTRY.pattern}", re.MULTILINE)


def dated_entries(text: str) -> int:
    """How many lines of the text are dated entry stamps (a post's header), at most two counted."""
    found = 0
    for _ in _DATED_ENTRY_LINE.finditer(text):
        found += 1
        if found == 2:
            break
    return found


def dated_entry_time(text: str, start: int, published_at: datetime | None, text_zone: str | None) -> datetime | None:
    """The instant the entry at `start` was written where its first line is a dated entry stamp (a post's header:
    '„HKTrader" · 24.02.2026, 10:12 Uhr'): its date and clock time, in the zone its stamp names, else the
    publication's, else the one the text's language tells; None without such a stamp, or for an impossible one."""
    m = _DATED_ENTRY.match(text, start)
    if m is None:
        return None
    zone_name = _STAMP_ZONES.get(m["zone"] or m["word"] or "")
    zone = ZoneInfo(zone_name) if zone_name else (published_at.tzinfo if published_at is not None else None)
    if zone is None and text_zone is not None:
        zone = ZoneInfo(text_zone)
    hour = int(m["hh"])
    if (word := (m["word"] or "").lower()) in ("a.m.", "p.m.", "am", "pm"):
        hour = hour % 12 + (12 if word.startswith("p") else 0)
    try:
        return datetime(int(m["y"]), int(m["mo"]), int(m["d"]), hour, int(m["mm"]), tzinfo=zone)
    except ValueError:
        return None


def summary_blocks(text: str, heading_words: WordPositions | None = None) -> list[tuple[int, int]]:
    """Each summary list: from its heading to the next blank line, and bullets right under the headline.
    `heading_words`: where the
    `SUMMARY_HEADING_WORDS` stand in the folded text (found with the text's other words in one pass,
    `scan.TextScan.positions`), or None: then they are searched for here."""
    standfirst = _STANDFIRST_BULLETS.match(text)
    blocks = [(standfirst.start("bullets"), standfirst.end("bullets"))] if standfirst else []
    if heading_words is None:
        heading_words = WordPositions(fold(text), SUMMARY_HEADING_WORDS)
    if not heading_words.anywhere:
        return blocks  # most texts: no heading's words at all, the pattern need not try every line
    for heading in _SUMMARY_HEADING.finditer(text):
        # (a blank line between the heading and its first bullet, as pages taken from the web print it, ends no list)
        bullets = _BULLETS_AFTER_BLANK.match(text, heading.end())
        end = _BLANK_LINE.search(text, bullets.start("first") if bullets else heading.end())
        blocks.append((heading.start(), end.start() if end else len(text)))
    return blocks


# the first bullet of a list after a blank line under its heading ('Key Points', a blank line, '- Alibaba's ...')
_BULLETS_AFTER_BLANK = re.compile(r"[ \t]*\n(?:[ \t]*\n)+(?P<first>[ \t]*[-•*–][ \t]+\S)")


# bullets right under a headline, before the body ('Hong Kong stocks slide ...' then '- Hang Seng Index gives up an
# early gain ... and closes 1.4 per cent lower'): the standfirst's summary of the body, as under 'Key Points'
_STANDFIRST_BULLETS = re.compile(r"[^\n]{1,200}\n[ \t]*\n(?P<bullets>(?:[ \t]*[-•*–][ \t]+[^\n]+\n?){1,6})")


@lru_cache(maxsize=16)  # a few pattern sets per sentence; sentences may be long
def pattern_hits(sentence: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of every pattern's hits in a sentence, found once for all its numbers:
    scanning the sentence again for each number is quadratic on a long one. The rows of the rule
    tables (`PatternRows`) are matched only where one of their literal heads stands (`_RowHeads`)."""
    folded = fold_sentence(sentence) if isinstance(patterns, PatternRows) else None
    if folded is not None:
        return _RowHeads.of(patterns).hits(sentence, folded)
    return tuple((hit.start(), hit.end(), label) for pattern, label in patterns for hit in pattern.finditer(sentence))


@dataclass(frozen=True)
class _RowHeads:
    """The literal heads of a set of pattern rows (`first_chars.literal_heads`; for a row without
    them, its first characters where they are a few literal ones, `first_literals`: a minus sign)
    in one Aho-Corasick index: one pass over a folded sentence says where each row may match, and
    the row is matched there only (the same hits as its finditer: every match starts at one of its
    heads). A row without heads is searched as it is. The direction rows are asked of every sentence
    with a number: at their heads they take half the time (14 -> 7 us a sentence), the ticker rows a
    quarter; the minus sign's row, tried at every position before, 1.9 us a sentence."""

    rows: tuple[tuple[re.Pattern[str], str], ...]
    index: WordIndex
    head_rows: dict[int, tuple[int, ...]]  # word id -> the rows it is a head of
    searched: frozenset[int]  # rows without heads

    @staticmethod
    @lru_cache(maxsize=16)
    def of(rows: PatternRows) -> _RowHeads:
        heads = [literal_heads(pattern) or first_literals(pattern) for pattern, _ in rows]
        index = WordIndex(head for row in heads for head in row or ())
        head_rows: dict[int, list[int]] = {}
        for row, row_heads in enumerate(heads):
            for head in row_heads or ():
                head_rows.setdefault(index.ids[head], []).append(row)
        return _RowHeads(
            tuple(rows),
            index,
            {word: tuple(owners) for word, owners in head_rows.items()},
            frozenset(row for row, row_heads in enumerate(heads) if row_heads is None),
        )

    def hits(self, sentence: str, folded: str) -> tuple[tuple[int, int, str], ...]:
        starts: dict[int, set[int]] = {}
        for start, word in self.index.starts(folded):
            for row in self.head_rows[word]:
                starts.setdefault(row, set()).add(start)
        # only the rows that may match here, in the table's order: most sentences hold the heads of few of
        # the direction table's hundreds of rows, and going through them all took most of the time
        hits: list[tuple[int, int, str]] = []
        for row in sorted(self.searched.union(starts)):
            pattern, label = self.rows[row]
            found = (
                pattern.finditer(sentence)
                if row in self.searched
                else hits_at_starts(pattern, sorted(starts[row]), sentence)
            )
            hits.extend((hit.start(), hit.end(), label) for hit in found)
        return tuple(hits)


# where a clause ends inside a sentence: a comma not inside a number nor before an apposed date, a semicolon, a colon, a
# dash, or a subordinating conjunction
_APPOSED_DATE = (
    r"(?!(?<=day,|tag,)\s+(?:den\s+)?(?:\d{1,2}\.\s?)?(?:"
    + "|".join(sorted({*MONTHS, *ENGLISH_MONTH_ABBREVIATIONS.lower().split("|")}, key=len, reverse=True))
    + r")\b)"
)
SUBCLAUSE_BREAK = with_first_chars(
    # ('the day before.' ends a clause: no 'before' opening one)
    re.compile(
        r",(?!\d)" + _APPOSED_DATE + r"|[;:–—]|\s-\s|"
        r"\b(?:nachdem|während|weil|bevor|after|while|before(?!\s*(?:[.,;:)–—]|$))|whereas)\b",
        re.I,
    )
)
