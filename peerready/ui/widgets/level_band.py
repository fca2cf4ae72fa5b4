"""A band in the readiness level's colour, set beside the written level (the words carry the meaning)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerready.engine import wording


class LevelBand(QWidget):
    def __init__(self):
        super().__init__()
        self.colour = QColor(wording.level_colour("insufficient"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_level(self, level_id: str) -> None:
        self.colour = QColor(wording.level_colour(level_id))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(4, line // 2), line * 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
