"""Numbers as written in German and English finance copy: '4,88', '1.000', '3,2 Mrd.', '85–90 %'.

Only numbers that carry a unit, a currency or a scale word are mentions; years, times of
day, tickers, ordinals in dates and parts of names ('Qwen3', '12-Monats-Kursziel') are not.
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from text_to_num import text2num

from claimcheck.core.dates import ENGLISH_MONTH_ABBREVIATIONS, MONTHS
from claimcheck.first_chars import hits_at_starts, literal_heads, with_first_chars
from claimcheck.model import CURRENCIES
from claimcheck.rules import NumberWord, Rules
from claimcheck.word_scan import WordHits

HYPHENS = "-‐‑‒–—"
# Digit groups are set off by '.', ',', or a space: typeset text's no-break, narrow no-break or thin space,
# and the plain space of agency copy ('auf 25 906 Punkte', dpa-AFX's style); Swiss copy sets them off by an
# apostrophe, straight or typographic ('25'906.12 Punkte'). A space or an apostrophe sets off only a group
# of three digits after one of up to three, so '2024 150' stays two numbers.
_GROUP_MARKS = " \u00a0\u202f\u2009'\u2019"
_DIGITS = rf"\d{{1,3}}(?:[.,{_GROUP_MARKS}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Zero-width characters (pasted from web pages) are ignored inside numbers: '166\u200b,31' is 166.31.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# The sign a mention's number may follow ('HK$174', '€ 5', 'USD 3'), a blank between them allowed
_SIGNS = ("HK$", "HK-$", "US$", "$", "€", "USD", "HKD", "EUR")
_SIGN_FIRST = frozenset(sign[0] for sign in _SIGNS)
_SIGN_REACH = max(map(len, _SIGNS)) + 1  # how far before its number a sign (and its blank) starts
# A digit a mention's number can start at: none after a word character (a digit too), '.', ',', ':' or
# '/' (the mention's own lookbehind); led by the digit, which the engine skips ahead to by itself
_NUMBER_START = re.compile(r"\d(?<![\w.,:/]\d)|(?<=USD|HKD|EUR)\d")  # (a code right before: 'USD154.45')
# The same where a text holds no decimal digit but 0-9 (its one word pass says so, `other_digits` among its
# words): a class of the ten ASCII digits, which the engine tests by a bitmap instead of by the Unicode tables
# as for '\d' ('٣' and '３' are digits too): 31 -> 18 us a seed text
_ASCII_NUMBER_START = re.compile(r"[0-9](?<![\w.,:/][0-9])|(?<=USD|HKD|EUR)[0-9]")
_MONTHS = "Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_WORD_LETTERS = string.ascii_letters + "ÄÖÜäöüß"  # what a number word is spelt with
# (up to 60 letters: a spoken level is one word, 'dreiundzwanzigtausendfünfhundertneunzig Punkte'; the longest
# below 100,000, 'siebenundsiebzigtausendsiebenhundertsiebenundsiebzig', has 52)
_WORD_REACH = 60
_NUMBER_WORD = rf"[{_WORD_LETTERS}]{{3,{_WORD_REACH}}}"
_CAPITAL_MONTHS = "|".join(name.capitalize() for name in MONTHS)  # both languages, capitalised: 'may' is a verb
# '19. Februar', '24 November': a day of the month, the day first
_MONTH_AFTER_DOT = re.compile(rf"(?:\.\s?(?:{_MONTHS})|(?:st|nd|rd|th)?\s(?:{_CAPITAL_MONTHS}))\b")
# 'November 24, 2025', 'Nov. 24': a day of the month in the English order, not after a German date's month ('am 10.
# November 16 Prozent')
_DAY_DIGITS = re.compile(r"\d{1,2}(?![\d.,])")
_UNIT_AFTER = re.compile(r"\s?(?:%|Prozent|percent|per cent|Punkte|points|Dollar|Euro|HK|US|EUR|USD|HKD)")
_MONTH_BEFORE = re.compile(rf"(?<!\d\.\s)(?<!\d\.)\b(?:{_CAPITAL_MONTHS}|{ENGLISH_MONTH_ABBREVIATIONS})\.?\s\Z")


@dataclass(frozen=True)
class NumberMention:
    start: int  # span of the number itself (both ends of a range)
    end: int
    value: float
    value_high: float | None
    scale: float
    unit: str | None  # percent | percentage_points | points | HKD | USD | EUR | CNY | None
    decimals: int
    unit_end: int  # end of the unit or scale word, for context windows
    ratio_word: bool = False  # a ratio written in words ('verdoppelt', 'ein Drittel'): restates a figure near it


_NO_GROUP_MARKS = str.maketrans("", "", _GROUP_MARKS)


def parse_number(token: str, lang: str) -> tuple[float, int]:
    """Return (value, decimals) for one numeric token in the article's convention; ValueError when
    its marks fit neither convention ('1.000,000.5')."""
    token = token.strip().translate(_NO_GROUP_MARKS)
    decimal_mark, group_mark = (",", ".") if lang == "de" else (".", ",")
    if group_mark in token and decimal_mark not in token:
        groups = token.split(group_mark)
        if not all(len(g) == 3 for g in groups[1:]):
            # '166.31' in a German text: a point followed by two digits is a decimal point.
            decimal_mark, group_mark = group_mark, decimal_mark
    elif decimal_mark in token and (
        token.count(decimal_mark) > 1 or token.rfind(group_mark) > token.rfind(decimal_mark)
    ):
        # '1,000,000.5' or '1,000,000' in a German text: written the other way round, English.
        decimal_mark, group_mark = group_mark, decimal_mark
    whole, _, frac = token.replace(group_mark, "").partition(decimal_mark)
    text = whole + ("." + frac if frac else "")
    return float(text), len(frac)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(frozen=True)
class _Grammar:
    mention: re.Pattern[str]
    word_mention: re.Pattern[str]
    unit_after_blank: re.Pattern[str]  # the blank after which a word_mention's unit follows
    unit_of: tuple[tuple[re.Pattern[str], str | None, float], ...]
    currency_of: tuple[tuple[re.Pattern[str], str], ...]
    # unit word -> (unit, scale), as classified once: the words are the few the unit patterns spell
    classified: dict[str, tuple[str | None, float]] = field(default_factory=dict)


_GRAMMARS: dict[tuple[str, str], _Grammar] = {}


def _unit_alternations(rules: Rules) -> tuple[str, str, str]:
    """The scale words, the unit words and the currency words, each as one alternation."""
    return (
        _alternation([p for p, unit, _ in rules.units if not unit]),
        _alternation([p for p, unit, _ in rules.units if unit]),
        _alternation([p.pattern for p, _, _ in rules.currencies]),
    )


@lru_cache(maxsize=1)
def other_digits() -> tuple[str, ...]:
    """Every decimal digit but 0-9, as '\\d' reads them: all lie below U+20000 (the whole range is 0.1 s to
    read; tested)."""
    return tuple(re.findall(r"\d", "".join(map(chr, range(0x80, 0x20000)))))


def unit_heads(rules: Rules) -> tuple[str, ...]:
    """Lower-cased, the texts one of which every scale, unit or currency word starts with (its
    `first_chars.literal_heads`; empty where some word has none): a number word's unit follows a
    blank right before one of them, so that `find_numbers` looks for one only there."""
    scale_words, unit_words, currency_words = _unit_alternations(rules)
    scale_heads = literal_heads(re.compile(scale_words))
    word_heads = literal_heads(re.compile(f"{unit_words}|{currency_words}"))
    return (*scale_heads, *word_heads) if scale_heads and word_heads else ()


def _grammar(rules: Rules, lang: str) -> _Grammar:
    key = (rules.digest, lang)
    if key in _GRAMMARS:
        return _GRAMMARS[key]
    scale_words, unit_words, currency_words = _unit_alternations(rules)
    # (a hyphen opening the next line is a list's bullet, not a range's dash: '- 20-day SMA: $179.43' over '- 50-day')
    # (a blank before the dash and none after is a sign: the change after a price in a quote line, 'HK$101.50 -3.40')
    range_sep = rf"[^\S\n][{HYPHENS}][^\S\n]|[{HYPHENS}][^\S\n]?|\s+(?:bis|to|and)\s+"
    tail = (
        # ('33.4M shares', '$284.5B': a capital M or B glued to the digits, as quote pages and news briefs write them)
        rf"(?:(?P<capscale>[MB])(?![\w])|\s?(?P<scale>{scale_words})(?![\w]))?"
        # '80%igen YTD-Gewinn', 'ein 5-prozentiges Plus': the adjective ending belongs to the unit
        rf"(?:\s?(?P<unit>{unit_words}|{currency_words})(?:ig(?:e[nmrs]?)?)?(?![\w]))?"
    )
    # led by its first characters (a currency sign's or a digit): about three times faster
    mention = with_first_chars(
        re.compile(
            # a sign right before the digits too ('USD154.45', 'HKD152.2' in Chinese wire copy), not one ending a word
            rf"(?:(?<![A-Za-z])(?P<pre>(?:{'|'.join(map(re.escape, _SIGNS))})\s?)|(?<![\w.,:/]))"
            rf"(?P<num>{_DIGITS})"
            rf"(?:(?P<sep>{range_sep})(?P<num2>{_DIGITS}))?" + tail
        )
    )
    # (or a scale word alone, as digits take one: 'rund zweihundertsechzig Millionen Aktien' as spoken)
    unit_after_word = (
        rf"(?:(?:(?P<scale>{scale_words})\s?)?(?P<unit>{unit_words}|{currency_words})|(?P<bare>{scale_words}))(?![\w])"
    )
    # The word is taken whole (possessive '{3,_WORD_REACH}+': a shorter piece of it is followed by a letter,
    # never by the space), and what follows the space is checked by its first character before the
    # units are tried one by one: a third faster, the same matches.
    unit_lead = with_first_chars(re.compile(unit_after_word)).pattern.removesuffix(f"(?:{unit_after_word})")
    word_mention = re.compile(rf"(?<![\w])(?P<word>{_NUMBER_WORD}+)\s{unit_lead}{unit_after_word}")
    unit_after_blank = re.compile(rf"\s(?={unit_lead}{unit_after_word})")
    unit_of = tuple((re.compile(rf"^(?:{p})$"), unit or None, scale) for p, unit, scale in rules.units)
    currency_of = tuple((re.compile(rf"^(?:{p.pattern})$"), cur) for p, cur, _ in rules.currencies)
    grammar = _Grammar(mention, word_mention, unit_after_blank, unit_of, currency_of)
    _GRAMMARS[key] = grammar
    return grammar


def _classify_unit(grammar: _Grammar, word: str | None) -> tuple[str | None, float]:
    if not word:
        return None, 1.0
    known = grammar.classified.get(word)
    if known is None:
        known = grammar.classified[word] = _classify(grammar, word)
    return known


def _classify(grammar: _Grammar, word: str) -> tuple[str | None, float]:
    for pattern, currency in grammar.currency_of:
        if pattern.match(word):
            return currency, 1.0
    for pattern, unit, scale in grammar.unit_of:
        if pattern.match(word):
            return unit, scale
    return None, 1.0


# the figure of an index's name ('the Nasdaq 100's RSI', 'the S&P 500', 'Nikkei 225'): the name's, not a quantity
_INDEX_NAME_NUMBER = re.compile(
    r"(?:(?:Nasdaq|NASDAQ)[\s-]100|S&P(?:/ASX)?[\s-]?[25]00|Nikkei[\s-]225|(?:Stoxx|STOXX)[\s-](?:50|600)"
    r"|FTSE[\s-](?:100|250)|CSI[\s-]300|Russell[\s-][123]000|(?:Kospi|KOSPI)[\s-]200)$"
)


# a clock time ('15.35 Uhr: Nvidia eröffnet', 'um 9 Uhr', 'at 4 p.m.'): when, not how much ('am' alone is German)
_CLOCK_AFTER = re.compile(r"[ \t\u00a0]?(?:Uhr\b|[ap]\.m\.|pm\b|[AP]M\b)")


# a range's upper end after a dash, its currency written before it ('HK$123.20–HK$126.30'): not a name's part
_PRICE_AFTER_DASH = re.compile(r"(?:HK|US|S|A|C|NT)\$\s?\d")


def _is_part_of_name(text: str, start: int, end: int) -> bool:
    """'Qwen-3-Max', '52‑Wochen', '12-Monats', '6G', '5:50', '19. Februar', 'November 24', '26.03.2026', 'Nasdaq 100',
    '15.35 Uhr' are not quantities."""
    before = text[max(0, start - 2) : start]
    if before[-1:] in (" ", "-", "\u00a0") and _INDEX_NAME_NUMBER.search(text, max(0, start - 12), end):
        return True
    after = text[end : end + 12]
    if before[-1:] in HYPHENS and before[:1].isalnum():
        return True
    if after[:1] in HYPHENS and after[1:2].isalpha() and not _PRICE_AFTER_DASH.match(after, 1):
        return True
    if after[:1].isalpha():
        return True
    if after[:1] == ":" and after[1:2].isdigit():
        return True
    if after[:1] == "." and after[1:2].isdigit() and before[-1:] != ".":
        return True  # '(Stand: 26.03.2026)': the day and month of a dotted date, not a price of 26.03
    if _MONTH_AFTER_DOT.match(after) or _CLOCK_AFTER.match(after):
        return True
    # (a day has one or two digits and no unit: '16,1' or '15 Prozent' after a month is a figure; 'Feb 20 2025' is
    # read as one group)
    return (
        _DAY_DIGITS.match(text, start, end) is not None
        and _UNIT_AFTER.match(text, end) is None
        and _MONTH_BEFORE.search(text, max(0, start - 14), start) is not None
    )


def ratio_heads(rules: Rules) -> tuple[tuple[str, ...] | None, ...]:
    """Per ratio row (number_words.csv), the lower-cased texts one of which each of its matches starts
    with (`first_chars.literal_heads`), None where that cannot be told."""
    return tuple(literal_heads(word.pattern) for word in rules.number_words)


# no market figure reaches a thousand trillion (a company's worth is a few trillion, a day's turnover a few billion):
# a longer run of digits is a code or nonsense, and past 28 digits a decimal can no longer be written to its units
LARGEST_FIGURE = 1e15


def find_numbers(text: str, lang: str, rules: Rules, hits: WordHits | None = None) -> list[NumberMention]:
    """Every number mention, its spans in `text` as given (zero-width characters included). `hits`:
    the words of the lower-cased text, found in one pass with the rest the extraction looks for
    (`extract.scan`), the `unit_heads` and `ratio_heads` among them, or None: then the blanks before
    units and the ratio rows are searched for in the whole text."""
    # most texts hold none: a substring test per character is quicker than the pattern's pass
    removed = [m.start() for m in _INVISIBLE.finditer(text)] if any(c in text for c in _INVISIBLE_CHARS) else []
    if not removed:
        return _find_numbers(text, lang, rules, hits)
    # Where each removed character sat in the cleaned text: a cleaned offset i lies after
    # bisect_right(sat, i) of them in the original.
    sat = [position - rank for rank, position in enumerate(removed)]

    def start(i: int) -> int:
        return i + bisect_right(sat, i)

    def end(i: int) -> int:
        return start(i - 1) + 1

    return [
        replace(n, start=start(n.start), end=end(n.end), unit_end=end(n.unit_end))
        for n in _find_numbers(_INVISIBLE.sub("", text), lang, rules)
    ]


def _glued_percent(grammar: _Grammar, m: re.Match[str]) -> bool:
    """'fell 3pc', 'up 2.5pct': a percent sign written as letters right after the digits (British and wire copy), not
    a name's letters ('6G', 'H20')."""
    return m.start("unit") == m.end("num") and _classify_unit(grammar, m.group("unit"))[0] == "percent"


def _glued_scale(m: re.Match[str]) -> bool:
    """'70mn shares', '$2.5bn': a scale word in lower case right after the digits, as the Financial Times writes
    them, not a name's letters; '33.4M shares', '$284.5B': a capital M or B after two characters of a number at
    least, standing on its own (not '3M', 'Qwen-72B')."""
    if m.group("capscale") is not None:
        before = m.string[m.start() - 1 : m.start()] if m.start() else ""
        return len(m.group("num")) > 1 and not before.isalnum() and before not in HYPHENS
    return m.group("scale") is not None and m.start("scale") == m.end("num") and m.group("scale").islower()


def _find_numbers(text: str, lang: str, rules: Rules, hits: WordHits | None = None) -> list[NumberMention]:
    grammar = _grammar(rules, lang)
    found: list[NumberMention] = []
    ascii_digits = hits is not None and not hits.holds_any(other_digits())
    for m in _mentions(text, grammar.mention, _ASCII_NUMBER_START if ascii_digits else _NUMBER_START):
        start, end = m.start("num"), m.end("num2") if m.group("num2") else m.end("num")
        if _is_part_of_name(text, start, m.end("num")) and not _glued_percent(grammar, m) and not _glued_scale(m):
            continue
        if m.group("num2") and m.group("sep").strip() in ("-", "") and not m.group("unit"):
            continue  # '2024-2025' or '09-12' without a unit is a date or code, not a range
        pre = m.group("pre").rstrip() if m.group("pre") else None  # 'HK$ 167.80', 'EUR 139,50': the sign, no blank
        scale_word, unit_word = m.group("scale"), m.group("unit") or pre
        _, scale = _classify_unit(grammar, scale_word)
        if m.group("capscale"):
            scale = 1e6 if m.group("capscale") == "M" else 1e9
        unit, unit_scale = _classify_unit(grammar, unit_word)
        sign = _classify_unit(grammar, pre)[0] if pre else None
        if m.group("num2") and sign and unit and unit != sign:
            # '52-week high of $192.67 and 12% below ...': a sum and a figure in another unit joined by
            # 'and' are two numbers, no range
            found.extend(_unranged(m, lang, sign, unit, scale))
            continue
        if (
            m.group("num2")
            and (unit in CURRENCIES or unit == "points" or (unit is None and _thousands_pair(m)))
            and RANGE_OPEN.search(text, max(0, start - 45), start)
        ):
            # 'bewegte sich zwischen 147,80 und 156,30 HKD', 'in einer Spanne von 156,15 bis 166,37 Dollar': the
            # two ends of a trading range, each a price of its own (a low and a high), not one approximate price; an
            # index's likewise ('moved between 22,350 and 22,731 points': its session's low and high)
            found.extend(_unranged(m, lang, unit, unit, scale))
            continue
        if (
            m.group("num2")
            and m.group("sep").strip() == "to"
            and _MOVE_FROM.search(text, max(0, start - 5), start)
            and not RANGE_OPEN.search(text, max(0, start - 45), start)
        ):
            # 'The RSI climbed from 49 to 68', 'rose from 20,100 to 20,400 points': where a move started and where it
            # went, two figures (not after a range's noun: 'in a range from 49 to 68')
            found.extend(_unranged(m, lang, unit, unit, scale))
            continue
        if unit_word and unit is None:
            scale = unit_scale
        try:
            value, decimals = parse_number(m.group("num"), lang)
            high = parse_number(m.group("num2"), lang)[0] if m.group("num2") else None
        except ValueError:
            continue  # marks that fit neither convention: no number can be read with confidence
        if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
            continue
        if max(value, high or 0.0) * scale >= LARGEST_FIGURE:
            continue  # '26381000000000000000000000000 Punkte': no market figure, a run of digits
        if unit in CURRENCIES and unit_scale != 1:
            # '159 cents': the currency's hundredths, read as the price in the currency ($1.59), stated
            # to the cent
            value, decimals = value * unit_scale, decimals + round(-math.log10(unit_scale))
            high = high * unit_scale if high is not None else None
        found.append(NumberMention(start, end, value, high, scale, unit, decimals, max(m.end(), end)))
    found.extend(_number_words(text, lang, grammar, found, _unit_starts(rules, hits)))
    if lang == "de":
        found.extend(_said_at_words(text, found))
    found.extend(_ratio_words(text, rules, hits))
    found = _dollars_and_cents(text, sorted(found, key=lambda n: n.start))
    return _percent_ranges(text, _shared_units(text, _quote_line_changes(text, found)))


# a quote line's change: a sign between a price and the sum, its percentage in brackets after it ('HK$101.50 -3.40
# (-3.24%)', 'HK$633.00 +5.50 (+0.88%)')
_CHANGE_SIGN = re.compile(r"[^\S\n]+[+\-−]\Z")
_CHANGE_PERCENT_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*[+\-−]?\d[\d.,]*[^\S\n]?%[^\S\n]*\)")


def _quote_line_changes(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The bare sum of a quote line's change is in its price's currency: a sum of money, not a count."""
    changed = list(found)
    for i in range(1, len(changed)):
        price, change = changed[i - 1], changed[i]
        if (
            change.unit is None
            and change.scale == 1
            and price.unit in CURRENCIES
            and price.value_high is None
            and _CHANGE_SIGN.search(text, price.unit_end, change.start)
            and _CHANGE_PERCENT_AFTER.match(text, change.end)
        ):
            changed[i] = replace(change, unit=price.unit)
    return changed


# what joins a price's whole units to its cents when spoken ('124 dollars 90 cents', '37 dollars and 50 cents')
_AND_CENTS = re.compile(r"\s+(?:and\s+|und\s+)?")


def _dollars_and_cents(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A price said in whole units and then its cents ('124 dollars 90 cents', '80 Hong Kong dollars 70 cents') is one
    price to the cent in the whole part's currency, quoted by its whole part; not two prices."""
    joined: list[NumberMention] = []
    for m in mentions:
        whole = joined[-1] if joined else None
        if (
            whole is not None
            and m.unit in CURRENCIES
            and m.scale == 1
            and m.decimals == 2
            and m.value < 1
            and whole.unit in CURRENCIES
            and whole.scale == 1
            and whole.decimals == 0
            and whole.value_high is None
            and _AND_CENTS.fullmatch(text, whole.unit_end, m.start)
        ):
            joined[-1] = replace(whole, value=round(whole.value + m.value, 2), decimals=2, unit_end=m.unit_end)
            continue
        joined.append(m)
    return joined


def _mentions(text: str, mention: re.Pattern[str], number_start: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`mention.finditer(text)`, tried only where a match can start: at a digit a number can start
    at (`number_start`: `_NUMBER_START`, or `_ASCII_NUMBER_START` in a text whose only digits are 0-9)
    or, up to `_SIGN_REACH` before it, at a sign's first character. The pattern,
    led by a lookahead, would be tried at every position of the text (73 -> 40 us a seed text). Every
    match starts at one of those places (its number at such a digit, its sign right before it); they
    are tried in order, each once, and after a match only those past its end, as finditer goes."""
    done = tried = 0
    for digit in number_start.finditer(text):
        at = digit.start()
        for start in range(max(at - _SIGN_REACH, tried, done), at + 1):
            if (start == at or text[start] in _SIGN_FIRST) and (m := mention.match(text, start)) is not None:
                yield m
                done = m.end()  # past this digit: a match starting before it holds its number
                break
        tried = at + 1


def _unit_starts(rules: Rules, hits: WordHits | None) -> list[int] | None:
    """Where a unit, currency or scale word may start (`unit_heads`), ascending; None where that is not
    known."""
    heads = rules.derived(unit_heads)
    return sorted(set(hits.starts_of(heads))) if hits is not None and heads else None


def _ratio_words(text: str, rules: Rules, hits: WordHits | None = None) -> list[NumberMention]:
    """'hat sich verdoppelt', 'rund ein Sechstel', 'ein zweistelliges Minus', 'roughly half': a ratio
    written in words, read as the percentage it stands for (number_words.csv), stated to the whole percent.
    With `hits`, a row is matched only where one of its heads stands (`ratio_heads`); else only in a
    text holding one of its literals, with its pattern (led by '\b': tried at every position, 70 us
    a seed text; the literals' substring searches alone cost 50)."""
    heads = rules.derived(ratio_heads)
    matches = sorted(
        (m.start(), order, m.end(), word)
        for order, word in enumerate(rules.number_words)
        for m in _row_matches(text, word, heads[order], hits)
    )
    found: list[NumberMention] = []
    for start, _, end, word in matches:  # as one pattern of the rows in order finds them: leftmost, then the first row
        if not found or start >= found[-1].end:
            value, high = word.value, word.value_high
            found.append(NumberMention(start, end, value, high, 1.0, "percent", 0, end, ratio_word=True))
    return found


def _row_matches(
    text: str, word: NumberWord, heads: tuple[str, ...] | None, hits: WordHits | None
) -> Iterator[re.Match[str]] | list[re.Match[str]]:
    """`word.pattern.finditer(text)`: at its heads where they are known, else in a text holding one of
    its literals."""
    if hits is not None and heads is not None:
        return hits_at_starts(word.pattern, hits.starts_of(heads), text)
    if word.literals is None or any(literal in text for literal in word.literals):
        return word.pattern.finditer(text)
    return []


# the words opening a trading range ('zwischen', 'in einer Spanne von', 'range of', 'between', a label's
# '52-Wochen-Spanne:', 'Tagesspanne:'), right before its lower end
_MOVE_FROM = re.compile(r"\bfrom\s*$")
RANGE_OPEN = re.compile(
    r"(?:\bzwischen|\bbetween|(?:[Ss]panne|\brange)\b(?:[^\d.;:]{0,40}?\s)?(?:von|of|from|is|was|bei|at)(?:\s+\w+)?|(?:[Ss]panne|\brange):?)"
    r"\s*(?:HK\$|US\$|\$|€)?\s*$"
)


# a level written with its thousands grouped ('26,373', '27.024'), whole or with its decimals ('26,879.10',
# '26.879,10'): an index level's way, never a percentage's
_GROUPED_LEVEL = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?"
)


def _thousands_pair(m: re.Match[str]) -> bool:
    """Both ends of a range written without a unit as grouped thousands, whole or with their decimals ('traded between
    26,373 and 27,024', 'swung between 26,879.10 and 27,111.54'): an index's session range in points, read as its two
    ends like one written with 'points'."""
    return all(_GROUPED_LEVEL.fullmatch(m[group]) for group in ("num", "num2"))


def _unranged(m: re.Match[str], lang: str, sign: str | None, unit: str | None, scale: float) -> list[NumberMention]:
    """The two numbers of a pair read as a range whose units differ: the first takes its sign, the
    second its unit word."""
    try:
        (first, first_decimals), (second, second_decimals) = parse_number(m["num"], lang), parse_number(m["num2"], lang)
    except ValueError:
        return []
    return [
        NumberMention(m.start("num"), m.end("num"), first, None, 1.0, sign, first_decimals, m.end("num")),
        NumberMention(m.start("num2"), m.end("num2"), second, None, scale, unit, second_decimals, m.end()),
    ]


# '240 beziehungsweise 170 %', '2 bzw. 3 Prozent', '0.2 and 0.5%': the unit written once serves both;
# matched from the bare number on, so a comma before the word breaks the pair ('to 158.08, and 2.9%')
_SHARED_UNIT = re.compile(r"\s+(?:beziehungsweise|bzw\.|respectively|und|and|oder|or)\s+\Z")


def _shared_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    shared = list(found)
    for i in range(len(shared) - 2, -1, -1):
        bare, after = shared[i], shared[i + 1]
        if (
            bare.unit is None
            and bare.scale == 1
            and after.unit
            and after.value_high is None
            and not 1900 <= bare.value <= 2100  # 'zwischen 2023 und 5 %' is no pair
            and _SHARED_UNIT.match(text, bare.end, after.start)
        ):
            shared[i] = replace(bare, unit=after.unit, scale=after.scale, unit_end=after.unit_end)
    return shared


# 'zwischen 5 und 7 Prozent', 'between 15% and 20%', 'in a range of 3 to 4 percent': one move given as a range, not
# two moves (each end alone is called wrong whenever the move lies inside the range); the unit written once (shared
# by the first end, `_shared_units`) or at both ends
_PERCENT_RANGE_JOIN = re.compile(r"\s*(?:%|Prozent|percent|per cent)?\s+(?:und|and|to|bis)\s+\Z")


def _percent_ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    joined: list[NumberMention] = []
    for mention in found:
        low = joined[-1] if joined else None
        if (
            low is not None
            and low.unit == mention.unit == "percent"
            and low.value_high is None
            and mention.value_high is None
            and mention.value > low.value
            and not (low.ratio_word or mention.ratio_word)
            and _PERCENT_RANGE_JOIN.match(text, low.end, mention.start)
            and RANGE_OPEN.search(text, max(0, low.start - 45), low.start)
        ):
            decimals = max(low.decimals, mention.decimals)
            joined[-1] = replace(
                low, end=mention.end, value_high=mention.value, decimals=decimals, unit_end=mention.unit_end
            )
        else:
            joined.append(mention)
    return joined


def _number_words(
    text: str, lang: str, grammar: _Grammar, digits: list[NumberMention], unit_starts: list[int] | None = None
) -> list[NumberMention]:
    """'fünf Prozent', 'five percent': number words directly before a unit or currency."""
    taken = {(n.start, n.end) for n in digits}
    words: list[NumberMention] = []
    for m in _word_mentions(text, grammar, unit_starts):
        unit, _ = _classify_unit(grammar, m.group("unit"))
        if unit is None and m.group("bare") is None:
            continue
        value = _word_value(m.group("word").lower(), lang)
        if value is None:
            continue
        if value >= 100 and value in _BARE_SCALES:
            continue  # 'Millionen', 'mehrere Hundert': scale or vague words, not stated quantities
        # (a compound is one: 'knapp hundertdreiundneunzig Dollar', 'zweihundertfünfzig Dollar' as spoken)
        span = (m.start("word"), m.end("word"))
        if span in taken:
            continue
        _, scale = _classify_unit(grammar, m.group("scale") or m.group("bare"))
        decimals = 0 if value.is_integer() else 1  # 'zweieinhalb Prozent' is as precise as '2,5 Prozent'
        if (spoken := _spoken_decimal(text, span[0], m.group("word").lower(), lang)) is not None:
            # 'eins Komma vier Prozent', 'hundertvierundsiebzig Komma neun Hongkong-Dollar': the word before the
            # unit is the last decimal, the number starts at its whole part
            start, value, decimals = spoken
            words.append(NumberMention(start, span[1], value, None, scale, unit, decimals, m.end()))
            continue
        if value >= 1000 and value.is_integer():
            # a spoken level is stated to its last named digit: 'dreiundzwanzigtausenddreihundertvierzig Punkte' to the
            # tens (23,335 to 23,345), as a speaker rounds 23,342.88; a price below 1000 keeps its units
            decimals = -_trailing_zeros(int(value))
        words.append(NumberMention(span[0], span[1], value, None, scale, unit, decimals, m.end()))
    return words


# a number word ending its clause after 'bei', 'auf' or 'von', at most two words between ('Der RSI steht bei
# einundachtzig.', 'liegt bei gerade mal einundzwanzig, ...'): a figure said without its unit, as '81' in digits is read
_SAID_AT_WORD = re.compile(
    rf"(?<![\w-])(?:bei|auf|von) (?:[a-zäöüß]+ ){{0,2}}?(?P<word>[a-zäöüß][{_WORD_LETTERS}]{{2,{_WORD_REACH}}})"
    r"(?=\s?[.,;:!?)])"
)


def _said_at_words(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """German number words (two and more, not a bare scale word) ending their clause right after 'bei', 'auf' or
    'von', no unit after them: 'Der RSI liegt bei gerade mal einundzwanzig.'"""
    taken = {n.start for n in found}
    words: list[NumberMention] = []
    for m in _SAID_AT_WORD.finditer(text):
        value = _word_value(m.group("word"), "de")
        if value is None or value < 2 or not value.is_integer() or value in _BARE_SCALES or m.start("word") in taken:
            continue
        decimals = -_trailing_zeros(int(value)) if value >= 1000 else 0
        words.append(NumberMention(m.start("word"), m.end("word"), value, None, 1.0, None, decimals, m.end("word")))
    return words


# a number spoken with its decimals ('eins Komma vier', 'one point four'): the whole part's word, the decimal mark
# word and the decimals said before the last one, ending right before the word that stands before the unit
_SPOKEN_DECIMAL = re.compile(
    rf"(?<![\w])(?P<whole>[{_WORD_LETTERS}]{{3,{_WORD_REACH}}})\s(?:Komma|komma|point)\s"
    rf"(?P<more>(?:[{_WORD_LETTERS}]{{3,20}}\s){{0,3}})\Z"
)


def _spoken_decimal(text: str, start: int, last: str, lang: str) -> tuple[int, float, int] | None:
    """(start, value, decimals) of a number spoken with its decimals whose last decimal word starts at
    `start`: each decimal a digit's word ('Komma zwei fünf': .25), or one word of two digits ('Komma
    fünfundzwanzig'); None where the words before it are no such number."""
    m = _SPOKEN_DECIMAL.search(text, max(0, start - _WORD_REACH - 80), start)
    if m is None:
        return None
    whole = _word_value(m.group("whole").lower(), lang)
    said = [_word_value(w.lower(), lang) for w in (*m.group("more").split(), last)]
    if whole is None or not whole.is_integer() or any(d is None or not d.is_integer() for d in said):
        return None
    if len(said) == 1 and said[0] is not None and 10 <= said[0] < 100:
        digits = str(int(said[0]))
    elif all(d is not None and 0 <= d <= 9 for d in said):
        digits = "".join(str(int(d or 0)) for d in said)
    else:
        return None
    return m.start("whole"), float(f"{int(whole)}.{digits}"), len(digits)


@lru_cache(maxsize=512)  # the same few words ('Millionen', 'Prozent') stand before units in every text
def _word_value(word: str, lang: str) -> float | None:
    """The value of a lower-cased number word, None for a word that is none (4 us a call). German halves are one
    word: 'zweieinhalb' 2.5, 'eineinhalb' and 'anderthalb' 1.5."""
    if lang == "de" and word == "anderthalb":
        return 1.5
    if lang == "de" and word.endswith(_AND_A_HALF) and word != _AND_A_HALF:
        whole = _word_value(word.removesuffix(_AND_A_HALF), lang)
        return None if whole is None else whole + 0.5
    try:
        return float(text2num(word, lang))
    except ValueError:
        return None


_AND_A_HALF = "einhalb"


def _trailing_zeros(whole: int) -> int:
    """How many zeros end a whole number (23340: 1, 25500: 2)."""
    zeros = 0
    while whole and whole % 10 == 0:
        whole, zeros = whole // 10, zeros + 1
    return zeros


# a scale word's value alone ('Hundert', 'tausend', 'Millionen'): no stated quantity; a compound with it is one
_BARE_SCALES = frozenset({100.0, 1000.0, 1e6, 1e9, 1e12})


_LETTERS = frozenset(_WORD_LETTERS)


def _word_mentions(text: str, grammar: _Grammar, unit_starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """`grammar.word_mention.finditer(text)`, tried only at the words that stand right before a
    blank and a unit: the pattern starts with a lookbehind, which the engine would try at every
    position of the text. A word ends at such a blank; the pattern is matched from where the word
    starts (a match starts only at a word's start: a letter before it fails the lookbehind), in
    order and without overlapping, as finditer goes. With `unit_starts`, the blank is looked for only
    right before those (every unit starts at one: the same blanks, without trying every blank)."""
    done = 0
    for end in _blanks_before_units(text, grammar, unit_starts):
        start = end
        while start > 0 and end - start <= _WORD_REACH and text[start - 1] in _LETTERS:
            start -= 1  # a word longer than the reach: stopped inside it, where the lookbehind fails
        if end - start >= 3 and start >= done and (m := grammar.word_mention.match(text, start)) is not None:
            yield m
            done = m.end()


def _blanks_before_units(text: str, grammar: _Grammar, unit_starts: list[int] | None) -> Iterator[int]:
    """Where `grammar.unit_after_blank` matches, ascending."""
    if unit_starts is None:
        yield from (blank.start() for blank in grammar.unit_after_blank.finditer(text))
        return
    match = grammar.unit_after_blank.match
    yield from (at - 1 for at in unit_starts if at and match(text, at - 1) is not None)
