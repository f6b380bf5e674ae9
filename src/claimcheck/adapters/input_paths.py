"""Is there anything to check? Asked before any server starts or any report is touched: a
mistyped path or an unmounted, empty or unreadable article folder is a usage error, so that
it never replaces a good report with an empty one."""

from __future__ import annotations

from pathlib import Path

from claimcheck.adapters.articles import ARTICLE_SUFFIXES, discover


class NothingToCheck(ValueError):
    """The given paths name no article at all (each problem one line, naming its path)."""


def problems(paths: list[str], scan_folder: bool = True) -> list[str]:
    """One line per path that is missing, or a folder that cannot be listed or holds no article.
    A file that exists but cannot be read is left to the run (it becomes an errors entry)."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            found.append(f"{path}: no such file or folder")
        elif path.is_dir() and scan_folder:
            articles, refused = discover(path)
            unlisted = [text for name, text in refused if name == str(path)]
            if unlisted:
                found.append(unlisted[0] if unlisted[0].startswith(str(path)) else f"{path}: {unlisted[0]}")
            elif not articles and not refused:
                found.append(f"{path}: the folder holds no article ({', '.join(ARTICLE_SUFFIXES)}); nothing to check")
    return found


def require_articles(paths: list[str], scan_folder: bool = True) -> None:
    """Raise NothingToCheck, naming every bad path, if any path is missing or an empty folder."""
    lines = problems(paths, scan_folder)
    if lines:
        raise NothingToCheck("\n".join(lines))
