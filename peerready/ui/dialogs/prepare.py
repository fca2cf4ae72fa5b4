"""Prepare a session: questionnaire, version, stage, and how each group will answer.

A group asked no question (the people supported, in the short version) is unticked and greyed
while that is so; what the facilitator had chosen for it comes back with its questions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from peerready.engine import vocabulary
from peerready.store import errors, structures
from peerready.ui import accessible, dialogs, widgets, words, workers
from peerready.ui.widgets.posts_editor import PostsEditor
from peerready.workshop import preparing

#: A group that answers on phones is stored as person by person: each phone is one anonymous respondent.
PHONES = "phones"


def _stored_mode(mode: str) -> str:
    return "individual" if mode == PHONES else mode


class PrepareDialog(QDialog):
    def __init__(self, context, structure_id: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.structure_id = structure_id
        self.assessment = None
        self.setWindowTitle(self.tr("Nouvelle évaluation"))
        layout, outer = dialogs.scrolling_body(self)
        form = QFormLayout()
        self.questionnaires = context.questionnaires()
        self.questionnaire_box = widgets.narrow_combo()
        for questionnaire in self.questionnaires:
            self.questionnaire_box.addItem(f"{questionnaire.title} ({questionnaire.version})", questionnaire.id)
        form.addRow(self.tr("&Questionnaire :"), self.questionnaire_box)

        self.stage_box = widgets.narrow_combo()
        for stage, label in vocabulary.STAGES.items():
            self.stage_box.addItem(words.shown(label), stage)
        suggested = preparing.suggestion(context.store, structure_id)
        if suggested.stage in vocabulary.STAGES:
            self.stage_box.setCurrentIndex(list(vocabulary.STAGES).index(suggested.stage))
        form.addRow(self.tr("É&tape du projet :"), self.stage_box)

        version_row = QHBoxLayout()
        self.full = QRadioButton(self.tr("Comp&lète"))
        self.short = QRadioButton(self.tr("Co&urte (vérification rapide)"))
        self.full.setChecked(True)
        versions = QButtonGroup(self)
        versions.addButton(self.full)
        versions.addButton(self.short)
        version_row.addWidget(self.full)
        version_row.addWidget(self.short)
        version_row.addStretch(1)
        form.addRow(self.tr("Version :"), version_row)
        layout.addLayout(form)

        box = QGroupBox(self.tr("Qui répond, et comment"))
        grid = QGridLayout(box)
        self.group_checks: dict[str, QCheckBox] = {}
        self.mode_boxes: dict[str, QComboBox] = {}
        self.counts: dict[str, QLabel] = {}
        #: Whether the facilitator wants each group, whatever the version or stage shown asks it.
        self.wanted: dict[str, bool] = {}
        self._updating = False
        choices = (
            ("individual", self.tr("À tour de rôle (l’ordinateur passe de main en main)")),
            ("tally", self.tr("Décompte (vote à main levée ou bulletins papier)")),
            ("consensus", self.tr("Réponse commune du groupe")),
            # Person by person too, each on their own phone at once; the window with the code opens with the session.
            (PHONES, self.tr("Sur leurs téléphones")),
        )
        #: Accompanied people never answer by a show of hands in front of the staff who support them.
        ballot_box = self.tr("Bulletins papier glissés dans une urne, comptés par l’animation")
        for row, (group, label) in enumerate(vocabulary.GROUPS.items()):
            label = words.shown(label)
            check = QCheckBox(label)
            check.setChecked(group in preparing.DEFAULT_GROUPS)
            mode = widgets.narrow_combo()
            accessible.name_field(mode, self.tr("Façon de répondre : {0}").format(label))
            for value, text in choices:
                mode.addItem(ballot_box if (group, value) == ("people", "tally") else text, value)
            mode.setCurrentIndex([m for m, _ in choices].index(preparing.DEFAULT_MODES[group]))
            count = QLabel()
            grid.addWidget(check, row, 0)
            grid.addWidget(mode, row, 1)
            grid.addWidget(count, row, 2)
            check.toggled.connect(mode.setEnabled)
            check.toggled.connect(lambda checked, group=group: self.on_group_toggled(group, checked))
            mode.setEnabled(check.isChecked())
            self.group_checks[group], self.mode_boxes[group], self.counts[group] = check, mode, count
            self.wanted[group] = check.isChecked()
        layout.addWidget(box)
        self.posts_editor = PostsEditor(suggested.posts)
        layout.addWidget(self.posts_editor)
        self.note = QLabel(
            self.tr(
                "Personnes accompagnées : leurs questions parlent du travail pair dans l’équipe. Ne les posez "
                "qu’avec l’accord de la personne en poste, qui choisit de dire ou non son parcours."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        if "people" in self.group_checks:  # heard with the box that asks those questions, not only seen below
            self.group_checks["people"].setAccessibleDescription(self.note.text())
        if suggested.carries_actions:
            carried = QLabel(self.tr("Les actions encore ouvertes de la dernière évaluation seront reprises."))
            carried.setWordWrap(True)
            layout.addWidget(carried)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.paper_button = QPushButton(self.tr("Imprimer les questionnaires &papier…"))
        self.paper_button.setToolTip(self.tr("Un questionnaire vierge par groupe coché, pour une séance sur papier"))
        self.paper_button.clicked.connect(self.on_paper)
        buttons.addButton(self.paper_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button = buttons.addButton(self.tr("&Commencer la séance"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.on_start)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # The keyboard meets the buttons in the order of the work: print, start, and only then give up.
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QWidget.setTabOrder(self.paper_button, self.start_button)
        QWidget.setTabOrder(self.start_button, cancel)
        accessible.name_from_buddies(self)
        for widget in (self.questionnaire_box, self.stage_box):
            widget.currentIndexChanged.connect(self._update)
        self.full.toggled.connect(self._update)
        self._update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        dialogs.fit_on_screen(self)

    def chosen(self):
        questionnaire = self.questionnaires[self.questionnaire_box.currentIndex()]
        stage = self.stage_box.currentData()
        groups = {g: self.mode_boxes[g].currentData() for g, check in self.group_checks.items() if check.isChecked()}
        return questionnaire, stage, self.short.isChecked(), {g: _stored_mode(m) for g, m in groups.items()}

    def phone_groups(self) -> list[str]:
        """The groups chosen to answer on their phones (stored as person by person)."""
        checked = [g for g, check in self.group_checks.items() if check.isChecked()]
        return [g for g in checked if self.mode_boxes[g].currentData() == PHONES]

    def on_group_toggled(self, group: str, checked: bool) -> None:
        if not self._updating:  # the facilitator's own choice, kept across versions and stages
            self.wanted[group] = checked
        self._update()

    def _update(self) -> None:
        if self._updating:
            return
        self._updating = True
        questionnaire, stage, short, _ = self.chosen()
        counts = preparing.question_counts(questionnaire, stage, short)
        for group, label in self.counts.items():
            count = counts[group]
            label.setText(self.tr("{0} questions").format(count) if count else self.tr("aucune question"))
            check = self.group_checks[group]
            check.setChecked(bool(count) and self.wanted[group])
            check.setEnabled(bool(count))
            check.setToolTip(
                ""
                if count
                else self.tr("Cette version ne pose aucune question à ce groupe : il sera recoché avec ses questions.")
            )
        self._updating = False
        groups = self.chosen()[3]
        if "people" in groups and self.note.isHidden() and self.isVisible():
            accessible.announce(self, self.note.text())
        self.note.setVisible("people" in groups)
        self.start_button.setEnabled(bool(groups))
        self.paper_button.setEnabled(bool(groups))

    def on_start(self) -> None:
        questionnaire, stage, short, groups = self.chosen()
        try:
            started = self.context.attempt(
                self.tr("La nouvelle évaluation n’a pas été créée."),
                lambda: preparing.start_assessment(
                    self.context.store,
                    self.structure_id,
                    questionnaire,
                    stage,
                    groups,
                    short=short,
                    described=self.posts_editor.described(),
                ),
            )
        except errors.RecordError as error:
            dialogs.warn(self, self.tr("Nouvelle évaluation"), str(error))
            return
        if not started:
            return
        self.assessment = started.value
        self.accept()

    def on_paper(self) -> None:
        questionnaire, stage, short, groups = self.chosen()
        structure = structures.get_structure(self.context.store, self.structure_id)
        print_blank_questionnaires(
            self,
            self.parent().navigator if hasattr(self.parent(), "navigator") else None,
            questionnaire,
            list(groups),
            stage,
            short,
            structure.name,
        )


def print_blank_questionnaires(parent, navigator, questionnaire, groups, stage, short, structure_name) -> None:
    """Write one blank questionnaire per group into a chosen folder, off the UI thread, then open the first."""
    folder = dialogs.choose_folder(
        parent, QCoreApplication.translate("parent", "Où enregistrer les questionnaires papier ?")
    )
    if not folder:
        return
    version = "court" if short else "complet"
    targets = {group: Path(folder) / f"Questionnaire {vocabulary.GROUPS[group]} ({version}).pdf" for group in groups}

    def work():
        # Deferred: reportlab loads only when a document is made (keeps start-up fast).
        from peerready import report

        for group, path in targets.items():
            path.write_bytes(
                report.blank_questionnaire(questionnaire, group, stage=stage, short=short, structure=structure_name)
            )
        return list(targets.values())

    def done(paths):
        if navigator is not None:
            saved = (
                QCoreApplication.translate("parent", "1 questionnaire enregistré dans {1}")
                if len(paths) == 1
                else QCoreApplication.translate("parent", "{0} questionnaires enregistrés dans {1}")
            )
            navigator.notify(saved.format(len(paths), folder))
        dialogs.show_document(parent, str(paths[0]))

    workers.run_in_background(
        work,
        done,
        lambda error: dialogs.warn(parent, QCoreApplication.translate("parent", "Impression impossible"), str(error)),
    )
