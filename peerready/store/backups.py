"""The backups folder: copies of the database, how they are written, named, kept and found.

A copy is written through SQLite to ``….partiel`` and then renamed, so a crash never leaves
a half backup under a backup's name; it is a single file (no journal), readable from a
read-only medium. Automatic backups are made at most every ``AUTOMATIC_BACKUP_EVERY`` and the
last ``AUTOMATIC_BACKUPS_KEPT`` of them are kept.

Nothing here explains a fault: ``sqlite3.Error`` and ``OSError`` pass through, for the store
to say in French what went wrong (``Store.backup``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

from peerready import paths
from peerready.store import files

AUTOMATIC_BACKUPS_KEPT = 10
AUTOMATIC_BACKUP_EVERY = dt.timedelta(hours=12)
#: A ``.partiel`` backup older than this was left by a crash: it is removed.
STALE_PARTIAL_SECONDS = 3600


def latest_backup(folder: Path) -> Path | None:
    """The newest backup of the data folder ``folder``, or None."""
    try:
        backups = sorted(paths.backups_dir(folder).glob("peerready_*.sqlite3"))
    except OSError:
        return None
    return backups[-1] if backups else None


def backup_name(reason: str) -> str:
    """The file name of a backup made now, for a reason (``auto``, ``manuelle``, ``avant-restauration``…)."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S_%f")
    return f"peerready_{stamp}_{reason}.sqlite3"


def write_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the whole database of ``conn``, consistently, to ``target`` (through ``….partiel``, then renamed)."""
    partial = target.with_name(target.name + ".partiel")
    remove_stale_partials(target.parent)
    for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        dest = sqlite3.connect(str(partial), timeout=files.BUSY_TIMEOUT_SECONDS)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one file, readable on a read-only medium
        finally:
            dest.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError):
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_folder(target.parent)


def automatic_backup_due(folder: Path) -> bool:
    """Whether the newest automatic backup in the backups folder ``folder`` is older than ``AUTOMATIC_BACKUP_EVERY``."""
    automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
    if not automatic:
        return True
    try:
        age = dt.datetime.now().timestamp() - automatic[-1].stat().st_mtime
    except OSError:
        return True
    return age > AUTOMATIC_BACKUP_EVERY.total_seconds()


def rotate(folder: Path) -> None:
    """Keep the last ``AUTOMATIC_BACKUPS_KEPT`` automatic backups of the backups folder ``folder``."""
    automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
    for old in automatic[:-AUTOMATIC_BACKUPS_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()


def remove_stale_partials(folder: Path) -> None:
    """A ``.partiel`` copy left by a crash long ago is removed (a recent one may be another instance's)."""
    limit = time.time() - STALE_PARTIAL_SECONDS
    with contextlib.suppress(OSError):
        for leftover in folder.glob("*.partiel*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); nothing to do elsewhere."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
