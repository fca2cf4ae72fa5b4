"""The peer's own screen at the end of their answers: what they said, and what they choose to share.

Shown only to the person who just answered (a lone peer, almost always), before the thank-you
screen; it is emptied as soon as they validate. The three choices are ``vocabulary.CONSENTS``;
« nothing but the weight » is ticked first, since it is what happens if they choose nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from peerready.engine import wording
from peerready.engine.results.personal import PersonalView
from peerready.ui import theme, widgets, words
from peerready.ui.widgets.flow_layout import FlowLayout
from peerready.ui.widgets.session_screens import on_enter, plain_label
from peerready.ui.widgets.wrapping_radio import WrappingRadio
from peerready.workshop import sharing


class SharingScreen(QWidget):
    chosen = Signal(object)  # a consent id, or None for « weight »
    sheet_asked = Signal()

    def __init__(self):
        super().__init__()
        self.title = plain_label(self.tr("Avant de finir : ce que vous partagez"), centred=False)
        self.intro = plain_label(
            self.tr(
                "Votre groupe compte peu de personnes : on pourrait vous reconnaître. "
                "Voici ce que vous avez dit qui signale un risque ou qui diffère des autres. Personne d’autre ne le "
                "voit. Choisissez ce qui peut apparaître dans les résultats communs."
            ),
            centred=False,
        )
        self.findings = plain_label(centred=False)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.findings.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        # One scrolling area for the whole text (none nested), the buttons always in sight below it.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.findings)
        for consent in ("all", "risks", "weight"):
            choice = WrappingRadio(words.consent(consent))
            self.group.addButton(choice)
            self.choices[consent] = choice
            layout.addWidget(choice)
        self.caveat = plain_label(sharing.CAVEAT, centred=False)
        layout.addWidget(self.caveat)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: the choices scroll it into view
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        self.sheet_button = widgets.button(self.tr("Enregistrer ma fiche personnelle (PDF)…"), self.sheet_asked.emit)
        self.done_button = widgets.button(self.tr("Valider mon choix (Entrée)"), self._validate)
        self.done_button.setDefault(True)
        buttons = FlowLayout()  # wraps at large text sizes instead of widening the window
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.done_button)
        outer.addLayout(buttons)
        on_enter(self, self._validate)  # the arrows choose, Enter validates: the keyboard alone is enough
        self.apply_fonts()

    def show_view(self, view: PersonalView) -> None:
        lines = []
        if view.risks:
            lines.append(self.tr("Ce que vous avez signalé :"))
            said = self.tr("• {0} — vous avez répondu « {1} »")
            lines += [said.format(r.title, r.answer) for r in view.risks]
        if view.differences:
            lines.append(self.tr("Là où votre regard diffère :"))
            lines += [
                "• "
                + self.tr("« {0} » — vous avez répondu « {1} » ; les autres voient les choses autrement : {2}").format(
                    question, answer, ", ".join(f"{d.other_group} {wording.score(d.other_score)}" for d in others)
                )
                for (question, answer), others in view.differences_by_question().items()
            ]
        if not lines:
            lines.append(
                self.tr("Rien de ce que vous avez dit ne signale un risque ni ne diffère nettement des autres.")
            )
        self.findings.setText("\n".join(lines))
        self.choices["weight"].setChecked(True)
        self.choices["all"].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Nothing of this person stays in the widgets once they validated."""
        self.findings.setText("")
        self.choices["weight"].setChecked(True)

    def selected(self) -> str | None:
        picked = next((c for c, button in self.choices.items() if button.isChecked()), "weight")
        return None if picked == "weight" else picked

    def _validate(self) -> None:
        self.chosen.emit(self.selected())

    def apply_fonts(self) -> None:
        title = theme.scaled(18)
        title.setBold(True)
        self.title.setFont(title)
        for widget in (self.intro, self.findings, self.caveat, *self.choices.values()):
            widget.setFont(theme.scaled(13))
        for button in (self.sheet_button, self.done_button):
            button.setFont(theme.scaled(13))
