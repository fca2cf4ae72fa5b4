"""A list of findings (alerts, gaps, divided groups…): items wrap to the list's width, the first line
in bold, with optional score bars under the text; each item keeps what it leads to.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from peerready.engine import wording

#: What an item leads to, for example ("flag", 0) or ("dimension", "team").
KEY_ROLE = Qt.ItemDataRole.UserRole
#: Bars drawn under an item's text: a list of (label, score 0–100).
BARS_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrappedItemDelegate(QStyledItemDelegate):
    """List items whose text wraps to the list's width (first line in bold), with optional score bars."""

    def _metrics(self, option) -> tuple[QFont, QFont, float, float]:
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).height()
        return font, bold, line, line * 0.4

    def _text_width(self, option, padding: float) -> float:
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(width - 3 * padding, padding * 10)

    @staticmethod
    def _split(text: str) -> tuple[str, str]:
        first, _, rest = (text or "").partition("\n")
        return first, rest

    def sizeHint(self, option, index) -> QSize:
        font, bold, line, padding = self._metrics(option)
        width = self._text_width(option, padding)
        first, rest = self._split(index.data(Qt.ItemDataRole.DisplayRole))
        flags = Qt.TextFlag.TextWordWrap
        height = QFontMetricsF(bold).boundingRect(QRectF(0, 0, width, 1e6), flags, first).height()
        if rest:
            height += QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, rest).height()
        bars = index.data(BARS_ROLE) or []
        if bars:
            _, two_lines = self._bar_layout(QFontMetricsF(font), width, bars)
            height += len(bars) * line * (2.3 if two_lines else 1.3)
        return QSize(math.ceil(width), math.ceil(height + 2 * padding))

    @staticmethod
    def _bar_layout(metrics: QFontMetricsF, width: float, bars) -> tuple[float, bool]:
        """The width of the group names before the bars; on their own line when they do not fit."""
        line = metrics.height()
        needed = max(metrics.horizontalAdvance(label) for label, _ in bars) + line
        return (needed, False) if needed <= width * 0.45 else (0.0, True)

    def paint(self, painter: QPainter, option, index) -> None:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, widget)
        font, bold, line, padding = self._metrics(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        choosable = bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(QPalette.ColorGroup.Normal, role)
        rect = QRectF(option.rect).adjusted(padding, padding, -padding, -padding)
        first, rest = self._split(index.data(Qt.ItemDataRole.DisplayRole))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setPen(colour)
        painter.setFont(bold if choosable else font)  # a "nothing here" line is not a heading
        used = painter.boundingRect(rect, flags, first)
        painter.drawText(rect, flags, first)
        top = used.bottom()
        if rest:
            painter.setFont(font)
            below = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            used = painter.boundingRect(below, flags, rest)
            painter.drawText(below, flags, rest)
            top = used.bottom()
        bars = index.data(BARS_ROLE) or []
        if bars:
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            label_width, two_lines = self._bar_layout(metrics, rect.width(), bars)
            number_width = metrics.horizontalAdvance(wording.score(100)) + line * 0.5
            bar_width = max(line, rect.width() - label_width - number_width)
            for label, score in bars:
                painter.setPen(colour)
                label_rect = QRectF(rect.left(), top + line * 0.15, rect.width() if two_lines else label_width, line)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
                if two_lines:
                    top += line
                row = QRectF(rect.left(), top + line * 0.15, rect.width(), line)
                frame = QRectF(row.left() + label_width, row.top() + line * 0.2, bar_width, line * 0.6)
                painter.setPen(QPen(colour, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame)
                painter.fillRect(
                    QRectF(frame.left(), frame.top(), frame.width() * max(0.0, min(score, 100)) / 100, frame.height()),
                    colour,
                )
                painter.drawText(
                    QRectF(frame.right() + line * 0.3, row.top(), number_width, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    wording.score(score),
                )
                top += line * 1.3
        painter.restore()


class FindingList(QListWidget):
    """Items are added with what they lead to (``KEY_ROLE``); a "nothing here" line cannot be chosen."""

    def __init__(self, name: str):
        super().__init__()
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappedItemDelegate(self))

    def add(self, text: str, key, bars=None, spoken: str = "") -> QListWidgetItem:
        """An item; screen readers say ``spoken``, or the text with its lines joined."""
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        if bars:
            item.setData(BARS_ROLE, bars)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or text.replace("\n", " — "))
        self.addItem(item)
        return item

    def add_empty(self, text: str) -> None:
        """A line saying there is nothing to list."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(item)

    def real_count(self) -> int:
        """How many findings, not counting a "nothing here" line."""
        return sum(1 for i in range(self.count()) if self.item(i).flags() & Qt.ItemFlag.ItemIsSelectable)

    def choose_first(self) -> None:
        if self.count() and self.item(0).flags() & Qt.ItemFlag.ItemIsSelectable:
            self.setCurrentRow(0)
