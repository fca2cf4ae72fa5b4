"""The plan page's row of documents: the plan or full report as a PDF, the exports for people who
don't have PeerReady (Word, Excel, CSV), the comparison.

Each document is asked for a file name (in the folder used last), read from what the store holds
when asked, then made off the UI thread by ``report`` and opened or announced.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QSizePolicy
from shiboken6 import isValid

from peerready.store import action_plan, assessments, summaries
from peerready.ui import dialogs, widgets, workers
from peerready.ui.dialogs.compare import CompareDialog
from peerready.ui.faults import STORAGE_ERRORS, FaultHandler
from peerready.ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class Document:
    """One file the page makes: the ``report`` function, its extension, whether it is the full report."""

    maker: str
    extension: str
    full: bool = False
    #: The follow-up lists every action, the abandoned ones too (with their status).
    all_actions: bool = False


DOCUMENTS = {
    "plan_pdf": Document("action_plan", "pdf"),
    "report_pdf": Document("full_report", "pdf", full=True),
    "plan_docx": Document("plan_docx", "docx"),
    "report_docx": Document("report_docx", "docx", full=True),
    "followup_xlsx": Document("followup_xlsx", "xlsx", all_actions=True),
    "followup_csv": Document("followup_csv", "csv", all_actions=True),
}


class DocumentRow(QObject):
    """The buttons (and Ctrl+P, Ctrl+Shift+P, Ctrl+E) that make the plan's documents, and the work behind each.

    ``page`` is the plan page: its assessment and structure are documented, its stack says whether
    the plan is shown, its editor keeps notes being typed; it is the parent of the dialogs. The
    buttons are laid out in ``row``, for the page to place.
    """

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.busy = False
        #: The file being made (or made last) and its kind, for the message if it fails.
        self.last_target: str | None = None
        self.last_kind = "plan_pdf"
        self.row = FlowLayout()
        self.print_plan_button = widgets.button(
            self.tr("Imprimer le plan…"),
            self.on_print_plan,
            self.tr(
                "Faire le PDF du plan d’action à distribuer (Ctrl+P). Pour un lecteur d’écran ou pour le modifier : "
                "Exporter…, document Word"
            ),
            self.tr("Imprimer le plan"),
        )
        self.print_report_button = widgets.button(
            self.tr("Imprimer le rapport complet…"),
            self.on_print_report,
            self.tr(
                "Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan "
                "(Ctrl+Maj+P). Pour un lecteur d’écran ou pour le modifier : Exporter…, document Word"
            ),
            self.tr("Imprimer le rapport complet"),
        )
        self.export_button = widgets.button(
            self.tr("Exporter…"),
            self.on_export,
            self.tr(
                "Pour les personnes qui n’ont pas PeerReady : le plan ou le rapport en document Word modifiable "
                "(lisible avec un lecteur d’écran), le suivi des actions en tableur (Ctrl+E)"
            ),
            self.tr("Exporter le plan : Word, Excel ou CSV"),
        )
        self.export_menu = QMenu(page)
        self.export_menu.setAccessibleName(self.tr("Exporter"))
        for kind, label in (
            ("plan_docx", self.tr("Plan d’action en document Word (.docx)…")),
            ("report_docx", self.tr("Rapport complet en document Word (.docx)…")),
            ("followup_xlsx", self.tr("Suivi des actions en tableur Excel (.xlsx)…")),
            ("followup_csv", self.tr("Suivi des actions en CSV…")),
        ):
            action = self.export_menu.addAction(label)
            action.setObjectName(kind)
            action.triggered.connect(lambda _checked=False, kind=kind: self.make(kind))
        self.compare_button = widgets.button(
            self.tr("Comparer avec une autre évaluation…"),
            self.on_compare,
            self.tr("Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait"),
            self.tr("Comparer avec une autre évaluation"),
        )
        for button in (self.print_plan_button, self.print_report_button, self.export_button, self.compare_button):
            self.row.addWidget(button)
        self.busy_label = QLabel(self.tr("Préparation du document…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Préparation du document en cours"))
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.row.addWidget(self.busy_label)
        self.row.addWidget(self.busy_bar)
        for keys, slot in (
            ("Ctrl+P", self.on_print_plan),
            ("Ctrl+Shift+P", self.on_print_report),
            ("Ctrl+E", self.on_export),
        ):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def ask_path(self, title: str, document: str, extension: str, filters: str) -> str | None:
        page = self.page
        folder = page.context.setting("plan/last_folder", "") or dialogs.export_folder()
        path = dialogs.save_file(
            page, title, dialogs.suggested_path(folder, document, page.structure_name, extension), filters
        )
        if not path:
            return None
        if not path.lower().endswith("." + extension):
            path += "." + extension
        page.context.set_setting("plan/last_folder", str(Path(path).parent))
        return path

    # -- documents ------------------------------------------------------------------------------

    def on_print_plan(self) -> None:
        self.make("plan_pdf")

    def on_print_report(self) -> None:
        self.make("report_pdf")

    def on_export(self) -> None:
        """The menu of exports, under its button."""
        if self.busy or self.page.stack.currentIndex() != 1:
            return
        self.export_menu.popup(self.export_button.mapToGlobal(QPoint(0, self.export_button.height())))

    def _file_dialog_texts(self, document: Document) -> tuple[str, str, str]:
        """The dialog's title, the document's name (for the file name), the filter."""
        name = self.tr("Rapport complet") if document.full else self.tr("Plan d’action")
        if document.all_actions:
            name = self.tr("Suivi du plan d’action")
        titles = {
            "pdf": (self.tr("Enregistrer le PDF"), self.tr("Documents PDF (*.pdf)")),
            "docx": (self.tr("Enregistrer le document Word"), self.tr("Documents Word (*.docx)")),
            "xlsx": (self.tr("Enregistrer le tableur"), self.tr("Classeurs Excel (*.xlsx)")),
            "csv": (self.tr("Exporter les actions"), self.tr("Tableur CSV (*.csv)")),
        }
        title, filters = titles[document.extension]
        return title, name, filters

    def make(self, kind: str) -> None:
        page = self.page
        if self.busy or page.stack.currentIndex() != 1:
            return
        document = DOCUMENTS[kind]
        page.editor.save_pending_notes()
        title, name, filters = self._file_dialog_texts(document)
        path = self.ask_path(title, name, document.extension, filters)
        if not path:
            return
        # Everything read from the store is read here, on the UI thread; the worker gets plain data.
        store = page.context.store
        assessment = assessments.get_assessment(store, page.assessment_id)
        questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
        result = summaries.assessment_results(store, page.assessment_id)
        actions = action_plan.list_actions(store, page.assessment_id)
        if not document.all_actions:
            actions = [a for a in actions if a.status != "dropped"]
        date = assessment.started_at

        def work() -> str:
            from peerready import report  # deferred: a document's library loads when it is made (start-up)

            made = getattr(report, document.maker)(questionnaire, result, actions, date=date)
            Path(path).write_bytes(made)
            return path

        self.last_target = path
        self.last_kind = kind
        self.set_busy(True)
        workers.run_in_background(work, self.on_done, self.on_failed)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.print_plan_button, self.print_report_button, self.export_button):
            button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def on_done(self, path: str) -> None:
        if not isValid(self.page):  # the window was closed while the document was being made
            return
        self.set_busy(False)
        notify = getattr(self.page.navigator, "notify", None)
        if callable(notify):
            pdf = path.lower().endswith(".pdf")
            notify((self.tr("PDF enregistré : {0}") if pdf else self.tr("Fichier enregistré : {0}")).format(path))
        dialogs.show_document(self.page, path)

    def on_failed(self, error: Exception) -> None:
        if not isValid(self.page):
            return
        self.set_busy(False)
        reason = (
            FaultHandler().file_problem(error, self.last_target or "") if isinstance(error, STORAGE_ERRORS) else error
        )
        if DOCUMENTS[self.last_kind].extension == "pdf":
            title, text = self.tr("PDF impossible"), self.tr("Le PDF n’a pas pu être fait :\n{0}")
        else:
            title, text = self.tr("Export impossible"), self.tr("Le fichier n’a pas pu être fait :\n{0}")
        dialogs.warn(self.page, title, text.format(reason))

    # -- comparison -----------------------------------------------------------------------------

    def on_compare(self) -> None:
        page = self.page
        if not page.structure_id:
            return
        page.editor.save_pending_notes()
        dialog = CompareDialog(page.context, page.structure_id, page.assessment_id, page)
        dialog.exec()
