"""The main window's size and place: never larger than the screen, kept as soon as they change.

A 1366×768 laptop or a projector gets a window that fits it (maximised on a small screen); the
size, place and maximised state are saved half a second after each change, so a crash or a
battery that dies gives them back as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtGui import QGuiApplication


class ScreenPlace:
    """Mixed into the main window (a ``QMainWindow`` with a ``context``)."""

    def watch_geometry(self) -> None:
        self._keep_geometry = QTimer(self, singleShot=True, interval=500, timeout=self._save_geometry)

    def keep_geometry_now(self) -> None:
        self._keep_geometry.stop()
        self._save_geometry()

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """1200×800 where the screen allows, never more than the screen (a 1366×768 laptop, a projector)."""
        available = self._available()
        self.resize(min(1200, available.width()), min(800, available.height()))
        self.move(available.center() - self.rect().center())

    def wants_maximised(self) -> bool:
        """Opened maximised on a small screen, or when it was maximised last time (even before a crash)."""
        available = self._available()
        return self.isMaximized() or available.width() < 1280 or available.height() < 850

    def _save_geometry(self) -> None:
        if self.context is not None and self.context.settings is not None:
            self.context.set_setting("window/geometry", self.saveGeometry())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._keep_geometry.start()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._keep_geometry.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_geometry.start()
