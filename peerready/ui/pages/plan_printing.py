"""The plan page's row of documents: the plan or full report printed to PDF off the UI thread, the CSV, the comparison.

Each document is asked for a file name (in the folder used last), made from what the store
holds when asked, then opened or announced; the files themselves are written by ``plan_documents``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy
from shiboken6 import isValid

from peerready.store import action_plan, assessments, summaries
from peerready.ui import dialogs, widgets, workers
from peerready.ui.dialogs.compare import CompareDialog
from peerready.ui.faults import STORAGE_ERRORS, FaultHandler
from peerready.ui.pages.plan_documents import suggested_path, write_csv
from peerready.ui.widgets.flow_layout import FlowLayout


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
        #: The file of the PDF being made (or made last), for the message if it fails.
        self.last_target: str | None = None
        self.row = FlowLayout()
        self.print_plan_button = widgets.button(
            self.tr("Imprimer le plan…"),
            self.on_print_plan,
            self.tr("Faire le PDF du plan d’action à distribuer (Ctrl+P)"),
            self.tr("Imprimer le plan"),
        )
        self.print_report_button = widgets.button(
            self.tr("Imprimer le rapport complet…"),
            self.on_print_report,
            self.tr(
                "Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan "
                "(Ctrl+Maj+P)"
            ),
            self.tr("Imprimer le rapport complet"),
        )
        self.export_button = widgets.button(
            self.tr("Exporter en CSV…"),
            self.on_export_csv,
            self.tr("Enregistrer les actions pour un tableur (Ctrl+E)"),
            self.tr("Exporter les actions en CSV"),
        )
        self.compare_button = widgets.button(
            self.tr("Comparer avec une autre évaluation…"),
            self.on_compare,
            self.tr("Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait"),
            self.tr("Comparer avec une autre évaluation"),
        )
        for button in (self.print_plan_button, self.print_report_button, self.export_button, self.compare_button):
            self.row.addWidget(button)
        self.busy_label = QLabel(self.tr("Préparation du PDF…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Préparation du PDF en cours"))
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.row.addWidget(self.busy_label)
        self.row.addWidget(self.busy_bar)
        for keys, slot in (
            ("Ctrl+P", self.on_print_plan),
            ("Ctrl+Shift+P", self.on_print_report),
            ("Ctrl+E", self.on_export_csv),
        ):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def ask_path(self, title: str, document: str, extension: str, filters: str) -> str | None:
        page = self.page
        folder = page.context.setting("plan/last_folder", "") or dialogs.export_folder()
        path = dialogs.save_file(page, title, suggested_path(folder, document, page.structure_name, extension), filters)
        if not path:
            return None
        if not path.lower().endswith("." + extension):
            path += "." + extension
        page.context.set_setting("plan/last_folder", str(Path(path).parent))
        return path

    # -- PDF ----------------------------------------------------------------------------------

    def on_print_plan(self) -> None:
        self.print_pdf(full=False)

    def on_print_report(self) -> None:
        self.print_pdf(full=True)

    def print_pdf(self, full: bool) -> None:
        page = self.page
        if self.busy or page.stack.currentIndex() != 1:
            return
        page.editor.save_pending_notes()
        document = self.tr("Rapport complet") if full else self.tr("Plan d’action")
        path = self.ask_path(self.tr("Enregistrer le PDF"), document, "pdf", self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        # Everything read from the store is read here, on the UI thread; the worker gets plain data.
        store = page.context.store
        assessment = assessments.get_assessment(store, page.assessment_id)
        questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
        result = summaries.assessment_results(store, page.assessment_id)
        actions = [a for a in action_plan.list_actions(store, page.assessment_id) if a.status != "dropped"]
        date = assessment.started_at

        def make() -> str:
            # Deferred: reportlab loads only when a document is made (keeps start-up fast).
            from peerready import report

            if full:
                pdf = report.full_report(questionnaire, result, actions, date=date)
            else:
                pdf = report.action_plan(questionnaire, result, actions, date=date)
            Path(path).write_bytes(pdf)
            return path

        self.last_target = path
        self.set_busy(True)
        workers.run_in_background(make, self.on_pdf_done, self.on_pdf_failed)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.print_plan_button, self.print_report_button):
            button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def on_pdf_done(self, path: str) -> None:
        if not isValid(self.page):  # the window was closed while the PDF was being made
            return
        self.set_busy(False)
        notify = getattr(self.page.navigator, "notify", None)
        if callable(notify):
            notify(self.tr("PDF enregistré : {0}").format(path))
        dialogs.show_document(self.page, path)

    def on_pdf_failed(self, error: Exception) -> None:
        if not isValid(self.page):
            return
        self.set_busy(False)
        reason = (
            FaultHandler().file_problem(error, self.last_target or "") if isinstance(error, STORAGE_ERRORS) else error
        )
        dialogs.warn(self.page, self.tr("PDF impossible"), self.tr("Le PDF n’a pas pu être fait :\n{0}").format(reason))

    # -- CSV and comparison ---------------------------------------------------------------------

    def on_export_csv(self) -> None:
        page = self.page
        if page.stack.currentIndex() != 1:
            return
        page.editor.save_pending_notes()
        path = self.ask_path(
            self.tr("Exporter les actions"), self.tr("Plan d’action"), "csv", self.tr("Tableur CSV (*.csv)")
        )
        if not path:
            return
        try:
            write_csv(path, action_plan.list_actions(page.context.store, page.assessment_id))
        except OSError as error:
            dialogs.warn(page, self.tr("Export impossible"), FaultHandler().file_problem(error, path))
            return
        notify = getattr(page.navigator, "notify", None)
        if callable(notify):
            notify(self.tr("Actions exportées : {0}").format(path))

    def on_compare(self) -> None:
        page = self.page
        if not page.structure_id:
            return
        page.editor.save_pending_notes()
        dialog = CompareDialog(page.context, page.structure_id, page.assessment_id, page)
        dialog.exec()
