"""The anonymous overview across all structures, for peer-work platforms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)
from shiboken6 import isValid

from peerready.engine import wording
from peerready.store import history, summaries
from peerready.store.database import Store
from peerready.ui import dialogs, words, workers


class _Progress(QObject):
    """Carries the worker's progress to the UI thread (a signal emitted there is queued here)."""

    moved = Signal(int, int)


class OverviewDialog(QDialog):
    """Read from the summaries kept for each assessment; those not kept yet (after a restore, or a
    database from an older version) are first computed on a worker thread, with their progress."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Vue d’ensemble des structures"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.progress = QProgressBar()
        self.progress.setObjectName("overviewProgress")
        self.progress.setAccessibleName(self.tr("Calcul des résultats"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setObjectName("overview")
        self.tree.setAccessibleName(self.tr("Vue d’ensemble"))
        self.tree.setHeaderLabels([self.tr("Indicateur"), self.tr("Valeur")])
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.addButton(self.tr("Exporter en tableur…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleDescription(self.tr("Exporter la vue d’ensemble en tableur Excel"))
        self.export_button.setToolTip(
            self.tr("Un classeur Excel (.xlsx), une feuille par vue, anonyme comme cette vue d’ensemble")
        )
        self.export_button.setEnabled(False)  # once the figures are there
        self.export_button.clicked.connect(self.on_export)
        #: The figures shown, exported as they are.
        self.data: dict | None = None
        layout.addWidget(buttons)
        self.resize(760, 560)
        todo = summaries.missing(context.store)
        if todo:
            self._compute_first(todo)
        else:
            self._fill(history.overview(context.store, compute_missing=False))

    def _compute_first(self, todo: list[str]) -> None:
        self.intro.setText(
            self.tr("Calcul des résultats de {0}, une seule fois…").format(words.plural(len(todo), "évaluation"))
        )
        self.progress.setRange(0, len(todo))
        self.progress.setValue(0)
        self.progress.show()
        relay = _Progress()  # kept alive by the work below until it ends
        relay.moved.connect(lambda done, _total: self.progress.setValue(done))
        data_dir = self.context.data_dir

        def work():
            with Store.open(data_dir, automatic_backup=False) as own:  # one store per thread
                summaries.keep_missing(own, todo, progress=relay.moved.emit)

        def finished(_value=None):
            self.progress.hide()
            self._fill(history.overview(self.context.store, compute_missing=False))

        workers.run_in_background(work, finished, finished)  # not kept: computed for this showing all the same

    def on_export(self) -> None:
        if self.data is None:
            return
        name = dialogs.suggested_path(dialogs.export_folder(), self.tr("Vue d’ensemble des structures"), "", "xlsx")
        path = dialogs.save_file(self, self.tr("Enregistrer le tableur"), name, self.tr("Classeurs Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        data = self.data

        def work() -> str:
            from peerready import report  # deferred: openpyxl loads only when the file is made (start-up)

            Path(path).write_bytes(report.overview_xlsx(data))
            return path

        def failed(error: Exception) -> None:
            if isValid(self):
                self.export_button.setEnabled(True)
                reason = f"{path} : {error.strerror}" if isinstance(error, OSError) and error.strerror else error
                dialogs.warn(
                    self, self.tr("Export impossible"), self.tr("Le tableur n’a pas pu être fait :\n{0}").format(reason)
                )

        def done(made: str) -> None:
            if isValid(self):
                self.export_button.setEnabled(True)
                dialogs.show_document(self, made)

        self.export_button.setEnabled(False)
        workers.run_in_background(work, done, failed)

    def _fill(self, data: dict) -> None:
        self.data = data
        self.export_button.setEnabled(True)
        self.intro.setText(
            self.tr(
                "Pour la dernière évaluation de chaque structure. Anonyme : aucune structure n’est nommée ici.\n"
                "{0}, dont {1}."
            ).format(words.plural(data["structures"], "structure"), words.plural(data["assessed"], "évaluée"))
        )
        tree = self.tree
        tree.clear()

        def section(title, rows):
            parent_item = QTreeWidgetItem([title, ""])
            for name, value in rows:
                parent_item.addChild(QTreeWidgetItem([name, value]))
            tree.addTopLevelItem(parent_item)
            parent_item.setExpanded(True)

        section(self.tr("Étape du projet"), [(words.stage(k), str(v)) for k, v in data["stages"].items()])
        section(self.tr("Niveau de préparation"), [(words.level(k), str(v)) for k, v in data["levels"].items()])
        section(
            self.tr("Score moyen par dimension"), [(d["label"], wording.score(d["score"])) for d in data["dimensions"]]
        )
        section(
            self.tr("Alertes les plus fréquentes"),
            [
                (f"{words.severity(f['severity'])} — {f['title']}", words.plural(f["structures"], "structure"))
                for f in data["flags"]
            ],
        )
        actions = data["actions"]
        section(
            self.tr("Actions des plans"),
            [
                (self.tr("Faites"), str(actions["done"])),
                (self.tr("En cours"), str(actions["doing"])),
                (self.tr("À faire"), str(actions["todo"])),
                (self.tr("Abandonnées"), str(actions["dropped"])),
            ],
        )
        tree.resizeColumnToContents(0)
