"""The securities master: the constituents of the major indices from pytickersymbols (names,
ISINs, Yahoo symbols; the data ship with the package, so no network is needed), as company and
listing rows of the same shape as companies.csv and listings.csv. The project's own tables win:
a company or symbol they hold is never taken from the master.

A name of the master is a mention only where it cannot be another word: a name that is also an
everyday word (ambiguous_names.csv: 'Apple', 'Shell', 'Linde') counts only with a share word in
its sentence or as a compound ('Apple-Aktie'); any one-word name only in a text that speaks of
markets at all. Nothing is guessed: a short name two companies share is dropped for both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version

from claimcheck.word_scan import WORD_OR_HYPHEN, prefix_tree

MASTER_INDICES = (
    "DAX",
    "MDAX",
    "TecDAX",
    "SDAX",
    "EURO STOXX 50",
    "S&P 500",
    "NASDAQ 100",
    "DOW JONES",
    "FTSE 100",
    "NIKKEI 225",
)
# legal forms and notes after a name: 'Apple Inc.', 'Shell plc', 'Puma (brand)', 'Merck & Co.'
_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|plc|PLC|AG|SE|N\.V\.|NV|S\.A\.|SA|Corporation|Corp\.?|Company|Co\.|Group|Holdings?"
    r"|Ltd\.?|Limited|KGaA|& Co\.(?: KGaA)?)|\s*\([^)]*\))+$"
)
# a share word near a name: the name means the company
_SHARE_CONTEXT = re.compile(
    r"\b(?:Aktien?|Papiere?|Anteilsscheine?|Titel|Börse|Kurs\w*|notier\w*|Dividende|Konzern\w*|Index"
    r"|shares?|stocks?|Inc\b|Corp\b|ticker|Nasdaq|NASDAQ|NYSE|Xetra|Wall Street|DAX|Dow Jones|S&P)",
)
_SHARE_COMPOUND = re.compile(r"-(?:Aktien?|Papiere?|Titel|Konzern\w*|Chef\w*|Mutter|shares?|stock)\b")
CONTEXT_REACH = 120  # characters either side of an ambiguous name searched for a share word
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Master:
    companies: list[dict[str, str]]  # rows like companies.csv
    listings: list[dict[str, str]]  # rows like listings.csv
    ambiguous: frozenset[str]  # names that need a share word beside them
    version: str


def short_name(name: str) -> str:
    return _LEGAL.sub("", name).strip(" ,&")


def build_master(
    exchanges: list[dict[str, str]],
    ambiguous: Iterable[str],
    known_names: set[str],
    known_symbols: set[str],
) -> Master:
    """Company and listing rows for every constituent the project's tables do not hold."""
    from pytickersymbols import PyTickerSymbols

    by_suffix = {r["suffix"]: r for r in exchanges}
    tickers = PyTickerSymbols()
    stocks: dict[str, dict[str, object]] = {}
    for index in MASTER_INDICES:
        for stock in tickers.get_stocks_by_index(index):
            stocks.setdefault(str(stock["name"]), stock)
    shorts: dict[str, list[str]] = {}
    for name in stocks:
        shorts.setdefault(short_name(name), []).append(name)
    companies: list[dict[str, str]] = []
    listings: list[dict[str, str]] = []
    for name, stock in stocks.items():
        short = short_name(name)
        symbols = _listings(stock, by_suffix)
        if not symbols or short in known_names or name in known_names or known_symbols & {s["symbol"] for s in symbols}:
            continue
        title = short if len(shorts[short]) == 1 else name
        aliases = [name, *([short, f"{short}-Aktie", f"{short}-Aktien"] if len(shorts[short]) == 1 else [])]
        aliases += [str(isin) for isin in stock.get("isins") or []]  # type: ignore[attr-defined]
        companies.append(
            {
                "company": title,
                "kind": "stock",
                "home_venue": symbols[0]["venue"],
                "aliases": "|".join(dict.fromkeys(aliases)),
            }
        )
        listings.extend({**item, "company": title} for item in symbols)
    return Master(companies, listings, frozenset(ambiguous), version("pytickersymbols"))


def _listings(stock: dict[str, object], by_suffix: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The primary Yahoo symbol first, then the first Frankfurt one (German articles quote it)."""
    primary = str(stock.get("symbol") or "")
    others = [str(s["yahoo"]) for s in stock.get("symbols") or [] if s.get("yahoo")]  # type: ignore[attr-defined]
    frankfurt = next((s for s in others if s.endswith(".F") and s != primary), None)
    rows = []
    for symbol in (primary, frankfurt):
        if not symbol:
            continue
        suffix = symbol.rsplit(".", 1)[1] if "." in symbol else ""
        exchange = by_suffix.get(suffix)
        if exchange is None:
            continue
        rows.append(
            {
                "symbol": symbol,
                "venue": exchange["venue"],
                "calendar": exchange["calendar"],
                "currency": exchange["currency"],
                "timezone": exchange["timezone"],
                "mirrors": "",
                "ratio": "",
            }
        )
    return rows


def in_share_context(text: str, start: int, end: int) -> bool:
    """A share word near a mention on its own line, or the mention a compound of one ('Apple-Aktie'). A line is
    the bound: a dateline's 'moomoo News HK' is no News Corp for the 'Hong Kong stocks' of the paragraph under it."""
    line_start = text.rfind("\n", max(0, start - CONTEXT_REACH), start) + 1 or max(0, start - CONTEXT_REACH)
    line_end = text.find("\n", end, end + CONTEXT_REACH)
    return bool(
        _SHARE_COMPOUND.match(text, end)
        or _SHARE_CONTEXT.search(text[line_start : line_end if line_end >= 0 else end + CONTEXT_REACH])
    )


class NameIndex:
    """Every alias of many companies, found by its first word: one pass over a text's words
    (an alternation of thousands of names in one pattern is slow on long texts)."""

    def __init__(self, aliases: Iterable[tuple[str, int]], ambiguous: frozenset[str]) -> None:
        self.by_head: dict[str, list[tuple[str, int]]] = {}
        for alias, owner in aliases:
            head = re.match(r"\w+", alias)
            if head:
                self.by_head.setdefault(head.group(), []).append((alias, owner))
        for entries in self.by_head.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.ambiguous = ambiguous
        # Every head as one pattern shaped as a tree of shared prefixes: one pass of it over a
        # text costs about as much as one word does, where a flat alternation of thousands of
        # names would try each of them at every position. A head is all word characters and must
        # fill its word, so at most one head matches at a position and their order does not matter.
        # A head led by a lower-case letter ('arGEN') would have the tree tried at every such letter of
        # a text, where the others start at capitals and digits only: those few are looked for by a
        # substring search each (`_words`; 43 -> 36 us a seed text).
        self._heads = re.compile(rf"(?:{prefix_tree([h for h in self.by_head if not h[0].islower()])})(?!\w)")
        self._lower_heads = tuple(head for head in self.by_head if head[0].islower())

    def _words(self, text: str) -> list[tuple[int, str]]:
        """(start, head) where a head fills the word it starts, in order: as the one tree of every head
        finds them, but for those inside a word (after a word character), which `find` drops anyway."""
        words = [(word.start(), word.group()) for word in self._heads.finditer(text)]
        for head in self._lower_heads:
            at = text.find(head)
            while at >= 0:
                if _WORD_CHAR.match(text, at + len(head)) is None:
                    words.append((at, head))
                at = text.find(head, at + 1)
        return sorted(words) if self._lower_heads else words

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, owner) of each alias in text, longest first at a position."""
        found: list[tuple[int, int, int]] = []
        speaks_of_markets: bool | None = None
        for start, head in self._words(text):
            if start and WORD_OR_HYPHEN.match(text, start - 1):
                continue  # inside a word or a compound: '(?<![\w-])' as a check, not a scan
            for alias, owner in self.by_head.get(head, ()):
                end = start + len(alias)
                if not text.startswith(alias, start) or (end < len(text) and text[end].isalnum()):
                    continue
                if " " not in alias and "-" not in alias and not _SHARE_COMPOUND.match(text, end):
                    if alias in self.ambiguous and not in_share_context(text, start, end):
                        continue
                    if speaks_of_markets is None:
                        speaks_of_markets = _SHARE_CONTEXT.search(text) is not None
                    if not speaks_of_markets:
                        continue
                found.append((start, end, owner))
                break
        return found
