"""Which program holds a data folder: the desktop app keeps a lock there for as long as it runs.

Without Qt, so that the command line can ask too (``peerready restore`` refuses while the app
has the folder open). The lock is the system's lock on the file ``peerready.lock`` (``flock``
on POSIX, ``msvcrt.locking`` on Windows): the system drops it when the process ends, even when
it is killed, so a file left behind never blocks anyone. The file also says who holds it, for
the message. The database file itself is never opened here: closing any descriptor on it would
drop the locks SQLite holds on it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from peerready.engine.errors import PeerReadyError

LOCK_NAME = "peerready.lock"
#: Windows locks are mandatory: lock a byte far past the text, so that others can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder, as written in its lock file (fields may be empty if it could not be read)."""

    program: str = ""
    pid: int | None = None
    user: str = ""
    host: str = ""
    since: str = ""

    def describe(self) -> str:
        """« par marie sur PC-ACCUEIL, depuis 14 h 05 » — as much as is known."""
        parts = []
        if self.user:
            parts.append(f"par {self.user}")
        if self.host and self.host != _host():
            parts.append(f"sur l’ordinateur {self.host}")
        if self.since:
            try:
                started = dt.datetime.fromisoformat(self.since)
            except ValueError:
                started = None
            if started is not None:
                when = started.strftime("%H\u00a0h\u00a0%M")
                if started.date() != dt.date.today():
                    when = started.strftime("%d/%m/%Y à ") + when
                parts.append(f"depuis {when}")
        if self.pid:
            parts.append(f"processus {self.pid}")
        return ", ".join(parts)


class FolderInUse(PeerReadyError):
    """Another PeerReady holds this data folder; ``str()`` says so in plain French."""

    def __init__(self, folder: Path, holder: Holder):
        self.folder = folder
        self.holder = holder
        what = "une restauration de sauvegarde" if holder.program == "restore" else "PeerReady"
        who = holder.describe()
        super().__init__(
            f"{what[0].upper() + what[1:]} utilise déjà le dossier de données {folder}"
            + (f" ({who})" if who else "")
            + "."
        )


class FolderLock:
    """The lock of one data folder, held by this process until ``release()`` (or its end)."""

    def __init__(self, folder: Path, descriptor: int):
        self.folder = folder
        self._descriptor: int | None = descriptor

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            _unlock(descriptor)
        with contextlib.suppress(OSError):
            os.close(descriptor)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(folder: Path) -> Path:
    return Path(folder) / LOCK_NAME


def acquire(folder: Path, program: str = "app") -> FolderLock | None:
    """Hold ``folder`` for this process.

    Raises ``FolderInUse`` when another process holds it. Returns None when no lock file can be
    made there (a read-only medium, a missing folder): opening the data will then say what is wrong.
    """
    folder = Path(folder)
    try:
        descriptor = _open(folder)
    except OSError:
        return None
    try:
        locked = _try_lock(descriptor)
    except OSError:
        os.close(descriptor)
        return None
    if not locked:
        os.close(descriptor)
        raise FolderInUse(folder, read_holder(folder))
    info = {
        "program": program,
        "pid": os.getpid(),
        "user": _user(),
        "host": _host(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }
    with contextlib.suppress(OSError):  # who holds it is only for the message: a lock without it still works
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.ftruncate(descriptor, 0)
        os.write(descriptor, json.dumps(info).encode("utf-8"))
    return FolderLock(folder, descriptor)


def holder(folder: Path) -> Holder | None:
    """Who holds ``folder`` right now, or None when nobody does (or it cannot be told)."""
    folder = Path(folder)
    try:
        descriptor = _open(folder)
    except OSError:
        return None
    try:
        if _try_lock(descriptor):
            _unlock(descriptor)
            return None
        return read_holder(folder)
    except OSError:
        return None
    finally:
        os.close(descriptor)


def read_holder(folder: Path) -> Holder:
    try:
        raw = lock_path(folder).read_bytes()[:4096]
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return Holder()
    if not isinstance(data, dict):
        return Holder()
    pid = data.get("pid")
    return Holder(
        program=str(data.get("program") or ""),
        pid=pid if isinstance(pid, int) else None,
        user=str(data.get("user") or ""),
        host=str(data.get("host") or ""),
        since=str(data.get("since") or ""),
    )


def channel_name(folder: Path) -> str:
    """A name for the local channel by which a second start asks the first window to come forward."""
    try:
        resolved = str(Path(folder).resolve())
    except OSError:
        resolved = str(Path(folder).absolute())
    if sys.platform == "win32":
        resolved = resolved.lower()
    digest = hashlib.sha256(f"{_user()}\0{resolved}".encode()).hexdigest()[:24]
    return f"peerready-{digest}"


# --------------------------------------------------------------------------- system details


def _open(folder: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(lock_path(folder), flags, 0o666)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def try_lock(descriptor: int) -> bool:
    """Take the system's lock on an open file without waiting; False when another holds it."""
    return _try_lock(descriptor)


def unlock(descriptor: int) -> None:
    _unlock(descriptor)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service accounts and containers
        return ""


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""
