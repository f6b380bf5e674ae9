"""Reading articles from disk: discovery, decoding, front matter, manifest, publication date.

Bad input never stops a run: it becomes an ArticleError (listed in results.json `errors`) or
a warning on the article, each naming the file and the problem. Work stays bounded whatever a
file holds: only regular files are read, their size is checked first, and front matter is read
as flat 'key: value' lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from claimcheck.adapters.article_metadata import pick_fields, read_html
from claimcheck.core.dates import MONTHS, explicit_date, publication_instant
from claimcheck.model import Published

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
MANIFEST_NAME = "manifest.csv"
MAX_BYTES = 64 * 1024 * 1024  # over this a file is refused: an error, not an article
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
# Claims are looked for in the first this many characters only, so that memory and time stay
# bounded whatever the file holds (a news article is rarely over 50,000 characters).
MAX_SCAN_CHARS = 1_000_000
# A publication date outside these is a typo, not a date. The extractor counts a year back and a
# week ahead from it, which must stay inside what Python's dates hold (year 1 to 9999).
EARLIEST_PUBLISHED, LATEST_PUBLISHED = date(1900, 1, 1), date(2999, 12, 31)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.DOTALL | re.IGNORECASE)
_HINT = re.compile(r"\b(?:vom|am)\s+(\d{1,2})\.\s+(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
# Byte order marks, UTF-32 first: UTF-32 LE's mark begins with UTF-16 LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # only its parser is used


class ArticleError(Exception):
    """The file cannot be processed; the message names the file and the problem."""


@dataclass
class LoadedArticle:
    path: Path
    name: str
    text: str  # decoded, BOM removed, nothing else changed: spans index into this
    scan_text: str  # same length as text, markup blanked out so it yields no numbers
    published: Published
    warnings: list[str] = field(default_factory=list)
    # What a newsroom stores beside the text: title, source, url, author (adapters/metadata.py)
    meta: dict[str, str] = field(default_factory=dict)


class Manifest(dict[str, date]):
    """A folder's manifest.csv: publication date per file, plus the optional columns of
    metadata.MANIFEST_FIELDS per file in `meta` (a dict of dates, so readers of dates need no change)."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, dict[str, str]] = {}


def discover(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Articles directly in `folder` (not recursive). Links leading outside it or nowhere (a loop,
    a missing target) and entries that are not regular files (FIFO, socket, device) are refused."""
    if not folder.is_dir():
        return [], [(str(folder), "not a folder")]
    found: list[Path] = []
    refused: list[tuple[str, str]] = []
    try:
        root = folder.resolve()
        entries = sorted(folder.iterdir())
    except (OSError, RuntimeError) as error:
        return [], [(str(folder), f"{folder}: the folder cannot be listed ({error})")]
    for path in entries:
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.startswith("."):
            continue
        try:
            target, mode = path.resolve(), path.stat().st_mode
        except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError for a symbolic link loop
            refused.append((path.name, f"{path}: symbolic link that leads nowhere (a loop or a missing target)"))
            continue
        if path.is_symlink() and root not in target.parents:
            refused.append((path.name, f"{path}: symbolic link to {target} outside {folder}"))
        elif stat.S_ISREG(mode):
            found.append(path)
        elif not stat.S_ISDIR(mode):
            refused.append((path.name, _not_regular(path, mode)))
    return found, refused


def _not_regular(path: Path, mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"))
    kind = next((name for test, name in kinds if test(mode)), "a device or a folder")
    return f"{path}: {kind}, not a regular file; only regular files are read"


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, its size checked before reading. Anything else (a FIFO, a device,
    a socket) could block or never end, so it is refused unread."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(_not_regular(path, info.st_mode))
        if info.st_size > max_bytes:
            raise ArticleError(f"{path}: {info.st_size} bytes is over the limit of {max_bytes} bytes")
        # O_NONBLOCK: should a FIFO take the file's place after the test above, opening cannot hang.
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            opened = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(opened):
                raise ArticleError(_not_regular(path, opened))
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{path}: over the limit of {max_bytes} bytes (it grew while being read)")
    return data


def decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without its BOM), UTF-16 or UTF-32 with a BOM, else Windows-1252 with a
    warning. A NUL anywhere means binary: no text format read here carries one."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    warnings: list[str] = []
    if encoding is None:
        if b"\x00" in data:
            raise ArticleError(f"{path}: binary file (NUL bytes), not an article")
        text, warnings = _utf8_or_cp1252(path, data.removeprefix(codecs.BOM_UTF8))
    else:
        try:
            text = data.decode(encoding)  # the codec reads the BOM for the byte order and drops it
        except UnicodeDecodeError as error:
            raise ArticleError(f"{path}: not valid {encoding.upper()} ({error.reason} at byte {error.start})") from None
        if "\x00" in text:
            raise ArticleError(f"{path}: binary file (NUL characters), not an article")
    if not text or text.isspace():
        raise ArticleError(f"{path}: empty file")
    return text, warnings


def _utf8_or_cp1252(path: Path, data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(
            f"{path}: not decodable as UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor as Windows-1252"
        ) from None
    return text, [f"{path.name}: not UTF-8; decoded as Windows-1252 (Latin-1 compatible)"]


def read_manifest(folder: Path) -> tuple[Manifest, list[str]]:
    """The folder's manifest.csv (file, published; optionally title, source, url, author): metadata
    kept beside the articles. What is wrong with it becomes a line in the problems returned, never a stop."""
    path = folder / MANIFEST_NAME
    dates = Manifest()
    if not os.path.lexists(path):
        return dates, []
    try:
        text, notes = decode(path, read_bounded(path, MAX_MANIFEST_BYTES))
    except ArticleError as error:
        return dates, [f"{error}; the manifest is ignored"]
    problems = [f"{path}: {note.partition(': ')[2]}" for note in notes]
    try:
        for line, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
            try:
                listed = pick_fields(row)
                if listed and isinstance(row.get("file"), str):
                    dates.meta[row["file"].strip()] = listed
                day = date.fromisoformat(row["published"].strip())
                if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
                    raise ValueError(f"{day} is not a plausible publication date")
                dates[row["file"].strip()] = day
            except (KeyError, ValueError, AttributeError) as error:
                problems.append(f"{path}:{line}: malformed manifest entry ({error})")
    except csv.Error as error:
        problems.append(f"{path}: not readable as CSV ({error}); the entries after that are ignored")
    return dates, problems


class _Refused(Exception):
    """Front matter that is more than 'key: value' lines."""


def front_matter(path: Path, text: str) -> tuple[dict[str, str], list[str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, []
    try:
        return _flat_mapping(yaml.parse(match.group(1), Loader=_YAML_LOADER)), []
    except yaml.YAMLError as error:
        return {}, [f"{path.name}: malformed front matter ignored ({str(error).splitlines()[0]})"]
    except _Refused as refused:
        return {}, [f"{path.name}: malformed front matter ignored ({refused})"]


def body_start(text: str) -> int:
    """Where an article's body begins: after a front matter block read as its metadata, else at 0
    (a malformed block, ignored as metadata, stays part of the text). The text keeps the block, so
    that claim offsets are the same; a report shows the body and the metadata apart."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return 0
    try:
        _flat_mapping(yaml.parse(match.group(1), Loader=_YAML_LOADER))
    except (yaml.YAMLError, _Refused):
        return 0
    return match.end()


def _flat_mapping(events: Iterable[yaml.Event]) -> dict[str, str]:
    """'key: value' lines with scalar values, read from PyYAML's event stream. Anchors, aliases,
    tags and nested collections are refused before anything is built (an alias bomb costs
    nothing), and values stay strings: no YAML type guessing ('2026-02-30' is not a crash)."""
    data: dict[str, str] = {}
    key: str | None = None
    inside = False
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused("anchors and aliases are not accepted")
        if isinstance(event, yaml.MappingStartEvent) and not inside:
            inside = True
        elif isinstance(event, yaml.ScalarEvent) and inside:
            if event.tag is not None:
                raise _Refused(f"the tag {event.tag} is not accepted")
            if key is None:
                key = event.value
            else:
                data[key], key = event.value, None
        elif isinstance(event, yaml.MappingEndEvent):
            inside = False
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            raise _Refused("only 'key: value' lines with plain values are read")
    return data


def blank_markup(text: str) -> str:
    """Markup replaced by spaces of equal length, so offsets stay those of the text."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def _plausible_date(value: str, where: str, notes: list[str]) -> date | None:
    """'2026-01-10' or '2026-01-10T08:00:00Z' within the plausible years, else None and a note."""
    try:
        day = datetime.fromisoformat(value.strip()).date()
    except ValueError:
        notes.append(where.format(value[:40]) + " is not a date; ignored")
        return None
    if EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        return day
    notes.append(where.format(value[:40]) + " is not a plausible date; ignored")
    return None


def publication_date(
    path: Path,
    text: str,
    option: date | None,
    meta: dict[str, str],
    manifest: dict[str, date],
    today: date,
    stated_in_page: str | None = None,
) -> tuple[Published, list[str]]:
    """--published > front matter > manifest > the HTML page's metadata > a full date in the text's
    head > a guess > unknown."""
    notes: list[str] = []
    if option is not None:
        return Published(option, "option"), notes
    if "published" in meta:
        day = _plausible_date(meta["published"], f"{path.name}: front matter 'published: {{}}'", notes)
        if day is not None:
            return Published(day, "front_matter"), notes
    if path.name in manifest:
        return Published(manifest[path.name], "manifest"), notes
    if stated_in_page:
        day = _plausible_date(stated_in_page, f"{path.name}: the page's publication date '{{}}'", notes)
        if day is not None:
            return Published(day, "metadata"), notes
    stated = explicit_date(text[:300])
    if stated is not None:
        return Published(stated, "text"), notes
    hint = _HINT.search(text)
    if hint:
        month, day_of_month = MONTHS[hint.group(2).lower()], int(hint.group(1))
        year = today.year if (month, day_of_month) <= (today.month, today.day) else today.year - 1
        try:
            guessed = date(year, month, day_of_month)
            notes.append(f"{path.name}: publication date guessed from '{hint.group(0)}' as {guessed}")
            return Published(guessed, "guess"), notes
        except ValueError:
            pass
    notes.append(f"{path.name}: no publication date found; date-bound claims are unverifiable")
    return Published(None, "unknown"), notes


def _cut(path: Path, text: str, max_chars: int) -> tuple[str, str]:
    """The head of an oversized text, ended at a line break so no sentence is cut in half."""
    cut = text.rfind("\n", max_chars // 2, max_chars) + 1 or max_chars
    note = (
        f"{path.name}: {len(text):,} characters; only the first {cut:,} were checked for claims "
        f"(limit {max_chars:,}), the remaining {len(text) - cut:,} were not read: split the file to check them"
    )
    return text[:cut], note


def load_article(
    path: Path,
    option: date | None,
    manifest: dict[str, date],
    today: date,
    max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_SCAN_CHARS,
) -> LoadedArticle:
    if option is not None and not EARLIEST_PUBLISHED <= option <= LATEST_PUBLISHED:
        raise ArticleError(
            f"{path}: publication date {option} lies outside {EARLIEST_PUBLISHED} to {LATEST_PUBLISHED}; not checked"
        )
    data = read_bounded(path, max_bytes)
    text, warnings = decode(path, data)
    del data
    if len(text) > max_chars:
        text, note = _cut(path, text, max_chars)
        warnings.append(note)
    meta, meta_notes = front_matter(path, text)
    warnings.extend(meta_notes)
    listed = {**getattr(manifest, "meta", {}).get(path.name, {}), **pick_fields(meta)}  # front matter first
    stated_in_page = None
    if path.suffix.lower() in (".html", ".htm") or _looks_like_a_page(text):
        page = read_html(text)
        text, stated_in_page = page.text, page.published
        listed = {**page.meta, **listed}  # what the newsroom wrote beside the page outranks the page
        if not text.strip():
            raise ArticleError(f"{path}: HTML page without text")
    scan_text = text
    if _MARKUP.search(text[:100000]):  # markup left in a text file: blanked, offsets kept
        scan_text = blank_markup(text)
        if scan_text != text:
            warnings.append(f"{path.name}: HTML markup and scripts ignored")
    published, notes = publication_date(path, text, option, meta, manifest, today, stated_in_page)
    warnings.extend(notes)
    if published.date is not None:
        # front matter's time, else the page's metadata's, else the text head's
        stamp = "\n".join((meta.get("published", ""), stated_in_page or "", text[:300]))
        published = replace(published, at=publication_instant(stamp, published.date))
    if published.date is not None:
        if published.date > today:
            warnings.append(f"{path.name}: publication date {published.date} lies in the future")
        elif published.date.weekday() >= 5:
            warnings.append(f"{path.name}: publication date {published.date} is a weekend day")
    return LoadedArticle(path, path.name, text, scan_text, published, warnings, listed)


_PAGE_HEAD = re.compile(r"\A\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)


def _looks_like_a_page(text: str) -> bool:
    """An HTML page saved under another suffix (a CMS export named .txt)."""
    return bool(_PAGE_HEAD.match(text[:1000]))


def unique_names(paths: list[Path]) -> dict[Path, str]:
    """Each file's name in the run: its plain name, unless another file of the run has the same
    one ('a/x.txt', 'b/x.txt'); then the path from the folder the colliding files share."""
    by_name: dict[str, list[Path]] = {}
    for path in paths:
        by_name.setdefault(path.name, []).append(path)
    names: dict[Path, str] = {}
    for name, same in by_name.items():
        if len(same) == 1:
            names[same[0]] = name
            continue
        absolute = [Path(os.path.abspath(p)) for p in same]
        root = Path(os.path.commonpath(absolute))
        names.update({p: a.relative_to(root).as_posix() for p, a in zip(same, absolute, strict=True)})
    return names
