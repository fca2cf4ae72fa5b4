"""The facilitator's overview of a collection: the stage, one card per group, closing. Never a result.

Enter on a focused button does what it says (as Space does), so the keyboard alone runs the hub.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerready.store.assessments import Assessment
from peerready.ui import theme, widgets, words
from peerready.ui.widgets.group_card import GroupActions, GroupCard
from peerready.workshop.collecting import Collection


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CollectionOverview(QScrollArea):
    """The groups with their modes and progress, and the button that closes the collection."""

    close_asked = Signal()

    def __init__(self):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its buttons scroll it into view
        self.setAccessibleName(self.tr("Vue d’ensemble de la collecte"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.stage = _wrapped()
        self.note = _wrapped(
            self.tr(
                "Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, "
                "pour que personne ne réponde sous l’influence de la salle."
            )
        )
        layout.addWidget(self.stage)
        layout.addWidget(self.note)
        self.groups_layout = QVBoxLayout()
        layout.addLayout(self.groups_layout)
        self.close_button = widgets.button(
            self.tr("Clore la collecte et voir les résultats"),
            self.close_asked,
            self.tr("Quand tout le monde a répondu : affiche les résultats à toute la salle"),
        )
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)
        #: One card per group, and all their buttons in the order the keyboard meets them.
        self.cards: list[GroupCard] = []
        self.buttons: list[QPushButton] = []
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.on_enter)

    def on_enter(self) -> None:
        """Enter on a focused button of the hub clicks it; elsewhere it does nothing."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused) and focused.isEnabled():
            focused.click()

    def show_stage(self, assessment: Assessment) -> None:
        stage = words.stage(assessment.stage)
        self.stage.setText(
            self.tr("Étape : {0}").format(stage) + (self.tr(" (version courte)") if assessment.short else "")
        )

    def show_collection(self, collection: Collection, actions: GroupActions) -> None:
        for card in self.cards:
            self.groups_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards, self.buttons = [], []
        for group in collection.groups:
            card = GroupCard(group, actions)
            self.groups_layout.addWidget(card)
            self.cards.append(card)
            self.buttons.extend(card.buttons)
        # The groups' buttons first, « Clore la collecte… » (which ends everyone's answers) after them all.
        for first, second in itertools.pairwise([*self.buttons, self.close_button]):
            QWidget.setTabOrder(first, second)
        self.apply_fonts()

    def first_focus(self) -> QWidget:
        return self.buttons[0] if self.buttons else self.close_button

    def apply_fonts(self) -> None:
        self.stage.setFont(theme.scaled(13))
        for card in self.cards:
            card.apply_fonts()
