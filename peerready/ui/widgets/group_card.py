"""One group on the collection's overview: how it answers, how far it is, where to answer for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerready.store.respondents import Respondent
from peerready.ui import theme, widgets, words
from peerready.workshop.collecting import Group


@dataclass(frozen=True)
class GroupActions:
    """What the buttons of a group card do."""

    new_person: Callable[[str], None]
    resume: Callable[[Respondent], None]
    tally: Callable[[str, bool], None]
    common_answer: Callable[[str], None]
    #: Opens the group's collection on the participants' own phones (None: not offered here).
    phones: Callable[[str], None] | None = None


class GroupCard(QGroupBox):
    """Never a result: the mode, the number of questions, who finished, who is in progress."""

    def __init__(self, group: Group, actions: GroupActions):
        super().__init__(words.group(group.id))
        layout = QVBoxLayout(self)
        layout.addWidget(
            self._wrapped(self.tr("Mode : {0} · {1} questions").format(words.mode(group.mode), group.questions))
        )
        #: The card's buttons, in the order the keyboard meets them.
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._more = QVBoxLayout()
        if group.mode == "individual":
            self._individual(layout, group, actions)
        elif group.mode == "tally":
            self._tally(layout, group, actions)
        else:
            layout.addWidget(
                self._wrapped(self.tr("{0} / {1} questions répondues").format(group.answered, group.questions))
            )
            self._add(
                self.tr("Réponse commune"),
                lambda: actions.common_answer(group.id),
                self.tr("Le groupe se met d’accord sur une réponse à chaque question"),
                self.tr("Réponse commune : {0}").format(self.title()),
            )
        self._row.addStretch(1)
        layout.addLayout(self._row)
        layout.addLayout(self._more)
        self.apply_fonts()

    def _individual(self, layout: QVBoxLayout, group: Group, actions: GroupActions) -> None:
        done = len(group.done)
        layout.addWidget(
            self._wrapped(
                (
                    self.tr("Personne n’a encore terminé")
                    if done == 0
                    else self.tr("1 personne a terminé")
                    if done == 1
                    else self.tr("{0} personnes ont terminé").format(done)
                )
                + self.tr(" · {0} en cours").format(len(group.in_progress))
            )
        )
        self._add(
            self.tr("Nouvelle personne"),
            lambda: actions.new_person(group.id),
            self.tr("Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante"),
            self.tr("Nouvelle personne : {0}").format(self.title()),
        )
        if actions.phones is not None:
            self._add(
                self.tr("Sur les téléphones…"),
                lambda: actions.phones(group.id),
                self.tr("Tout le groupe répond en même temps, chacun sur son téléphone, par le Wi-Fi de la salle"),
                self.tr("Sur les téléphones : {0}").format(self.title()),
            )
        for person in group.in_progress:
            self._add(
                self.tr("Reprendre la personne n° {0} ({1} / {2})").format(
                    person.respondent.number, person.answered, person.total
                ),
                lambda r=person.respondent: actions.resume(r),
                self.tr("Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée"),
                below=True,
            )

    def _tally(self, layout: QVBoxLayout, group: Group, actions: GroupActions) -> None:
        text = self.tr("{0} / {1} questions décomptées").format(group.answered, group.questions)
        if len(group.people) > 1:
            text += self.tr(" · {0} feuilles de décompte").format(len(group.people))
        layout.addWidget(self._wrapped(text if group.people else self.tr("Pas encore de décompte")))
        self._add(
            self.tr("Saisir le décompte"),
            lambda: actions.tally(group.id, False),
            self.tr("Tapez combien de personnes ont choisi chaque réponse"),
            self.tr("Saisir le décompte : {0}").format(self.title()),
        )
        for sheet in group.people[1:]:
            self._add(
                self.tr("Feuille n° {0}").format(sheet.respondent.number),
                lambda r=sheet.respondent: actions.resume(r),
                self.tr("Reprendre cette feuille de décompte"),
                below=True,
            )
        if group.people:
            self._add(
                self.tr("Ajouter une feuille"),
                lambda: actions.tally(group.id, True),
                self.tr("Pour une autre réunion du même groupe : les décomptes s’additionnent"),
            )

    def _add(self, text: str, slot, tip: str, name: str = "", below: bool = False) -> None:
        made = widgets.button(text, lambda _=False: slot(), tip, name)
        if below:
            self._more.addWidget(made, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self._row.addWidget(made)
        self.buttons.append(made)

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def apply_fonts(self) -> None:
        title = theme.scaled(13)
        title.setBold(True)
        self.setFont(title)
        plain = theme.scaled(11)
        plain.setBold(False)
        for child in self.findChildren(QWidget):
            child.setFont(plain)
