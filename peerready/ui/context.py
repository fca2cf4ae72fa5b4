"""What every window and page of the app gets: the store, the questionnaires, the settings.

Passed in, never fetched from a global, so a test can hand the app a temporary one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from peerready import instrument
from peerready.instrument import Questionnaire
from peerready.store import Store


@dataclass
class AppContext:
    data_dir: Path
    store: Store | None = None
    settings: QSettings | None = None
    _questionnaires: dict[str, Questionnaire] = field(default_factory=dict)

    @classmethod
    def open(cls, data_dir: Path) -> AppContext:
        """Open the data folder's store and settings (raises StoreError with a clear message)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(data_dir / "peerready.ini"), QSettings.Format.IniFormat)
        return cls(data_dir=data_dir, store=Store.open(data_dir), settings=settings)

    def questionnaires(self) -> list[Questionnaire]:
        """The bundled questionnaires, loaded once, on first use (not at start-up)."""
        if not self._questionnaires:
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

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
