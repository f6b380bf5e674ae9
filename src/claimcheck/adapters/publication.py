"""Publishes a report folder as a whole: a reader of the report path sees the previous report or
the new one, never a mix, and a run killed while writing leaves the previous report untouched.

Layout around a report path DIR (the --out of a run):

    DIR                        a symbolic link to .DIR.versions/<version>: what readers open
    .DIR.versions/<version>/   complete reports: the current one and the one before it
    .DIR.versions/.staging-*   a report being written; one left by a killed run is removed by the next
    .DIR.versions/.lock        held while publishing, so two runs publishing to DIR take turns
    .claimcheck-assets/        files shared by every report in DIR's folder, written once
                               (GX Data Docs static files, named by a digest of their content)

The switch is the rename of a new link over DIR (os.replace), atomic on POSIX file systems.
A plain folder at DIR (written by releases before this layout) is adopted as the previous
version if it holds nothing but report files; anything else at DIR is refused, never removed.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

Files = dict[str, str | bytes]

ASSETS = ".claimcheck-assets"
DOCS = "gx/data-docs/"
KEEP_VERSIONS = 2  # the current report and the one before it (a reader may be on one of its pages)
STAGING, LINK = ".staging-", ".link-"


class ReportNotWritten(RuntimeError):
    """The report cannot be published; the previous report at the path is left as it was."""


def versions_folder(out: Path) -> Path:
    return out.parent / f".{out.name}.versions"


def is_report_entry(name: str) -> bool:
    """Whether a file or folder directly in a report folder belongs to the report."""
    return (
        name in ("index.html", "results.json", "claims.csv", "gx")
        or (name.startswith("article-") and name.endswith(".html"))
        or name.startswith(".report-")  # staging folders of releases before this layout
    )


def _refused(out: Path, why: str) -> ReportNotWritten:
    return ReportNotWritten(f"{out}: the report folder cannot be written ({why})")


def _why(error: OSError) -> str:
    where = f": {error.filename}" if error.filename else ""
    return f"{error.strerror or error}{where}"


def _write(path: Path, content: str | bytes) -> None:
    """One file of a report (the single place files are written, so tests can make it fail)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(path, "wb") as handle:
        handle.write(data)


@dataclass
class Publication:
    """A report written in full into its staging folder, waiting to be switched in."""

    out: Path
    versions: Path
    staging: Path

    def switch(self, name: str) -> Path:
        """Make the staged report the one at `out`; returns its version folder."""
        try:
            version = self.versions / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{_safe(name)}-{uuid.uuid4().hex[:6]}"
            os.rename(self.staging, version)
            previous = _current(self.out)
            if self.out.is_dir() and not self.out.is_symlink():
                previous = self.versions / f"legacy-{uuid.uuid4().hex[:6]}"
                os.rename(self.out, previous)  # the plain folder of an older release becomes a version
                for leftover in previous.glob(".report-*"):
                    shutil.rmtree(leftover, ignore_errors=True)
            _link(self.out, version)
            keep = {version.name} | ({previous.name} if previous else set())
            _prune(self.versions, keep)
            return version
        except OSError as error:
            raise _refused(self.out, _why(error)) from error


@contextmanager
def staged(out: Path, files: Files) -> Iterator[Publication]:
    """Write `files` into a staging folder beside `out` and yield it for `Publication.switch`.
    Whatever happens, no staging folder is left behind; leftovers of killed runs are removed."""
    out = Path(os.path.abspath(out))  # not resolve(): that would follow the link
    _check_target(out)
    versions = versions_folder(out)
    try:
        versions.mkdir(parents=True, exist_ok=True)
        lock = open(versions / ".lock", "a")  # noqa: SIM115 - held for the whole publication
    except OSError as error:
        raise _refused(out, _why(error)) from error
    staging: Path | None = None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _check_target(out)  # again: another run may have changed it while we waited
        try:
            _remove_leftovers(versions)
            staging = _new_folder(versions, STAGING)
            own, shared = split_shared(files)
            share(out.parent / ASSETS, shared)
            _assets_link(versions)
            for name, content in own.items():
                _write(staging / name, content)
        except OSError as error:
            raise _refused(out, _why(error)) from error
        yield Publication(out, versions, staging)
    finally:
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        lock.close()


def _new_folder(parent: Path, prefix: str) -> Path:
    """A new uniquely named folder, with the umask's permissions (readers such as a web server
    must read a report; tempfile.mkdtemp would make it private to this user)."""
    folder = parent / f"{prefix}{uuid.uuid4().hex}"
    folder.mkdir()
    return folder


def _assets_link(versions: Path) -> None:
    """Data Docs pages reach the shared files as DIR/gx/data-docs/../../../.claimcheck-assets: a
    browser resolves that by name (beside DIR), the kernel through the link (into the versions
    folder). This link makes the second land where the first does."""
    link = versions / ASSETS
    if not link.is_symlink():
        os.symlink(os.path.join("..", ASSETS), link)


def _check_target(out: Path) -> None:
    """`out` may be missing, our link, or a plain folder of report files; nothing else is touched."""
    if out.is_symlink():
        target = os.readlink(out)
        if Path(target).parent.name != versions_folder(out).name:
            raise _refused(out, f"a link to {target} that claimcheck did not make; remove it or choose another --out")
        return
    if not out.exists():
        return
    if not out.is_dir():
        raise _refused(out, "a file is in the way")
    foreign = sorted(p.name for p in out.iterdir() if not is_report_entry(p.name))
    if foreign:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        raise _refused(out, f"it holds files that are not part of a report: {shown}; move them or choose another --out")


def _current(out: Path) -> Path | None:
    return out.parent / os.readlink(out) if out.is_symlink() else None


def _link(out: Path, version: Path) -> None:
    """Point `out` at `version` by renaming a new link over it: readers see the old or the new."""
    link = version.parent / f"{LINK}{uuid.uuid4().hex}"
    os.symlink(os.path.join(version.parent.name, version.name), link)
    os.replace(link, out)
    folder = os.open(out.parent, os.O_RDONLY)
    try:
        os.fsync(folder)  # the switch itself survives a crash of the machine
    finally:
        os.close(folder)


def _remove_leftovers(versions: Path) -> None:
    for entry in versions.iterdir():
        if entry.name.startswith(LINK):
            entry.unlink(missing_ok=True)
        elif entry.name.startswith(STAGING):
            shutil.rmtree(entry, ignore_errors=True)


def _prune(versions: Path, keep: set[str]) -> None:
    """Remove published versions but the newest ones kept (current and previous)."""
    for entry in versions.iterdir():
        if entry.is_dir() and not entry.name.startswith(".") and entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)[:40]


def split_shared(files: Files) -> tuple[Files, Files]:
    """The report's own files, and the GX Data Docs static files shared by every report in a
    folder (4 MB of fonts and images, the same in every run). Data Docs pages are pointed at the
    shared copy: relative links, resolved through the report path the reader opened."""
    static = {name: content for name, content in files.items() if name.startswith(DOCS + "static/")}
    if not static:
        return files, {}
    digest = hashlib.sha256()
    for name in sorted(static):
        content = static[name]
        digest.update(name.encode() + b"\0" + (content.encode() if isinstance(content, str) else content))
    shared_root = f"gx-static-{digest.hexdigest()[:12]}"
    own: Files = {}
    for name, content in files.items():
        if name in static:
            continue
        if name.startswith(DOCS) and name.endswith(".html") and isinstance(content, (str, bytes)):
            depth = name[len(DOCS) :].count("/")  # folders between the Data Docs root and the page
            there = "../" * (depth + 3) + f"{ASSETS}/{shared_root}/static/"  # up through data-docs, gx, DIR
            text = content.decode("utf-8") if isinstance(content, bytes) else content
            # GX's own relative links to static/ are not always right for deep pages: all are redone.
            content = re.sub(r'(href|src)="(?:\./|(?:\.\./)+)static/', rf'\1="{there}', text)
        own[name] = content
    shared = {f"{shared_root}/static/{name[len(DOCS + 'static/') :]}": content for name, content in static.items()}
    return own, shared


def share(assets: Path, shared: Files) -> None:
    """Write shared files once: each top folder is content-addressed, staged and renamed into
    place, so an existing one is complete and never rewritten."""
    tops = sorted({name.split("/", 1)[0] for name in shared})
    for top in tops:
        if (assets / top).is_dir():
            continue
        assets.mkdir(parents=True, exist_ok=True)
        staging = _new_folder(assets, STAGING)
        try:
            for name, content in shared.items():
                if name.startswith(top + "/"):
                    _write(staging / name[len(top) + 1 :], content)
            try:
                os.rename(staging, assets / top)
            except OSError as error:
                if error.errno not in (errno.EEXIST, errno.ENOTEMPTY):  # another run shared it first
                    raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def adopt_plain_report(folder: Path, out: Path) -> bool:
    """The default layout of releases before this one wrote the nightly report's files straight
    into the reports folder, beside the database and on-demand/. Move those files (only those)
    into a version of `out`, linked as its current report, unless `out` exists already."""
    out = Path(os.path.abspath(out))
    entries = [p for p in folder.iterdir() if is_report_entry(p.name)] if folder.is_dir() else []
    if os.path.lexists(out) or not (folder / "results.json").is_file() or not (folder / "index.html").is_file():
        return False
    versions = versions_folder(out)
    try:
        versions.mkdir(parents=True, exist_ok=True)
        version = versions / f"legacy-{uuid.uuid4().hex[:6]}"
        version.mkdir()
        for entry in entries:
            if entry.name.startswith(".report-"):
                shutil.rmtree(entry, ignore_errors=True)
            else:
                os.rename(entry, version / entry.name)
        _link(out, version)
    except OSError as error:
        raise _refused(out, _why(error)) from error
    return True
