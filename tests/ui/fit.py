"""What « fits on the projector » means, measured with each widget's own font metrics.

Used by ``test_projector_fit``: on a 1366×768 screen, at every text size, the window keeps its
size, no label, button, tab or table header is narrower than its text, nothing outside a
scrolling area lies outside the window, and the widgets that must be seen without scrolling are
wholly visible.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)

SCREEN = (1366, 768)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _scrolled(widget: QWidget) -> bool:
    """Inside the viewport of a scrolling area (a list, a table, a scroll area): it may lie out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def too_small(widget: QWidget) -> str | None:
    """Why this widget does not show all its text, or None."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        room = widget.contentsRect()
        if widget.wordWrap() or "<" in text:
            needed = widget.heightForWidth(room.width()) if widget.wordWrap() else widget.sizeHint().height()
            return f"{needed} px high for {room.height()}" if needed > room.height() + 1 else None
        lines = (_plain(text) if widget.buddy() is not None else text).split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines)
        if width > room.width() + 1 or height > room.height() + 2:
            return f"{width}×{height} px of text for {room.width()}×{room.height()}"
        return None
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox | QRadioButton):
        text = _plain(widget.text())
        if not text or not isinstance(widget, QPushButton) or widget.layout() is not None:
            return None  # a button drawn by its own children (the answer buttons) is checked through them
        needed = metrics.horizontalAdvance(text) + 8
        return f"{needed} px of text for {widget.width()}" if needed > widget.width() else None
    if isinstance(widget, QCheckBox | QRadioButton):
        if widget.hasHeightForWidth():  # it wraps its text
            needed = widget.heightForWidth(widget.width())
            return f"{needed} px high for {widget.height()}" if needed > widget.height() + 1 else None
        needed = widget.sizeHint().width()
        return f"{needed} px wide for {widget.width()}" if needed > widget.width() + 1 else None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            needed = metrics.horizontalAdvance(_plain(widget.tabText(index)))
            if needed > widget.tabRect(index).width():
                return f"tab « {widget.tabText(index)} »: {needed} px for {widget.tabRect(index).width()}"
        return None
    if isinstance(widget, QHeaderView):
        model = widget.model()
        if model is None:
            return None
        for section in range(widget.count()):
            if widget.isSectionHidden(section):
                continue
            text = str(model.headerData(section, widget.orientation()) or "")
            margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            needed = metrics.horizontalAdvance(text) + 2 * margin
            if widget.orientation().name == "Horizontal" and needed > widget.sectionSize(section):
                return f"header « {text} »: {needed} px for {widget.sectionSize(section)}"
        return None
    return None


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title"):
        if hasattr(widget, getter):
            try:
                text = str(getattr(widget, getter)())[:50]
            except TypeError:
                continue
            break
    return f"{type(widget).__name__} {widget.objectName()!r} « {text} »"


def problems(window: QWidget, screen: bool = True) -> list[str]:
    """Everything on screen that does not fit, or lies outside the window (``screen``: which fills the screen)."""
    found = []
    if screen and (window.width(), window.height()) != SCREEN:
        found.append(f"the window became {window.width()}×{window.height()}")
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or not widget.isVisibleTo(window):
            continue
        why = too_small(widget)
        if why:
            found.append(f"{describe(widget)}: {why}")
        if not _scrolled(widget):
            place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not bounds.contains(place):
                found.append(f"{describe(widget)}: outside the window at {place.getRect()}")
        parent = widget.parentWidget()
        if parent is not None and not widget.isWindow() and not isinstance(parent, QAbstractScrollArea):
            inside = parent.rect().adjusted(-1, -1, 1, 1)
            if not inside.contains(widget.geometry()) and not _is_viewport(parent):
                found.append(f"{describe(widget)}: cut by its frame {describe(parent)}")
    return found


def wholly_visible(widget: QWidget) -> bool:
    """Seen in full without scrolling: nothing of it clipped by a scrolling area or the window."""
    if not _shown(widget):
        return False
    seen = widget.visibleRegion().boundingRect()
    return seen.width() >= widget.width() - 1 and seen.height() >= widget.height() - 1
