"""The action plan page: work the plan after the workshop, print it, export it, follow it up.

The table (``plan_table``) lists the actions, the editor (``plan_editor``) shows the chosen one;
this page saves each change at once. The row of documents (``plan_printing``) prints and exports
the plan, in files made by ``report``.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerready.engine import workplan
from peerready.store import action_plan, assessments, errors, structures
from peerready.ui import dialogs, theme, widgets
from peerready.ui.faults import FaultHandler
from peerready.ui.pages.plan_editor import ActionEditor
from peerready.ui.pages.plan_printing import DocumentRow
from peerready.ui.pages.plan_table import ActionTable
from peerready.ui.widgets import PageHeader
from peerready.ui.widgets.flow_layout import FlowLayout


class PlanPage(QWidget):
    """The actions in priority order, each editable and saved at once; printing and CSV export."""

    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.assessment_id: str | None = None
        self.structure_id: str | None = None
        self.structure_name = ""
        self.questionnaire = None
        self.stage = None

        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Plan d’action"), self.on_back, self.tr("← Résultats"))
        self.header.back_button.setAccessibleName(self.tr("Retour aux résultats"))
        self.header.back_button.setToolTip(self.tr("Retour aux résultats (Alt+Flèche gauche)"))
        layout.addWidget(self.header)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_open_notice())
        self.stack.addWidget(self._build_plan())
        chain = [
            self.header.back_button,
            self.table,
            self.up_button,
            self.down_button,
            self.add_button,
            *self.editor.focus_chain(),
            self.print_plan_button,
            self.print_report_button,
            self.export_button,
            self.compare_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.on_theme_changed()  # after that, only when the text size or the contrast change

    @property
    def actions(self) -> list[action_plan.StoredAction]:
        """The plan's actions, in plan order, as the table shows them."""
        return self.table.actions

    def current_action(self) -> action_plan.StoredAction | None:
        return self.table.current_action()

    # -- building -----------------------------------------------------------------------

    def _build_open_notice(self) -> QWidget:
        notice = QWidget()
        box = QVBoxLayout(notice)
        self.open_label = QLabel(
            self.tr(
                "La collecte des réponses est encore ouverte. Le plan d’action se construit à partir des résultats : "
                "terminez la collecte depuis la page des résultats, puis revenez ici."
            )
        )
        self.open_label.setWordWrap(True)
        box.addWidget(self.open_label)
        self.results_button = QPushButton(self.tr("Aller aux résultats"))
        self.results_button.setAccessibleName(self.tr("Aller aux résultats"))
        self.results_button.clicked.connect(self.on_back)
        row = QHBoxLayout()
        row.addWidget(self.results_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return notice

    def _build_plan(self) -> QWidget:
        plan = QWidget()
        box = QVBoxLayout(plan)
        box.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(
            self.tr(
                "De la plus urgente à la moins urgente. Choisissez qui porte chaque action et pour quand, suivez "
                "son avancement, ajoutez les vôtres. Tout est enregistré aussitôt."
            )
        )
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.workstreams_label = QLabel()
        self.workstreams_label.setObjectName("workstreams")
        self.workstreams_label.setWordWrap(True)
        self.workstreams_label.setTextFormat(Qt.TextFormat.PlainText)
        # At large text sizes the workstreams would push the actions off the screen: a third of it at most.
        self.workstreams_area = QScrollArea()
        self.workstreams_area.setWidgetResizable(True)
        self.workstreams_area.setFrameShape(QFrame.Shape.NoFrame)
        self.workstreams_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text in it takes the focus
        self.workstreams_area.setWidget(self.workstreams_label)
        box.addWidget(self.workstreams_area)

        self.editor = ActionEditor()
        self.editor.edited.connect(self._save)
        self.editor.delete_requested.connect(self.on_delete)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([650, 350])  # proportions: the list gets the larger part
        box.addWidget(self.splitter, 1)

        self.documents = DocumentRow(self)
        box.addLayout(self.documents.row)
        # The row's widgets, under the names the page always gave them.
        self.print_plan_button, self.print_report_button = (
            self.documents.print_plan_button,
            self.documents.print_report_button,
        )
        self.export_button, self.compare_button = self.documents.export_button, self.documents.compare_button
        self.busy_label, self.busy_bar = self.documents.busy_label, self.documents.busy_bar
        return plan

    def _build_list(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = ActionTable()
        self.table.action_chosen.connect(self.on_selection_changed)
        self.table.move_requested.connect(self.on_move)
        box.addWidget(self.table, 1)

        row = FlowLayout()
        self.up_button = widgets.button(
            self.tr("▲ Monter"),
            lambda: self.on_move(-1),
            self.tr("Monter l’action choisie dans le plan (Alt+Flèche haut dans la liste)"),
            self.tr("Monter l’action"),
        )
        self.down_button = widgets.button(
            self.tr("▼ Descendre"),
            lambda: self.on_move(+1),
            self.tr("Descendre l’action choisie dans le plan (Alt+Flèche bas dans la liste)"),
            self.tr("Descendre l’action"),
        )
        self.add_button = widgets.button(
            self.tr("Ajouter une action…"),
            self.on_add,
            self.tr("Ajouter une action de l’équipe à la fin du plan (Ctrl+Maj+N)"),
            self.tr("Ajouter une action"),
        )
        for button in (self.up_button, self.down_button, self.add_button):
            row.addWidget(button)
        box.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_add)
        return panel

    # -- the navigator's calls ----------------------------------------------------------

    def open(self, assessment_id: str) -> None:
        self.assessment_id = assessment_id
        store = self.context.store
        assessment = assessments.get_assessment(store, assessment_id)
        self.structure_id = assessment.structure_id
        self.structure_name = structures.get_structure(store, assessment.structure_id).name
        self.started_at = assessment.started_at
        self.header.set_title(self.tr("Plan d’action — {0}").format(self.structure_name))
        if not assessment.closed:
            self.table.set_actions([])
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
        self.stage = assessment.stage
        actions = action_plan.sync_plan(store, assessment_id)
        # The same plan shown again (back from the results): its rows are kept, not made and measured again.
        if actions != self.actions:
            self.table.set_actions(actions)
        self._show_workstreams()
        if self.actions:
            self.table.selectRow(0)
        else:
            self._show_action(None)

    def first_focus(self) -> QWidget:
        return self.results_button if self.stack.currentIndex() == 0 else self.table

    def on_theme_changed(self) -> None:
        self.intro.setFont(theme.scaled(12))
        self.workstreams_label.setFont(theme.scaled(12))
        self.editor.on_theme_changed()
        self.open_label.setFont(theme.scaled(13))
        self.table.refill()
        self._fit_workstreams()

    def on_back(self) -> None:
        self.editor.save_pending_notes()
        if self.assessment_id:
            self.navigator.show_results(self.assessment_id)

    def hideEvent(self, event) -> None:
        self.editor.save_pending_notes()
        super().hideEvent(event)

    # -- the chosen action ------------------------------------------------------------------

    def _show_workstreams(self) -> None:
        """The plan's « chantiers », most important first, each with its first step for this week."""
        if self.questionnaire is None:
            return
        streams, _ = workplan.group(self.questionnaire, self.stage, self.actions)
        lines = [
            self.tr("{0}. {1} — cette semaine : {2}").format(number, stream.title, stream.first_step)
            for number, stream in enumerate(streams, 1)
        ]
        self.workstreams_label.setText((self.tr("Les chantiers :") + "\n" + "\n".join(lines)) if lines else "")
        self.workstreams_area.setVisible(bool(lines))
        self._fit_workstreams()

    def _fit_workstreams(self) -> None:
        """The workstreams take their height, up to a third of the page; beyond, they scroll."""
        label = self.workstreams_label
        # Large text for the screen: the intro gives its lines to the actions, the workstreams a fifth.
        short = widgets.short_of_room(self)
        self.intro.setVisible(not short)
        width = self.workstreams_area.viewport().width() or self.width()
        needed = label.heightForWidth(width) if label.text() else 0
        self.workstreams_area.setFixedHeight(max(0, min(needed + 4, self.height() // (5 if short else 3))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_workstreams()

    def on_selection_changed(self) -> None:
        self._show_action(self.current_action())

    def _show_action(self, action: action_plan.StoredAction | None) -> None:
        number = self.actions.index(action) + 1 if action is not None else 0
        self.editor.show_action(action, number)
        self.up_button.setEnabled(action is not None and number > 1)
        self.down_button.setEnabled(action is not None and number < len(self.actions))

    def _save(self, fields: dict) -> None:
        """Save what the editor says changed; on failure, what was typed stays on screen, marked."""
        action = self.current_action()
        if action is None:
            return
        if all(getattr(action, key) == value for key, value in fields.items()):
            return
        try:
            done = self.context.attempt(
                self.tr("La modification de l’action n’a pas été enregistrée."),
                lambda: action_plan.update_action(self.context.store, action.id, **fields),
            )
        except errors.RecordError as error:
            self.editor.saved.failed(str(error))
            self._show_action(action)
            return
        if not done:
            # The next change tries again.

            self.editor.saved.failed(FaultHandler().short(done.error))
            return
        updated = done.value
        self.table.replace(updated)
        if "status" in fields:
            self._show_action(updated)
        self.editor.saved.saved()

    # -- changing the plan ------------------------------------------------------------------

    def _reload(self, select_id: str | None = None) -> None:
        self.table.set_actions(action_plan.list_actions(self.context.store, self.assessment_id), select_id)
        self._show_workstreams()
        if select_id is None:
            self._show_action(self.current_action())

    def on_move(self, step: int) -> None:
        action = self.current_action()
        if action is None:
            return
        position = self.actions.index(action) + step
        if not 0 <= position < len(self.actions):
            return
        if not self.context.attempt(
            self.tr("L’action n’a pas été déplacée."),
            lambda: action_plan.move_action(self.context.store, action.id, position),
        ):
            return
        self._reload(action.id)
        self.editor.saved.saved()

    def on_add(self) -> None:
        if self.stack.currentIndex() != 1:
            return
        title = dialogs.ask_text(self, self.tr("Ajouter une action"), self.tr("Intitulé de la nouvelle action :"))
        if title is None or not title.strip():
            return
        added = self.context.attempt(
            self.tr("L’action « {0} » n’a pas été ajoutée.").format(title.strip()),
            lambda: action_plan.add_action(self.context.store, self.assessment_id, title.strip()),
        )
        if not added:
            return
        self._reload(added.value.id)
        self.editor.saved.saved()
        self.editor.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_delete(self) -> None:
        action = self.current_action()
        if action is None or not action.user_added:
            return
        question = self.tr("Supprimer l’action « {0} » ? Elle disparaîtra du plan.").format(action.title)
        if not dialogs.confirm(self, self.tr("Supprimer une action"), question, self.tr("Supprimer")):
            return
        row = self.actions.index(action)
        try:
            deleted = self.context.attempt(
                self.tr("L’action n’a pas été supprimée."),
                lambda: action_plan.delete_action(self.context.store, action.id),
            )
        except errors.RecordError as error:
            dialogs.warn(self, self.tr("Suppression impossible"), str(error))
            return
        if not deleted:
            return
        self._reload()
        if self.actions:
            self.table.selectRow(min(row, len(self.actions) - 1))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.saved.saved()
