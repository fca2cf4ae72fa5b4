"""The database files this process holds open with SQLite, and how they are opened.

The database file is never opened outside SQLite while SQLite may hold locks on it in this
process: closing any descriptor of a file drops all the process's POSIX locks on it
(https://sqlite.org/howtocorrupt.html, §2.2), and another PeerReady would then believe it is
the last one and delete the journal still in use. So every SQLite connection to a file is
made by ``connect`` and registered in ``open_files``, and the few plain reads of a database
file (its header) go through ``read_header``, which knows the files this process has open
with SQLite. POSIX locks belong to the process, so this one piece of process-wide state is
the right depth for the guard.

Nothing here explains a fault: ``sqlite3.Error`` and ``OSError`` pass through, for the caller
to turn into a ``StoreError`` (``faults.error_for``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another program holding the database before it is reported as ``locked``.
BUSY_TIMEOUT_SECONDS = 20
#: SQLite's page cache for each connection, in KiB.
CACHE_KIB = 32 * 1024


class OpenFiles:
    """The database files this process has open with SQLite, by (device, inode).

    POSIX locks belong to the process: opening and closing a file SQLite holds locks on
    drops them all. So a plain read of a database file is done under ``lock``, and only
    when no SQLite connection of this process has that file open; connections are
    registered under the same lock, before they run any statement.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._counts: dict[object, int] = {}

    def add(self, identity) -> None:
        if identity is not None:
            with self.lock:
                self._counts[identity] = self._counts.get(identity, 0) + 1

    def remove(self, identity) -> None:
        if identity is not None:
            with self.lock:
                left = self._counts.get(identity, 0) - 1
                if left > 0:
                    self._counts[identity] = left
                else:
                    self._counts.pop(identity, None)

    def __contains__(self, identity) -> bool:
        with self.lock:
            return identity is not None and identity in self._counts


#: The one registry of this process (see the module docstring for why it is process-wide).
open_files = OpenFiles()


def identity(path: Path | str):
    """What identifies a file whatever its name: (device, inode), or its real path where there are no inodes."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if info.st_ino:
        return (info.st_dev, info.st_ino)
    return ("path", os.path.normcase(os.path.realpath(path)))


def is_open_database(path: Path | str) -> bool:
    """Whether SQLite has this file open in this process: then never open it with plain file I/O."""
    return identity(path) in open_files


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only; any character of the name is escaped."""
    uri = Path(os.path.abspath(path)).as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]  # a Windows network share: SQLite wants no host part
    return uri + "?mode=ro"


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to ``path``, registered in ``open_files`` (release it with ``release``)."""
    with open_files.lock:
        conn = sqlite3.connect(
            read_only_uri(path) if read_only else os.path.abspath(path),
            uri=read_only,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        open_files.add(identity(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    if not read_only:  # a read-only look (``opening.inspect``, a check) must not touch the file yet
        # Pages kept in memory: a platform's lists read the same few thousand pages again at each
        # keystroke (SQLite's default, 2 MB, made them come from the disk each time). Memory is
        # taken only as pages are read. No memory-mapping: a pulled-out stick would crash the app.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def release(conn: sqlite3.Connection, path: Path | None) -> None:
    """Close a connection made by ``connect`` and take its file out of ``open_files``."""
    with contextlib.suppress(sqlite3.Error):
        conn.close()
    open_files.remove(identity(path) if path else None)


def read_header(path: Path) -> bytes | None:
    """The first bytes of a file, or None when SQLite has it open here (SQLite then checks it)."""
    with open_files.lock:
        if identity(path) in open_files:
            return None
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER))
