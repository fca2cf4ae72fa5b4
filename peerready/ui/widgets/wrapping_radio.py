"""A radio button whose text wraps: a long choice never widens the window at large text sizes.

A plain ``QRadioButton`` keeps its text on one line, so a sentence-long choice at 200 % asks for
a window wider than a 1366-pixel projector. This one is still a radio button for the keyboard and
for screen readers (same role, same text); only its size and painting follow the width it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle, QStyleOptionButton

from peerready.ui import focus_style

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WrappingRadio(QRadioButton):
    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing, option, self
        )

    def _text_height(self, width: int) -> int:
        rect = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100000), int(_FLAGS), self.text())
        return rect.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, option, self)
        ring = 2 * focus_style.ring_width()  # the focus ring goes round the button and its text
        return max(indicator, self.fontMetrics().height(), self._text_height(width - self._indicator() - ring)) + ring

    def minimumSizeHint(self) -> QSize:
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        # The height of one line: a layout asks heightForWidth() for the width it really gives.
        return QSize(self._indicator() + longest + 4 + 2 * focus_style.ring_width(), self.sizeHint().height())

    def sizeHint(self) -> QSize:
        width = self._indicator() + self.fontMetrics().horizontalAdvance(self.text()) + 4 + 2 * focus_style.ring_width()
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        painter = QPainter(self)
        style = self.style()
        ring = focus_style.ring_width()
        inside = self.rect().adjusted(ring, ring, -ring, -ring)  # the ring, when it shows, goes round
        option.rect = inside
        indicator = style.subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, self)
        indicator.moveTop(inside.top() + (inside.height() - indicator.height()) // 2)
        option.rect = indicator
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, option, painter, self)
        text = inside.adjusted(self._indicator(), 0, 0, 0)
        style.drawItemText(painter, text, int(_FLAGS), self.palette(), self.isEnabled(), self.text())
        if self.hasFocus():
            focus_style.paint_ring(painter, self.rect(), self.palette())
        painter.end()
