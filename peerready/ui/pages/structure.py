"""One structure: its assessments over time, and where to go from each.

A new assessment while a collection of the structure is still open is confirmed first (the
default goes back to the open one): started by mistake, it would become the structure's latest
assessment. An empty or mistaken assessment can be deleted, after a backup, and only it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerready import paths
from peerready.store import assessments, bundle, errors, structures, summaries
from peerready.store.database import Store
from peerready.ui import dialogs, faults, widgets, words, workers
from peerready.ui.dialogs.prepare import PrepareDialog, print_blank_questionnaires
from peerready.ui.widgets import PageHeader
from peerready.ui.widgets.flow_layout import FlowLayout
from peerready.ui.widgets.wrapping_rows import WrappingRows
from peerready.workshop import preparing


class StructurePage(QWidget):
    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.structure_id: str | None = None
        layout = QVBoxLayout(self)
        self.header = PageHeader("", back=navigator.show_home, back_text=self.tr("← Structures"))
        layout.addWidget(self.header)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)

        label = QLabel(self.tr("É&valuations"))
        layout.addWidget(label)
        self.table = QTreeWidget()
        self.table.setObjectName("assessments")
        label.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Évaluations de la structure"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Étape"),
                self.tr("Version"),
                self.tr("Groupes"),
                self.tr("Collecte"),
                self.tr("Niveau"),
            ]
        )
        widgets.fit_columns(self.table, wrapping=(1, 3))
        WrappingRows(self.table, wrapping=(1, 3))  # rows grow with the stage and groups they wrap
        self.table.itemActivated.connect(lambda *_: self.on_activated())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Pas encore d’évaluation. « Nouvelle évaluation » prépare une séance : "
                "questionnaire, étape du projet, groupes qui répondent."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        row = FlowLayout()  # wraps at large text sizes instead of widening the window
        self.new_button = self._button(
            row,
            self.tr("&Nouvelle évaluation…"),
            self.on_new_assessment,
            self.tr("Préparer une séance (Ctrl+E)"),
            "Ctrl+E",
        )
        self.continue_button = self._button(
            row,
            self.tr("&Continuer la séance"),
            self.on_continue,
            self.tr("Reprendre la collecte des réponses (Entrée)"),
        )
        self.results_button = self._button(
            row, self.tr("&Résultats"), self.on_results, self.tr("Voir les résultats (Ctrl+R)"), "Ctrl+R"
        )
        self.plan_button = self._button(
            row, self.tr("&Plan d’action"), self.on_plan, self.tr("Travailler le plan d’action (Ctrl+P)"), "Ctrl+P"
        )
        self.paper_button = self._button(
            row,
            self.tr("&Questionnaires papier…"),
            self.on_paper,
            self.tr("Imprimer les questionnaires vierges de l’évaluation choisie"),
        )
        self.export_button = self._button(
            row,
            self.tr("E&xporter l’évaluation…"),
            self.on_export,
            self.tr("Exporter l’évaluation choisie vers un fichier .peerready"),
        )
        self.delete_button = self._button(
            row,
            self.tr("&Supprimer l’évaluation…"),
            self.on_delete,
            self.tr("Supprimer l’évaluation choisie, vide ou commencée par erreur, après une sauvegarde (Suppr)"),
        )
        layout.addLayout(row)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.on_delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # only on the list, never while typing elsewhere

    def _button(self, row, text, slot, tip, shortcut=None) -> QPushButton:
        made = widgets.button(text, slot, tip, shortcut=shortcut)
        row.addWidget(made)
        return made

    def first_focus(self):
        return self.table if self.table.topLevelItemCount() else self.new_button

    def open(self, structure_id: str) -> None:
        self.structure_id = structure_id
        self.refresh()

    def refresh(self) -> None:
        if self.structure_id is None:
            return
        structure = structures.get_structure(self.context.store, self.structure_id)
        self.header.set_title(structure.name)
        facts = [x for x in (structure.sector, structure.service_kind) if x]
        self.details.setText(" · ".join(facts))
        self.details.setVisible(bool(facts))
        selected = self.selected_id()
        listed = summaries.list_assessments(self.context.store, self.structure_id)
        with QSignalBlocker(self.table):  # no "current item changed" for rows of the previous list
            self.table.clear()
            for assessment, info in listed:
                groups = ", ".join(f"{words.group(g)} ({words.mode_in_text(m)})" for g, m in assessment.groups.items())
                level = words.level(info["level"], "—") if assessment.closed else "—"
                item = QTreeWidgetItem(
                    [
                        words.short_date(assessment.started_at),
                        words.stage_short(assessment.stage),
                        self.tr("courte") if assessment.short else self.tr("complète"),
                        groups,
                        self.tr("close")
                        if assessment.closed
                        else self.tr("en cours ({0})").format(words.plural(info["answers"], "réponse")),
                        level,
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, assessment.id)
                self.table.addTopLevelItem(item)
                if assessment.id == selected:
                    self.table.setCurrentItem(item)
            if self.table.currentItem() is None and self.table.topLevelItemCount():
                self.table.setCurrentItem(self.table.topLevelItem(0))
        self.empty.setVisible(not listed)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self):
        assessment_id = self.selected_id()
        if not assessment_id:
            return None
        try:
            return assessments.get_assessment(self.context.store, assessment_id)
        except errors.RecordError:  # gone since the list was made (a restore, a deletion, another program)
            return None

    def _update_buttons(self) -> None:
        assessment = self._selected()
        for button in (
            self.continue_button,
            self.results_button,
            self.plan_button,
            self.paper_button,
            self.export_button,
            self.delete_button,
        ):
            button.setEnabled(assessment is not None)
        if assessment is not None:
            self.continue_button.setText(
                self.tr("&Continuer la séance") if not assessment.closed else self.tr("Reprendre la &collecte")
            )

    # -- actions ----------------------------------------------------------------------

    def on_new_assessment(self) -> None:
        if not self._confirm_second_session():
            return
        dialog = PrepareDialog(self.context, self.structure_id, self)
        if dialog.exec() and dialog.assessment is not None:
            self.navigator.show_session(dialog.assessment.id, phones=dialog.phone_groups())

    def _confirm_second_session(self) -> bool:
        """True to prepare a new assessment; while a collection is open, the facilitator is asked first.

        The first choice, the default, goes back to the open session.
        """
        still_open = preparing.open_collections(self.context.store, self.structure_id)
        if not still_open:
            return True
        latest = still_open[0]
        described = self.tr("celle du {0} ({1}, {2})").format(
            words.short_date(latest.assessment.started_at),
            words.stage_short(latest.assessment.stage),
            words.plural(latest.answers, "réponse"),
        )
        if len(still_open) == 1:
            opening = self.tr("Une collecte de cette structure est encore ouverte : {0}.").format(described)
        else:
            opening = self.tr("{0} collectes de cette structure sont encore ouvertes ; la plus récente : {1}.").format(
                len(still_open), described
            )
        text = (
            opening
            + "\n\n"
            + self.tr(
                "Une nouvelle évaluation deviendrait la dernière de la structure, celle que montrent l’accueil "
                "et la prochaine séance. Pour continuer la collecte en cours, revenez à la séance ouverte."
            )
        )
        choice = dialogs.choose(
            self,
            self.tr("Une séance est déjà ouverte"),
            words.typeset(text),
            [
                ("back", self.tr("Revenir à la séance ouverte")),
                ("new", self.tr("Commencer une autre évaluation")),
                ("cancel", self.tr("Annuler")),
            ],
            escape="cancel",
        )
        if choice == "back":
            self.navigator.show_session(latest.assessment.id)
        return choice == "new"

    def on_delete(self) -> None:
        """Delete the chosen assessment, and only it, once the facilitator has seen what it holds."""
        assessment = self._selected()
        if assessment is None:
            return
        structure = structures.get_structure(self.context.store, assessment.structure_id)
        counts = assessments.deletion_counts(self.context.store, assessment.id)
        actions = words.plural(counts["actions"], "action") if counts["actions"] else self.tr("aucune action")
        if counts["answers"]:
            held = self.tr("Elle contient {0} et {1}.").format(words.plural(counts["answers"], "réponse"), actions)
        else:
            held = self.tr("Elle ne contient aucune réponse, et {0}.").format(actions)
        state = self.tr("collecte close") if assessment.closed else self.tr("collecte en cours")
        question = (
            self.tr("Supprimer l’évaluation du {0} ({1}, {2}) ?").format(
                words.short_date(assessment.started_at), words.stage_short(assessment.stage), state
            )
            + "\n\n"
            + held
            + " "
            + self.tr("Les autres évaluations de « {0} » ne changent pas.").format(structure.name)
            + "\n\n"
            + self.tr(
                "Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, "
                "Fichier → Restaurer une sauvegarde (« avant-suppression »)."
            )
        )
        if not dialogs.confirm(
            self, self.tr("Supprimer une évaluation"), words.typeset(question), self.tr("Supprimer")
        ):
            return
        try:
            deleted = self.context.attempt(
                self.tr("L’évaluation n’a pas été supprimée."),
                lambda: assessments.delete_assessment(self.context.store, assessment.id),
            )
        except errors.RecordError as error:  # gone meanwhile (another program, a restore)
            dialogs.warn(self, self.tr("Supprimer une évaluation"), words.typeset(str(error)))
            self.refresh()
            return
        if not deleted:
            return
        if self.context.settings is not None:
            self.context.settings.remove(f"session/{assessment.id}")  # what this laptop showed of it
            self.context.settings.remove(f"headcount/{assessment.id}")
        structure_id, navigator = self.structure_id, self.navigator
        forget = getattr(navigator, "forget_pages", None)
        if callable(forget):
            forget()  # the pages that showed this assessment must not act on it any more (this one included)
        navigator.show_structure(structure_id)
        navigator.notify(
            self.tr("L’évaluation du {0} a été supprimée. Une sauvegarde d’avant la suppression est dans {1}").format(
                words.short_date(assessment.started_at), paths.backups_dir(self.context.data_dir)
            ),
            10000,
        )

    def on_activated(self) -> None:
        """Enter on an assessment: its session while it is open, its results once closed."""
        assessment = self._selected()
        if assessment is None:
            return
        if assessment.closed:
            self.navigator.show_results(assessment.id)
        else:
            self.navigator.show_session(assessment.id)

    def on_continue(self) -> None:
        if self.selected_id():
            self.navigator.show_session(self.selected_id())

    def on_results(self) -> None:
        if self.selected_id():
            self.navigator.show_results(self.selected_id())

    def on_plan(self) -> None:
        if self.selected_id():
            self.navigator.show_plan(self.selected_id())

    def on_paper(self) -> None:
        assessment = self._selected()
        if assessment is None:
            return
        questionnaire = assessments.questionnaire(self.context.store, assessment.questionnaire_hash)
        structure = structures.get_structure(self.context.store, assessment.structure_id)
        print_blank_questionnaires(
            self,
            self.navigator,
            questionnaire,
            list(assessment.groups),
            assessment.stage,
            assessment.short,
            structure.name,
        )

    def on_export(self) -> None:
        assessment = self._selected()
        if assessment is None:
            return
        structure = structures.get_structure(self.context.store, assessment.structure_id)
        path = dialogs.save_file(
            self,
            self.tr("Exporter l’évaluation"),
            f"{structure.name} {assessment.started_at[:10]}.peerready",
            self.tr("Fichiers PeerReady (*.peerready)"),
        )
        if not path:
            return
        data_dir = self.context.data_dir

        def work():
            with Store.open(data_dir, automatic_backup=False) as store:
                return bundle.export(store, Path(path), assessment_id=assessment.id)

        workers.run_in_background(
            work,
            lambda _: self.navigator.notify(self.tr("Évaluation exportée vers {0}").format(path)),
            lambda error: faults.report_export_failure(self, self.context, error, path),
        )
