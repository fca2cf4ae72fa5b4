"""The plain screens of a collection: the neutral hand-over, the thank-you, the closed collection.

Large centred text and one or two buttons; Enter does what the first button says. They show
nothing of anybody's answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerready.engine import vocabulary, wording
from peerready.ui import theme, widgets
from peerready.workshop.answering import Session


def plain_label(text: str = "", centred: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _row(*buttons, centred: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    if centred:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def on_enter(widget: QWidget, slot) -> None:
    for key in ("Return", "Enter"):
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


class HandoverScreen(QWidget):
    """« Pass the laptop to the next person »: who answers next, and how long it takes, nothing else."""

    started = Signal()
    cancelled = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = plain_label()
        self.detail = plain_label()
        self.start_button = widgets.button(self.tr("Commencer"), self.started, self.tr("Commencer (Entrée)"))
        self.cancel_button = widgets.button(
            self.tr("Retour à la vue d’ensemble"),
            self.cancelled,
            self.tr("Pour l’animation : revenir à la vue d’ensemble sans répondre"),
        )
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addLayout(_row(self.start_button, self.cancel_button))
        layout.addStretch(2)
        on_enter(self, self.started.emit)
        self.apply_fonts()

    def show_person(self, s: Session, resuming: bool) -> None:
        self.label.setText(
            self.tr(
                "Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : "
                "elles ne seront jamais montrées une par une."
            )
        )
        group = vocabulary.GROUPS.get(s.group, s.group)
        if resuming:
            self.detail.setText(self.tr("{0} · reprise à la question {1} / {2}").format(group, s.number, s.count))
            start = self.tr("Continuer")
        else:
            self.detail.setText(
                self.tr("{0} · {1}, environ {2}").format(
                    group, wording.plural(s.count, "question"), wording.plural(s.minutes, "minute")
                )
            )
            start = self.tr("Commencer")
        self.start_button.setText(start)
        self.start_button.setAccessibleName(start)

    def apply_fonts(self) -> None:
        self.label.setFont(theme.scaled(18))
        self.detail.setFont(theme.scaled(13))
        self.start_button.setFont(theme.scaled(15))


class ThanksScreen(QWidget):
    """The end of one person's questionnaire: their answers are saved; the laptop goes back."""

    done = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = plain_label(
            self.tr("Merci, vos réponses sont enregistrées. Rendez l’ordinateur à la personne qui anime l’atelier.")
        )
        self.button = widgets.button(
            self.tr("Retour à la vue d’ensemble"), self.done, self.tr("Retour à la vue d’ensemble (Entrée)")
        )
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(_row(self.button))
        layout.addStretch(2)
        on_enter(self, self.done.emit)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        self.label.setFont(theme.scaled(18))
        self.button.setFont(theme.scaled(15))


class ClosedScreen(QWidget):
    """A closed collection: nobody may answer any more, the results may be seen; it can be reopened."""

    results_asked = Signal()
    reopen_asked = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = plain_label(
            self.tr("La collecte est close : plus personne ne peut répondre et les résultats sont visibles."),
            centred=False,
        )
        self.results_button = widgets.button(self.tr("Voir les résultats"), self.results_asked)
        self.reopen_button = widgets.button(
            self.tr("Rouvrir la collecte"),
            self.reopen_asked,
            self.tr("Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés"),
        )
        layout.addWidget(self.label)
        layout.addLayout(_row(self.results_button, self.reopen_button, centred=False))
        layout.addStretch(1)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        self.label.setFont(theme.scaled(14))
