"""Whether the database was left cleanly, so that opening it need not check every page first.

SQLite's ``quick_check`` reads the whole file: 0.2 s for a platform's 240 MB, on every start.
It runs at opening only when the file may have been left in a bad state, and otherwise in the
background (``database.Store``), never skipped. The file may have been left badly when:

- a program that had it open ended without closing it (killed, a crash, a power cut): each
  open store holds a system lock on a marker file of its own in ``SESSIONS_DIR``, which the
  system drops when the process ends; a marker whose lock can be taken is one left by such an
  ending;
- the file is not as the last clean close left it (its size, time of change, identity, and
  its journal): copied in, replaced, restored by hand, or still being used by another program;
- nothing can be told (no marker can be made there, a record that does not read).

The record and the markers are hints from the data folder, so they are read as untrusted: any
doubt means « check now ». A record planted to look clean only moves the check to the background.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path

from peerready.store import instance

SESSIONS_DIR = ".peerready-sessions"
RECORD_NAME = "clean-close.json"
_MARKER_SUFFIX = ".open"
_MAX_MARKERS = 200  # past this many left-over markers, they are not all looked at: check now


def _state(database: Path) -> dict | None:
    """What a clean close leaves: the file's identity, size and time of change, and its journal's size."""
    try:
        info = os.stat(database)
    except OSError:
        return None
    try:
        journal = os.stat(f"{database}-wal").st_size
    except OSError:
        journal = 0
    return {"ino": info.st_ino, "dev": info.st_dev, "size": info.st_size, "mtime_ns": info.st_mtime_ns, "wal": journal}


class Session:
    """This store's marker in the data folder, held while the store is open."""

    def __init__(self, folder: Path, database: Path):
        self.folder = Path(folder) / SESSIONS_DIR
        self.database = database
        self.marker: Path | None = None
        self._descriptor: int | None = None
        #: True when the file may have been left in a bad state (see the module docstring).
        self.doubtful = True
        #: Another store of this very process has the file open (and checks it).
        self.sibling = False

    @classmethod
    def begin(cls, folder: Path, database: Path) -> Session:
        session = cls(folder, database)
        try:
            session._begin()
        except (OSError, ValueError):
            session.doubtful = True
        return session

    def _begin(self) -> None:
        if os.path.lexists(self.folder) and not self.folder.is_dir():
            return  # something else where the markers go: nothing can be told
        self.folder.mkdir(exist_ok=True)
        others_alive = False
        abandoned = False
        markers = [p for p in self.folder.iterdir() if p.name.endswith(_MARKER_SUFFIX)]
        if len(markers) > _MAX_MARKERS:
            abandoned = True
            markers = markers[:_MAX_MARKERS]
        for marker in markers:
            if marker.name in _OWN:
                others_alive = self.sibling = True  # another store of this very process
                continue
            state = _probe(marker)
            if state == "alive":
                others_alive = True
            elif state == "gone":
                continue  # closed meanwhile
            elif state == "left":
                abandoned = True
                with contextlib.suppress(OSError):
                    marker.unlink()
            else:
                abandoned = True
        self._hold()
        if abandoned or self._descriptor is None:
            return
        if others_alive:
            # Another program has it open: the file changes under us, so it cannot match the record;
            # that program checked it when it opened, and checks it again in its background.
            self.doubtful = _state(self.database) is not None and not self._matches_record(others_alive=True)
            return
        self.doubtful = not self._matches_record(others_alive=False)

    def _matches_record(self, others_alive: bool) -> bool:
        state = _state(self.database)
        if state is None:
            return True  # no file yet: a new database has nothing to check
        try:
            raw = (self.folder / RECORD_NAME).read_bytes()[:4096]
            record = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(record, dict):
            return False
        # While others write to it, only its identity can match what the last clean close left.
        keys = ("ino", "dev") if others_alive else ("ino", "dev", "size", "mtime_ns", "wal")
        return all(record.get(k) == state[k] for k in keys)

    def _hold(self) -> None:
        marker = self.folder / f"{uuid.uuid4().hex}{_MARKER_SUFFIX}"
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(marker, flags, 0o666)
        try:
            locked = instance.try_lock(descriptor)
        except OSError:
            locked = False
        if not locked:
            os.close(descriptor)
            with contextlib.suppress(OSError):
                marker.unlink()
            return
        self.marker, self._descriptor = marker, descriptor
        _OWN.add(marker.name)

    def end(self, clean: bool) -> None:
        """The store is closed: record how the file was left (when ``clean``), and drop the marker."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if not clean:  # the last record no longer tells how the file is: the next opening checks it
            with contextlib.suppress(OSError):
                (self.folder / RECORD_NAME).unlink()
        elif not self._others_alive():
            state = _state(self.database)
            if state is not None:
                record = self.folder / RECORD_NAME
                partial = self.folder / f"{RECORD_NAME}.{uuid.uuid4().hex}.partiel"
                with contextlib.suppress(OSError):
                    partial.write_text(json.dumps(state), encoding="utf-8")
                    os.replace(partial, record)
                with contextlib.suppress(OSError):
                    partial.unlink()
        with contextlib.suppress(OSError):
            instance.unlock(descriptor)
        with contextlib.suppress(OSError):
            os.close(descriptor)
        if self.marker is not None:
            _OWN.discard(self.marker.name)
            with contextlib.suppress(OSError):
                self.marker.unlink()

    def _others_alive(self) -> bool:
        try:
            for marker in self.folder.iterdir():
                mine = marker == self.marker
                if (
                    not mine
                    and marker.name.endswith(_MARKER_SUFFIX)
                    and (marker.name in _OWN or _probe(marker) == "alive")
                ):
                    return True
        except OSError:
            return True
        return False


#: The markers held by this process (a lock taken on one of them from here would prove nothing).
_OWN: set[str] = set()


def _probe(marker: Path) -> str:
    """« alive » (its program holds it), « left » (its program ended without closing), or « unknown »."""
    try:
        descriptor = os.open(marker, os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "unknown"
    try:
        if instance.try_lock(descriptor):
            with contextlib.suppress(OSError):
                instance.unlock(descriptor)
            return "left"
        return "alive"
    except OSError:
        return "unknown"
    finally:
        os.close(descriptor)
