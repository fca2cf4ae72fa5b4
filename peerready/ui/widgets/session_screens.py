"""The plain screens of a collection: the neutral hand-over, the thank-you, the closed collection.

Large centred text and one or two buttons; Enter does what the first button says. They show
nothing of anybody's answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerready.ui import accessible, theme, widgets, words
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
    """« Pass the laptop to the next person »: who answers next, and how long it takes, nothing else.

    It leads only to that person's questions: the way back to the overview is the facilitator's
    gesture (``SessionPage``). ``locked``: the person's answers were interrupted (a crash, the
    laptop closed); they reopen only after that gesture, so nobody else sees them.
    """

    started = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = plain_label()
        self.detail = plain_label()
        self.start_button = widgets.button(self.tr("Commencer"), self._start, self.tr("Commencer (Entrée)"))
        self.locked = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # locked, the screen itself holds the focus
        accessible.set_role(self, accessible.Role.Grouping)  # named by what it says (show_person)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addLayout(_row(self.start_button))
        layout.addStretch(2)
        on_enter(self, self._start)
        self.apply_fonts()

    def _start(self) -> None:
        if not self.locked:
            self.started.emit()

    def show_person(self, s: Session, resuming: bool, locked: bool = False) -> None:
        self.locked = locked
        self.start_button.setVisible(not locked)
        group = words.group(s.group)
        if locked:
            self.label.setText(
                self.tr(
                    "La séance a été interrompue pendant les réponses d’une personne. Appelez la personne "
                    "qui anime l’atelier : elle seule peut les reprendre."
                )
            )
            self.detail.setText(group)
            self._say()
            return
        self.label.setText(
            self.tr(
                "Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : "
                "elles ne seront jamais montrées une par une."
            )
        )
        if resuming:
            self.detail.setText(self.tr("{0} · reprise à la question {1} / {2}").format(group, s.number, s.count))
            start = self.tr("Continuer")
        else:
            self.detail.setText(
                self.tr("{0} · {1}, environ {2}").format(
                    group, words.plural(s.count, "question"), words.plural(s.minutes, "minute")
                )
            )
            start = self.tr("Commencer")
        self.start_button.setText(start)
        self.start_button.setAccessibleName(start)
        self._say()

    def _say(self) -> None:
        """What the screen says is its name, and is said as it appears (the focus may not move)."""
        said = f"{self.label.text()} {self.detail.text()}"
        self.setAccessibleName(said)
        accessible.announce(self, said)

    def apply_fonts(self) -> None:
        self.label.setFont(theme.scaled(18))
        self.detail.setFont(theme.scaled(13))
        self.start_button.setFont(theme.scaled(15))


class ThanksScreen(QWidget):
    """The end of one person's questionnaire: their answers are saved; the laptop goes to the next person.

    Nothing here leads to the overview (where other people's answers could be reached): that is
    the facilitator's gesture.
    """

    done = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = plain_label(
            self.tr(
                "Merci, vos réponses sont enregistrées. Passez l’ordinateur à la personne suivante, "
                "ou rendez-le à la personne qui anime l’atelier."
            )
        )
        self.button = widgets.button(
            self.tr("Personne suivante"), self.done, self.tr("Une autre personne du même groupe répond (Entrée)")
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
