"""Before the end of a questionnaire: the questions passed without an answer, each a way back to it.

It shows only the questions (never an answer); Enter on the list goes back to the chosen
question, Enter on a button does what it says.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerready.ui import theme, widgets, words
from peerready.ui.widgets.flow_layout import FlowLayout
from peerready.workshop.skipping import Passed


class PassedList(QWidget):
    """« Avant de terminer » : the questions still without an answer; go back to one, or finish anyway."""

    #: The index of the question to go back to.
    chosen = Signal(int)
    finish_asked = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Questions sans réponse"))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.title.setBuddy(self.list)
        self.back_button = widgets.button(
            self.tr("Répondre à la question choisie"),
            self.on_back,
            self.tr("Revenir à la question choisie dans la liste (Entrée)"),
        )
        self.finish_button = widgets.button(
            self.tr("Terminer sans y répondre"),
            self.finish_asked,
            self.tr("Ces questions resteront sans réponse"),
        )
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.list, 1)
        row = FlowLayout()  # wraps at large text sizes instead of widening the window
        row.addWidget(self.back_button)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.on_enter)
        self.apply_fonts()

    def show_passed(self, passed: Sequence[Passed], count: int, mode: str) -> None:
        """The questions of ``passed``, out of ``count``; ``mode``: who answers (a person may choose not to)."""
        self.list.clear()
        self.title.setText(
            words.typeset(
                self.tr("Avant de terminer : {0} sans réponse sur {1}").format(
                    words.plural(len(passed), "question"), count
                )
            )
        )
        if mode == "individual":
            detail = self.tr(
                "Vous pouvez y revenir, ou les laisser sans réponse : ne pas répondre est permis. "
                "Choisissez une question puis Entrée pour y revenir."
            )
        else:
            detail = self.tr(
                "Revenez-y maintenant, ou terminez : elles resteront sans réponse pour ce groupe. "
                "Choisissez une question puis Entrée pour y revenir."
            )
        self.detail.setText(words.typeset(detail))
        for entry in passed:
            line = self.tr("Question {0} · {1} — {2}").format(entry.number, entry.dimension, entry.text)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, entry.index)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def clear(self) -> None:
        """Nothing of the previous person stays, even hidden."""
        self.list.clear()
        self.title.clear()
        self.detail.clear()

    def first_focus(self) -> QWidget:
        return self.list

    def on_back(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def on_enter(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
            focused.click()
        else:
            self.on_back()

    def apply_fonts(self) -> None:
        title = theme.scaled(16)
        title.setBold(True)
        self.title.setFont(title)
        self.detail.setFont(theme.scaled(12))
        self.list.setFont(theme.scaled(13))
        for button in (self.back_button, self.finish_button):
            button.setFont(theme.scaled(13))
