"""The progress of one respondent by dimension, in a list one can jump from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from peerready.ui import theme
from peerready.workshop.answering import DimensionProgress


class DimensionList(QListWidget):
    """The progress by dimension; Enter jumps to the chosen dimension instead of moving on."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def show_progress(self, progress: Sequence[DimensionProgress]) -> None:
        """One line per dimension, « ✓ » when complete; the current one bold, marked « ▶ » and selected."""
        self.clear()
        for dimension in progress:
            mark = "✓ " if dimension.complete else ""
            item = QListWidgetItem(f"{mark}{dimension.label} — {dimension.done} / {dimension.total}")
            item.setData(Qt.ItemDataRole.UserRole, dimension.id)
            if dimension.current:
                font = theme.scaled(12)
                font.setBold(True)
                item.setFont(font)
                item.setText(self.tr("▶ {0}").format(item.text()))
            self.addItem(item)
            if dimension.current:
                self.setCurrentItem(item)
