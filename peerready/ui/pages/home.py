"""Home: the structures with their latest assessment, most recent first; create, rename, delete, move."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from peerready import paths
from peerready.store import errors, listing, structures
from peerready.store.database import Store
from peerready.ui import dialogs, faults, widgets, words, workers
from peerready.ui.pages.home_list import StructureList, StructureRows
from peerready.ui.widgets import PageHeader
from peerready.ui.widgets.flow_layout import FlowLayout


class HomePage(QWidget):
    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self._keeping = False
        self._compute_here = False  # levels computed here only if a worker could not keep them
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Structures"))
        layout.addWidget(self.header)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Rechercher :"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nom ou secteur de la structure"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)

        self.rows = StructureRows(
            [
                self.tr("Structure"),
                self.tr("Dernière évaluation"),
                self.tr("Étape"),
                self.tr("Niveau"),
                self.tr("Actions ouvertes"),
            ],
            no_assessment=self.tr("aucune"),
            pending=self.tr("calcul…"),
            parent=self,
        )
        self.table = StructureList(self.rows)
        self.table.setObjectName("structures")
        self.table.setAccessibleName(self.tr("Liste des structures"))
        self.table.activated.connect(lambda *_: self.on_open())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        self.nothing_yet = self.tr(
            "Aucune structure pour l’instant. Commencez par « Nouvelle structure » "
            "(Ctrl+N), ou importez un fichier .peerready."
        )
        self.empty = QLabel(self.nothing_yet)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        buttons = FlowLayout()  # wraps at large text sizes instead of widening the window
        self.open_button = self._button(
            buttons, self.tr("&Ouvrir"), self.on_open, self.tr("Ouvrir la structure (Entrée)")
        )
        self.new_button = self._button(
            buttons, self.tr("&Nouvelle structure"), self.on_new_structure, self.tr("Créer une structure (Ctrl+N)")
        )
        self.rename_button = self._button(buttons, self.tr("Reno&mmer"), self.on_rename, self.tr("Renommer (F2)"))
        self.delete_button = self._button(
            buttons,
            self.tr("&Supprimer"),
            self.on_delete,
            self.tr("Supprimer la structure et toutes ses données (Suppr)"),
        )
        self.import_button = self._button(
            buttons, self.tr("Im&porter…"), self.on_import, self.tr("Importer un fichier .peerready (Ctrl+I)")
        )
        self.export_button = self._button(
            buttons, self.tr("&Exporter…"), self.on_export, self.tr("Exporter la structure vers un fichier .peerready")
        )
        self.overview_button = self._button(
            buttons,
            self.tr("&Vue d’ensemble"),
            self.on_overview,
            self.tr("Vue d’ensemble anonyme de toutes les structures (Ctrl+G)"),
        )
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.on_rename)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.on_delete)

        self.where = QLabel()
        self.where.setObjectName("data_folder")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.refresh()

    def _button(self, row, text, slot, tip) -> QPushButton:
        made = widgets.button(text, slot, tip)
        row.addWidget(made)
        return made

    def first_focus(self):
        return self.table if self.rows.rowCount() else self.new_button

    # -- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the store again (its own rule for a search), keeping the chosen structure when it is still listed."""
        selected = self.selected_id() or self.context.setting("recent/structure")
        search = self.search.text()
        if self._compute_here:  # a worker could not keep the missing levels: computed here, shown all the same
            listed = self._summaries().list_structures(self.context.store, search)
        else:
            listed = listing.list_structures(self.context.store, search)
        pending = [summary.last_assessment_id for summary in listed if summary.level_pending]
        if pending:
            self._keep_levels(pending)
        changed = self.rows.show(listed)
        row = self.rows.row_of(selected)
        if row is None and listed:
            row = 0
        if row is not None and (changed or not self.table.currentIndex().isValid()):
            self.table.setCurrentIndex(self.rows.index(row, 0))
        self.empty.setVisible(not listed)
        if not listed:
            nothing = self.tr("Aucune structure ne correspond à « {0} ».").format(search) if search.strip() else None
            self.empty.setText(nothing or self.nothing_yet)
        self.where.setText(dialogs.data_folder(self.context.data_dir))
        self._update_buttons()

    @staticmethod
    def _summaries():
        from peerready.store import summaries  # start-up: results and questionnaires only for missing levels

        return summaries

    def _keep_levels(self, assessment_ids: list[str]) -> None:
        """Levels not kept yet (a restored backup, a database from an older version) are computed on a
        worker thread, with a store of its own; the list shows « calcul… » until they are, then asks again."""
        if self._keeping:
            return
        self._keeping = True
        data_dir = self.context.data_dir

        def work():
            summaries = self._summaries()
            with Store.open(data_dir, automatic_backup=False) as own:
                return summaries.keep_missing(own, assessment_ids)  # only those the list shows

        def done(kept=None):
            self._keeping = False
            if not isinstance(kept, int) or not kept:  # could not be kept (a read-only file…): shown all the same
                self._compute_here = True
            self.refresh()

        workers.run_in_background(work, done, done)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.rows.structure_id(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.rename_button, self.delete_button, self.export_button):
            button.setEnabled(has)

    # -- actions ----------------------------------------------------------------------

    def on_open(self) -> None:
        structure_id = self.selected_id()
        if structure_id:
            self.navigator.show_structure(structure_id)

    def on_new_structure(self) -> None:
        name = dialogs.ask_text(
            self, self.tr("Nouvelle structure"), self.tr("Nom de la structure (par exemple « CHRS Les Tilleuls ») :")
        )
        if name is None:
            return
        try:
            created = self.context.attempt(
                self.tr("La structure « {0} » n’a pas été créée.").format(name.strip()),
                lambda: structures.create_structure(self.context.store, name),
            )
        except errors.RecordError as error:
            dialogs.warn(self, self.tr("Nouvelle structure"), str(error))
            return
        if not created:
            return
        structure = created.value
        self.context.set_setting("recent/structure", structure.id)
        self.refresh()
        self.navigator.notify(self.tr("Structure « {0} » créée.").format(structure.name))
        self.navigator.show_structure(structure.id)

    def on_rename(self) -> None:
        structure_id = self.selected_id()
        if not structure_id:
            return
        structure = structures.get_structure(self.context.store, structure_id)
        name = dialogs.ask_text(self, self.tr("Renommer"), self.tr("Nouveau nom :"), structure.name)
        if name is None or name.strip() == structure.name:
            return
        try:
            renamed = self.context.attempt(
                self.tr("La structure n’a pas été renommée."),
                lambda: structures.update_structure(self.context.store, structure_id, name=name),
            )
        except errors.RecordError as error:
            dialogs.warn(self, self.tr("Renommer"), str(error))
            return
        if renamed:
            self.refresh()

    def on_delete(self) -> None:
        structure_id = self.selected_id()
        if not structure_id:
            return
        structure = structures.get_structure(self.context.store, structure_id)
        counts = structures.deletion_counts(self.context.store, structure_id)
        question = self.tr(
            "Supprimer « {0} » et toutes ses données ?\n\n{1}, {2} et {3} seront effacées de cet ordinateur. "
            "Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, "
            "Fichier → Restaurer une sauvegarde (« avant-suppression »)."
        ).format(structure.name, *_counted(counts))
        if not dialogs.confirm(self, self.tr("Supprimer une structure"), question, self.tr("Supprimer")):
            return
        if not self.context.attempt(
            self.tr("« {0} » n’a pas été supprimée.").format(structure.name),
            lambda: structures.delete_structure(self.context.store, structure_id),
        ):
            return
        forget = getattr(self.navigator, "forget_pages", None)
        if callable(forget):
            forget()  # the pages that showed this structure must not act on it any more
        self.refresh()
        self.navigator.notify(
            self.tr("« {0} » a été supprimée. Une sauvegarde d’avant la suppression est dans {1}").format(
                structure.name, paths.backups_dir(self.context.data_dir)
            ),
            10000,
        )

    def on_import(self) -> None:
        path = dialogs.open_file(self, self.tr("Importer"), self.tr("Fichiers PeerReady (*.peerready)"))
        if not path:
            return
        data_dir = self.context.data_dir
        self._busy(True, self.tr("Importation en cours…"))

        def work():
            with Store.open(data_dir, automatic_backup=False) as store:  # one Store per thread
                from peerready.store import bundle  # start-up: only when a file is imported

                return bundle.import_bundle(store, Path(path))

        def done(report):
            self._busy(False)
            forget = getattr(self.navigator, "forget_pages", None)
            if callable(forget):
                forget()  # an import may replace what other pages show
            self.refresh()
            if report.changed == 0:
                message = self.tr("Ce fichier était déjà importé : rien n’a changé.")
            else:
                message = self.tr("Importé : {0}, {1}, {2}, {3}.").format(
                    words.plural(report.structures, "structure"), *_counted(vars(report))
                )
            for renamed in report.renamed:
                message += "\n" + self.tr("Une autre structure portait déjà ce nom : renommée {0}.").format(renamed)
            dialogs.inform(self, self.tr("Importer"), message)

        def failed(error):
            self._busy(False)
            what = self.tr("Ce fichier n’a pas été importé ; rien n’a été modifié.")
            if faults.is_data_folder_fault(error):
                if self.context.report(error, what):
                    self._busy(True, self.tr("Importation en cours…"))
                    workers.run_in_background(work, done, failed)
                return
            dialogs.warn(self, self.tr("Importation impossible"), what + "\n\n" + str(error))

        workers.run_in_background(work, done, failed)

    def on_export(self) -> None:
        structure_id = self.selected_id()
        if not structure_id:
            return
        structure = structures.get_structure(self.context.store, structure_id)
        path = dialogs.save_file(
            self, self.tr("Exporter"), f"{structure.name}.peerready", self.tr("Fichiers PeerReady (*.peerready)")
        )
        if not path:
            return
        data_dir = self.context.data_dir
        self._busy(True, self.tr("Exportation en cours…"))

        def work():
            with Store.open(data_dir, automatic_backup=False) as store:
                from peerready.store import bundle  # start-up: only when a file is exported

                return bundle.export(store, Path(path), structure_id=structure_id)

        def done(manifest):
            self._busy(False)
            counts = manifest["counts"]
            dialogs.inform(
                self,
                self.tr("Exporter"),
                self.tr("Exporté vers {0} : {1}, {2}, {3}. Les commentaires libres ne sont pas inclus.").format(
                    path, *_counted(counts)
                ),
            )

        def failed(error):
            self._busy(False)
            faults.report_export_failure(self, self.context, error, path)

        workers.run_in_background(work, done, failed)

    def on_overview(self) -> None:
        from peerready.ui.dialogs.overview import OverviewDialog  # start-up: only when it is opened

        OverviewDialog(self.context, self).exec()

    def _busy(self, busy: bool, message: str = "") -> None:
        for button in (self.import_button, self.export_button, self.delete_button):
            button.setEnabled(not busy)
        if busy:
            self.navigator.notify(message, 60000)
        else:
            self.navigator.notify("")
            self._update_buttons()


def _counted(counts) -> list[str]:
    """« 2 évaluations », « 41 réponses », « 1 action » from the counts of a deletion, an import or an export."""
    return [
        words.plural(counts["assessments"], "évaluation"),
        words.plural(counts["answers"], "réponse"),
        words.plural(counts["actions"], "action"),
    ]
