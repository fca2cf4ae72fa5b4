"""Call back when a widget gets an event of one kind (focus lost, resized), without subclassing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventWatcher(QObject):
    """Install with ``widget.installEventFilter(EventWatcher(kind, callback, parent))``; the event goes on."""

    def __init__(self, kind: QEvent.Type, callback, parent):
        super().__init__(parent)
        self.kind = kind
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == self.kind:
            self.callback()
        return False
