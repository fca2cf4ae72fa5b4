"""What every window and page of the app gets: the store, the questionnaires, the settings.

Passed in, never fetched from a global, so a test can hand the app a temporary one. Every
change the app makes to the data goes through ``attempt``: a fault of the data folder then
reaches one handler (the main window's), which explains it and offers what to do.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from peerready import paths
from peerready.store import instance
from peerready.store.database import Store
from peerready.store.faults import StoreError
from peerready.ui.language import SETTINGS_FILE

if TYPE_CHECKING:
    from peerready.engine.instrument import Questionnaire

#: What a fault of the data folder can raise, from the store, SQLite or the system.
STORAGE_ERRORS = (StoreError, sqlite3.Error, OSError)


@dataclass
class Attempt:
    """How a change to the data went: ``ok`` and its ``value``, or the ``error`` that stopped it."""

    ok: bool
    value: object = None
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


@dataclass
class AppContext:
    data_dir: Path
    store: Store | None = None
    settings: QSettings | None = None
    lock: instance.FolderLock | None = None
    #: Called with (error, what was not done, this context) on a storage fault; True means "try again".
    on_fault: Callable[[BaseException, str, AppContext], bool] | None = None
    _questionnaires: dict[str, Questionnaire] = field(default_factory=dict)

    @classmethod
    def open(cls, data_dir: Path) -> AppContext:
        """Hold the data folder, then open its store and settings.

        Raises ``instance.FolderInUse`` when another PeerReady has it open, ``StoreError`` (or an
        ``OSError`` / ``sqlite3.Error`` from below) when it cannot be used.
        """
        data_dir = Path(data_dir)
        with contextlib.suppress(OSError):  # a folder that cannot be made: the store says why, below
            data_dir.mkdir(parents=True, exist_ok=True)
        lock = instance.acquire(data_dir)
        try:
            store = Store.open(data_dir)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        return cls(data_dir=data_dir, store=store, settings=settings, lock=lock)

    def questionnaires(self) -> list[Questionnaire]:
        """The bundled questionnaires, loaded once, on first use (not at start-up)."""
        if not self._questionnaires:
            from peerready.engine import instrument  # start-up: the questionnaires load after the home page

            for path in instrument.bundled_paths():
                loaded = instrument.load(path)
                self._questionnaires[loaded.id] = loaded
        return list(self._questionnaires.values())

    def setting(self, key: str, default=None):
        if self.settings is None:
            return default
        value = self.settings.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int) and not isinstance(default, bool):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value

    def set_setting(self, key: str, value) -> None:
        if self.settings is not None:
            self.settings.setValue(key, value)
            self.settings.sync()

    # -- changing the data --------------------------------------------------------------

    def attempt(self, what: str, action: Callable[[], object]) -> Attempt:
        """Run ``action`` (a change to the data); on a storage fault, report it with ``what`` was not done.

        ``what`` is a sentence such as « La réponse n’a pas été enregistrée. ». The handler may have the
        action run again (the person chose « Réessayer »). Errors of the request itself (``RecordError``)
        are left to the caller, which knows how to say them.
        """
        while True:
            try:
                self.check_present()
                return Attempt(True, action())
            except STORAGE_ERRORS as error:
                if not self.report(error, what):
                    return Attempt(False, None, error)

    def report(self, error: BaseException, what: str) -> bool:
        """Hand a storage fault to the handler; True when the person asks to try again."""
        if self.on_fault is None:  # no window to ask the person (a context used on its own)
            raise error
        return bool(self.on_fault(error, what, self))

    def check_present(self) -> None:
        """Refuse to use a database that is no longer where the data folder says (a pulled stick, a renamed folder).

        The open file stays usable after that: reads would show it and writes would go on into
        a file nobody will find again, and the app would say « enregistré ».
        """
        if self.store is not None:
            self.store.check_present()

    def reopen(self) -> None:
        """Open the data folder's database again (after it came back); the old one stays if this fails."""
        if not paths.database_path(self.data_dir).is_file():
            # Never make a new, empty database where the real one should be (a stick not plugged back in).
            raise StoreError("", "gone")
        fresh = Store.open(self.data_dir, automatic_backup=False)
        old, self.store = self.store, fresh
        if old is not None:
            old.close()

    def adopt(self, other: AppContext) -> None:
        """Carry on with ``other``'s folder, store, settings and lock; this context's own are closed."""
        old_store, old_lock = self.store, self.lock
        self.data_dir, self.store, self.settings, self.lock = other.data_dir, other.store, other.settings, other.lock
        other.store = other.lock = None
        if old_store is not None:
            old_store.close()
        if old_lock is not None:
            old_lock.release()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            with contextlib.suppress(OSError):
                self.lock.release()
            self.lock = None
