"""Reading articles from disk: discovery, decoding, front matter, manifest, publication date.

Bad input never stops a run: it becomes an ArticleError (listed in results.json `errors`) or
a warning on the article, each naming the file and the problem.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from claimcheck.core.dates import MONTHS, explicit_date
from claimcheck.model import Published

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
MANIFEST_NAME = "manifest.csv"
MAX_BYTES = 64 * 1024 * 1024  # over this a file is refused: an error, not an article
# Claims are looked for in the first this many characters only, so that memory and time stay
# bounded whatever the file holds (a news article is rarely over 50,000 characters).
MAX_SCAN_CHARS = 1_000_000
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.DOTALL | re.IGNORECASE)
_HINT = re.compile(r"\b(?:vom|am)\s+(\d{1,2})\.\s+(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


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


def discover(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Articles directly in `folder` (not recursive); links leading outside it are refused."""
    if not folder.is_dir():
        return [], [(str(folder), "not a folder")]
    found: list[Path] = []
    refused: list[tuple[str, str]] = []
    root = folder.resolve()
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.startswith("."):
            continue
        if path.is_symlink() and root not in path.resolve().parents:
            refused.append((path.name, f"{path}: symbolic link to {path.resolve()} outside {folder}"))
            continue
        if path.is_file():
            found.append(path)
    return found, refused


def decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path}: binary file (NUL bytes), not an article")
    data = data.removeprefix(b"\xef\xbb\xbf")
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


def read_manifest(folder: Path) -> tuple[dict[str, date], list[str]]:
    """The folder's manifest.csv (file, published): metadata kept beside the articles."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    dates: dict[str, date] = {}
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                dates[row["file"].strip()] = date.fromisoformat(row["published"].strip())
            except (KeyError, ValueError, AttributeError) as error:
                problems.append(f"{path}:{line}: malformed manifest entry ({error})")
    return dates, problems


def front_matter(path: Path, text: str) -> tuple[dict[str, object], list[str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, []
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        return {}, [f"{path.name}: malformed front matter ignored ({str(error).splitlines()[0]})"]
    if not isinstance(data, dict):
        return {}, [f"{path.name}: front matter is not a mapping; ignored"]
    return data, []


def blank_markup(text: str) -> str:
    """Markup replaced by spaces of equal length, so offsets stay those of the text."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def publication_date(
    path: Path,
    text: str,
    option: date | None,
    meta: dict[str, object],
    manifest: dict[str, date],
    today: date,
) -> tuple[Published, list[str]]:
    """--published > front matter > manifest > a full date in the text's head > a guess > unknown."""
    notes: list[str] = []
    if option is not None:
        return Published(option, "option"), notes
    if "published" in meta:
        value = meta["published"]
        try:
            day = value if isinstance(value, date) else date.fromisoformat(str(value))
            return Published(day, "front_matter"), notes
        except ValueError:
            notes.append(f"{path.name}: front matter 'published: {value}' is not a date; ignored")
    if path.name in manifest:
        return Published(manifest[path.name], "manifest"), notes
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
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    if size > max_bytes:
        raise ArticleError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    text, warnings = decode(path, data)
    del data
    if len(text) > max_chars:
        text, note = _cut(path, text, max_chars)
        warnings.append(note)
    meta, meta_notes = front_matter(path, text)
    warnings.extend(meta_notes)
    scan_text = text
    if path.suffix.lower() == ".html" or _MARKUP.search(text[:100000]):
        scan_text = blank_markup(text)
        if scan_text != text:
            warnings.append(f"{path.name}: HTML markup and scripts ignored")
    published, notes = publication_date(path, text, option, meta, manifest, today)
    warnings.extend(notes)
    if published.date is not None:
        if published.date > today:
            warnings.append(f"{path.name}: publication date {published.date} lies in the future")
        elif published.date.weekday() >= 5:
            warnings.append(f"{path.name}: publication date {published.date} is a weekend day")
    return LoadedArticle(path, path.name, text, scan_text, published, warnings)
