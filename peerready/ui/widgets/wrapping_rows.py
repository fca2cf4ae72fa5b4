"""Rows of a tree view that grow when a column wraps its text, instead of cutting it.

QTreeView asks its delegate for a row's height without the width of the column (a speed-up of
Qt's), so a wrapped cell is measured as one line and painted cut: « Recrutement en ». This
delegate measures the cells of the wrapping columns at their column's width, and has the view
lay its rows out again when one of those columns changes width. Rows are measured lazily, as
they are painted or scrolled to, so a long list costs no more than the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingRows(QStyledItemDelegate):
    """Install on ``view`` with the columns whose text wraps; ``padding``: room above and below each row."""

    def __init__(self, view: QTreeView, wrapping: tuple[int, ...], padding: int = 0):
        super().__init__(view)
        self.view = view
        self.wrapping = frozenset(wrapping)
        self.padding = padding
        view.setItemDelegate(self)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)  # once for all the columns a resize changes
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(self._on_section_resized)

    def sizeHint(self, option, index):
        if index.column() in self.wrapping:
            option = QStyleOptionViewItem(option)
            height = max(1, option.rect.height())
            option.rect = QRect(0, 0, max(1, self.view.columnWidth(index.column())), height)
        made = super().sizeHint(option, index)
        made.setHeight(made.height() + 2 * self.padding)
        return made

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column in self.wrapping and old != new:
            self._relayout.start()  # the heights measured at the old width are stale
