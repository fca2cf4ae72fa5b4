"""The action plan page: work the plan after the workshop, print it, export it, follow it up."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from peerready.engine import vocabulary
from peerready.store import action_plan, assessments, errors, structures, summaries
from peerready.ui import dialogs, theme, widgets, workers
from peerready.ui.widgets import PageHeader, SavedIndicator

#: Marks that say the priority without colour (the same as on the printed plan).
PRIORITY_MARKS = {"critical": "●●●●", "high": "●●●○", "medium": "●●○○", "low": "●○○○"}
#: Roughly when each horizon falls, to suggest a date when someone first sets one.
HORIZON_MONTHS = {
    "immediately": 0,
    "before_recruiting": 2,
    "within_3_months": 3,
    "within_6_months": 6,
    "within_a_year": 12,
    "ongoing": 12,
}
COLUMNS = ("number", "title", "priority", "owner", "due", "status")


def french_date(iso: str) -> str:
    """« 3 mars 2026 » from an ISO date."""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    text = QLocale(QLocale.Language.French, QLocale.Country.France).toString(day, "d MMMM yyyy")
    return "1er" + text[1:] if day.day() == 1 else text


def owner_text(action: action_plan.StoredAction) -> str:
    role = vocabulary.OWNER_ROLES.get(action.owner_role, action.owner_role)
    return f"{role} ({action.owner_name})" if action.owner_name else role


def due_text(action: action_plan.StoredAction) -> str:
    return french_date(action.due_date) if action.due_date else vocabulary.HORIZONS.get(action.horizon, "—")


def priority_text(priority: str) -> str:
    return f"{PRIORITY_MARKS.get(priority, '')} {vocabulary.PRIORITIES.get(priority, priority)}".strip()


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .") or "PeerReady"


def write_csv(path: str, actions: list[action_plan.StoredAction]) -> None:
    """Actions as a spreadsheet French software opens as is: ';' separator, UTF-8 with a BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["ordre", "action", "priorité", "porté par", "nom", "échéance", "statut", "notes", "pourquoi"])
        for number, action in enumerate(actions, 1):
            due = (
                QDate.fromString(action.due_date, Qt.DateFormat.ISODate).toString("dd/MM/yyyy")
                if action.due_date
                else vocabulary.HORIZONS.get(action.horizon, "")
            )
            writer.writerow(
                [
                    number,
                    action.title,
                    vocabulary.PRIORITIES.get(action.priority, action.priority),
                    vocabulary.OWNER_ROLES.get(action.owner_role, action.owner_role),
                    action.owner_name,
                    due,
                    vocabulary.STATUSES.get(action.status, action.status),
                    action.notes,
                    "\n".join(action.because),
                ]
            )


class FlowLayout(QLayout):
    """Lays buttons out left to right and wraps them onto a new line when the text is large."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = max(0, self.spacing())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class _WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text one grid line narrower, as it is painted, so no cell text gets elided."""

    def sizeHint(self, option, index):
        option = QStyleOptionViewItem(option)
        option.rect = option.rect.adjusted(0, 0, -2, 0)
        return super().sizeHint(option, index)


class EventWatcher(QObject):
    """Calls back when the watched widget gets an event of a kind (focus lost, resized)."""

    def __init__(self, kind: QEvent.Type, callback, parent):
        super().__init__(parent)
        self.kind = kind
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == self.kind:
            self.callback()
        return False


class PlanPage(QWidget):
    """The actions in priority order, each editable and saved at once; printing and CSV export."""

    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.assessment_id: str | None = None
        self.structure_id: str | None = None
        self.structure_name = ""
        self.actions: list[action_plan.StoredAction] = []
        self._loading = False
        self._busy = False
        self._compact = False
        self.last_pdf: str | None = None
        self.last_target: str | None = None

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
            self.title_edit,
            self.role_combo,
            self.name_edit,
            self.date_edit,
            self.no_date,
            self.status_combo,
            self.notes_edit,
            self.drop_button,
            self.delete_button,
            self.print_plan_button,
            self.print_report_button,
            self.export_button,
            self.compare_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_editor())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([650, 350])  # proportions: the list gets the larger part
        box.addWidget(self.splitter, 1)

        box.addLayout(self._build_documents())
        return plan

    def _build_list(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Action"),
                self.tr("Priorité"),
                self.tr("Porté par"),
                self.tr("Échéance"),
                self.tr("Statut"),
            ]
        )
        self.table.setAccessibleName(self.tr("Actions du plan"))
        self.table.setAccessibleDescription(
            self.tr("Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.")
        )
        self.table.setToolTip(
            self.tr(
                "Flèches haut et bas : choisir une action\n"
                "Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie"
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_WrappingDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.viewport().installEventFilter(EventWatcher(QEvent.Type.Resize, self._fit_columns, self))
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        box.addWidget(self.table, 1)

        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.on_move(step))

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
        self.drop_button = widgets.button(
            self.tr("Abandonner"),
            self.on_drop,
            self.tr("Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée"),
            self.tr("Abandonner l’action"),
        )
        self.delete_button = widgets.button(
            self.tr("Supprimer…"),
            self.on_delete,
            self.tr(
                "Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas."
            ),
            self.tr("Supprimer l’action"),
        )
        for button in (self.up_button, self.down_button, self.add_button):
            row.addWidget(button)
        box.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_add)
        return panel

    def _build_editor(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = QWidget()
        box = QVBoxLayout(self.editor)
        top = QHBoxLayout()
        self.editor_title = QLabel(self.tr("Action choisie"))
        top.addWidget(self.editor_title, 1)
        self.saved = SavedIndicator()
        top.addWidget(self.saved)
        box.addLayout(top)
        self.marker = QLabel("")
        self.marker.setWordWrap(True)
        box.addWidget(self.marker)

        form = QFormLayout()
        # Labels above their fields: the panel stays readable with large text on a small screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: QWidget, name: str) -> None:
            widget.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self.on_title_edited)
        row(self.tr("&Intitulé"), self.title_edit, self.tr("Intitulé de l’action"))

        self.role_combo = QComboBox()
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_combo.setMinimumContentsLength(10)
        for role_id, label in vocabulary.OWNER_ROLES.items():
            self.role_combo.addItem(label, role_id)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        row(self.tr("&Porté par"), self.role_combo, self.tr("Porté par (rôle)"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Un prénom ou une fonction"))
        self.name_edit.setToolTip(
            self.tr(
                "Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). "
                "N’écrivez pas d’autres données personnelles."
            )
        )
        self.name_edit.editingFinished.connect(self.on_name_edited)
        row(self.tr("&Nom"), self.name_edit, self.tr("Nom de la personne qui porte l’action"))

        due = QWidget()
        due_box = QHBoxLayout(due)
        due_box.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)  # one save per date, not one per digit typed
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setToolTip(self.tr("Date d’échéance (Alt+Flèche bas : ouvrir le calendrier)"))
        self.date_edit.dateChanged.connect(self.on_date_changed)
        self.no_date = QCheckBox(self.tr("Pas de date"))
        self.no_date.setAccessibleName(self.tr("Pas de date d’échéance"))
        self.no_date.setToolTip(
            self.tr("Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)")
        )
        self.no_date.toggled.connect(self.on_no_date_toggled)
        due_box.addWidget(self.date_edit, 1)
        due_box.addWidget(self.no_date)
        # the row holds the date and its checkbox side by side; the label names the date field
        self.date_edit.setAccessibleName(self.tr("Date d’échéance"))
        label = QLabel(self.tr("Éc&héance"))
        label.setBuddy(self.date_edit)
        form.addRow(label, due)

        self.status_combo = QComboBox()
        for status_id, label_text in vocabulary.STATUSES.items():
            self.status_combo.addItem(label_text, status_id)
        self.status_combo.currentIndexChanged.connect(self.on_status_changed)
        row(self.tr("&Statut"), self.status_combo, self.tr("Statut de l’action"))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.")
        )
        self.notes_edit.setToolTip(self.tr("Enregistré quand vous quittez le champ (Tab)"))
        self.notes_edit.installEventFilter(EventWatcher(QEvent.Type.FocusOut, self.on_notes_edited, self))
        row(self.tr("N&otes"), self.notes_edit, self.tr("Notes sur l’action"))
        box.addLayout(form)
        change = FlowLayout()
        change.addWidget(self.drop_button)
        change.addWidget(self.delete_button)
        box.addLayout(change)

        self.because_title = QLabel(self.tr("Pourquoi"))
        box.addWidget(self.because_title)
        self.because_text = QLabel("")
        self.because_text.setWordWrap(True)
        self.because_text.setTextFormat(Qt.TextFormat.PlainText)
        self.because_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.because_text.setAccessibleName(self.tr("Pourquoi cette action"))
        box.addWidget(self.because_text)
        self.steps_title = QLabel(self.tr("Comment"))
        box.addWidget(self.steps_title)
        self.steps_text = QLabel("")
        self.steps_text.setWordWrap(True)
        self.steps_text.setTextFormat(Qt.TextFormat.PlainText)
        self.steps_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.steps_text.setAccessibleName(self.tr("Comment faire"))
        box.addWidget(self.steps_text)
        box.addStretch(1)
        scroll.setWidget(self.editor)
        return scroll

    def _build_documents(self) -> FlowLayout:
        row = FlowLayout()
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
            row.addWidget(button)
        self.busy_label = QLabel(self.tr("Préparation du PDF…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Préparation du PDF en cours"))
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.busy_label.hide()
        self.busy_bar.hide()
        row.addWidget(self.busy_label)
        row.addWidget(self.busy_bar)
        for keys, slot in (
            ("Ctrl+P", self.on_print_plan),
            ("Ctrl+Shift+P", self.on_print_report),
            ("Ctrl+E", self.on_export_csv),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return row

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
            self.actions = []
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.actions = action_plan.sync_plan(store, assessment_id)
        self._fill_table()
        if self.actions:
            self.table.selectRow(0)
        else:
            self._show_action(None)
        self.on_theme_changed()

    def first_focus(self) -> QWidget:
        return self.results_button if self.stack.currentIndex() == 0 else self.table

    def on_theme_changed(self) -> None:
        self.header.on_theme_changed()
        self.intro.setFont(theme.scaled(12))
        lines = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setMinimumHeight(lines * 3)
        self.notes_edit.setMaximumHeight(lines * 6)
        self._loading = True
        for row, action in enumerate(self.actions):  # items keep the font and greys they were given
            self._fill_row(row, action)
        self._loading = False
        self.open_label.setFont(theme.scaled(13))
        font = theme.scaled(14)
        font.setBold(True)
        self.editor_title.setFont(font)
        for label in (self.because_title, self.steps_title):
            font = theme.scaled(11)
            font.setBold(True)
            label.setFont(font)
        self._fit_columns()

    def on_back(self) -> None:
        self._save_notes()
        if self.assessment_id:
            self.navigator.show_results(self.assessment_id)

    def hideEvent(self, event) -> None:
        self._save_notes()
        super().hideEvent(event)

    # -- the list -------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Share the width out between the columns; long texts wrap instead of pushing the page wider.

        Each column gets room for its heading and its longest word; then the action titles get room for
        about forty characters, the short columns their whole text, and the titles what is left. When
        even the smallest widths do not fit (large text, small screen), "porté par" and "échéance" move
        under each title.
        """
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        padding = metrics.averageCharWidth() * 2

        def widths(compact: bool) -> tuple[list[int], list[int]]:
            smallest = [heading.horizontalAdvance(self.table.horizontalHeaderItem(c).text()) for c in range(6)]
            natural = list(smallest)
            for row, action in enumerate(self.actions):
                for column, text in enumerate(self._row_texts(row, action, compact)):
                    # no-break spaces (« Dès maintenant ») hold words together: split on plain spaces only
                    words = [metrics.horizontalAdvance(w) for w in re.split(r"[ \n]+", text)]
                    lines = [metrics.horizontalAdvance(line) for line in text.split("\n")]
                    smallest[column] = max([smallest[column], *words])
                    natural[column] = max([natural[column], *lines])
            if compact:
                smallest[3] = smallest[4] = natural[3] = natural[4] = -padding
            return [w + padding for w in smallest], [w + padding for w in natural]

        available = self.table.viewport().width()
        needed = sum(widths(False)[0])
        margin = self.table.verticalScrollBar().sizeHint().width()
        compact = needed > available if not self._compact else needed > available - margin
        if compact != self._compact:
            self._compact = compact
            self.table.setColumnHidden(3, compact)
            self.table.setColumnHidden(4, compact)
            for row, action in enumerate(self.actions):
                self._fill_row(row, action)
        chosen, natural = widths(self._compact)
        budget = max(0, available - sum(chosen))
        grow = min(budget, max(0, metrics.averageCharWidth() * 40 - chosen[1]))
        chosen[1] += grow
        budget -= grow
        deficits = [max(0, natural[c] - chosen[c]) if c != 1 else 0 for c in range(6)]
        if sum(deficits):
            ratio = min(1.0, budget / sum(deficits))
            for column in range(6):
                step = int(deficits[column] * ratio)
                chosen[column] += step
                budget -= step
        chosen[1] += budget
        for column in range(6):
            if not self.table.isColumnHidden(column):
                self.table.setColumnWidth(column, chosen[column])
        self.table.resizeRowsToContents()

    def current_action(self) -> action_plan.StoredAction | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or not 0 <= row < len(self.actions):
            return None
        return self.actions[row]

    def _fill_table(self, select_id: str | None = None) -> None:
        self._loading = True
        self.table.setRowCount(len(self.actions))
        for row, action in enumerate(self.actions):
            self._fill_row(row, action)
        self._fit_columns()
        self._loading = False
        if select_id is not None:
            self.select_action(select_id)

    def _row_texts(self, row: int, action: action_plan.StoredAction, compact: bool) -> list[str]:
        """What a row says; when the page is narrow (large text), who and when go under the title."""
        title = action.title
        if compact:
            title += "\n" + self.tr("Porté par : {0}").format(owner_text(action))
            title += "\n" + self.tr("Échéance : {0}").format(due_text(action))
        if action.user_added:
            title += "\n" + self.tr("✎ ajoutée par l’équipe")
        if action.carried_from:
            title += "\n" + self.tr("↻ reprise de l’évaluation précédente")
        status = vocabulary.STATUSES.get(action.status, action.status)
        if action.status == "dropped":
            status = self.tr("✕ Abandonné")
        elif action.status == "done":
            status = self.tr("✓ Fait")
        return [str(row + 1), title, priority_text(action.priority), owner_text(action), due_text(action), status]

    def _fill_row(self, row: int, action: action_plan.StoredAction) -> None:
        texts = self._row_texts(row, action, self._compact)
        dropped = action.status == "dropped"
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)  # a new item each time: nothing left over from a previous state
            item.setToolTip(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            font = QFont(self.table.font())
            font.setStrikeOut(dropped and column == 1)
            font.setBold(column == 5 and action.status == "done")
            item.setFont(font)
            if dropped:
                item.setForeground(grey)
            self.table.setItem(row, column, item)

    def select_action(self, action_id: str) -> None:
        for row, action in enumerate(self.actions):
            if action.id == action_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 1)
                self.table.scrollToItem(self.table.item(row, 1))
                return

    def on_selection_changed(self) -> None:
        if not self._loading:
            self._show_action(self.current_action())

    def _show_action(self, action: action_plan.StoredAction | None) -> None:
        self._loading = True
        has = action is not None
        for widget in (
            self.title_edit,
            self.role_combo,
            self.name_edit,
            self.date_edit,
            self.no_date,
            self.status_combo,
            self.notes_edit,
            self.drop_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(has)
        self.delete_button.setEnabled(has and action.user_added)
        if not has:
            self.editor_title.setText(self.tr("Aucune action choisie"))
            self.marker.setText("")
            for edit in (self.title_edit, self.name_edit):
                edit.clear()
            self.notes_edit.clear()
            self.because_text.setText("—")
            self.steps_text.setText("—")
            self._loading = False
            return
        number = self.actions.index(action) + 1
        self.editor_title.setText(self.tr("Action n° {0}").format(number))
        marks = [self.tr("Priorité : {0}").format(priority_text(action.priority))]
        if action.user_added:
            marks.append(self.tr("ajoutée par l’équipe"))
        if action.status == "dropped":
            marks.append(self.tr("abandonnée"))
        self.marker.setText(" · ".join(marks))
        self.title_edit.setText(action.title)
        self.title_edit.setCursorPosition(0)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(action.owner_role)))
        self.name_edit.setText(action.owner_name)
        if action.due_date:
            self.no_date.setChecked(False)
            self.date_edit.setDate(QDate.fromString(action.due_date, Qt.DateFormat.ISODate))
        else:
            self.no_date.setChecked(True)
            self.date_edit.setDate(self._suggested_date(action))
        self.date_edit.setEnabled(not self.no_date.isChecked())
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
        self.notes_edit.setPlainText(action.notes)
        because = "\n".join(f"• {line}" for line in action.because)
        self.because_text.setText(because or (self.tr("Action ajoutée par l’équipe.") if action.user_added else "—"))
        self.steps_text.setText("\n".join(f"{i}. {step}" for i, step in enumerate(action.steps, 1)) or "—")
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < len(self.actions))
        self._loading = False

    @staticmethod
    def _suggested_date(action: action_plan.StoredAction) -> QDate:
        return QDate.currentDate().addMonths(HORIZON_MONTHS.get(action.horizon, 3))

    # -- saving each change -----------------------------------------------------------------

    def _save(self, **fields) -> None:
        action = self.current_action()
        if self._loading or action is None:
            return
        if all(getattr(action, key) == value for key, value in fields.items()):
            return
        try:
            done = self.context.attempt(
                self.tr("La modification de l’action n’a pas été enregistrée."),
                lambda: action_plan.update_action(self.context.store, action.id, **fields),
            )
        except errors.RecordError as error:
            self.saved.failed(str(error))
            self._show_action(action)
            return
        if not done:
            # What was typed stays on screen, marked: the next change tries again.
            from peerready.ui.faults import FaultHandler

            self.saved.failed(FaultHandler().short(done.error))
            return
        updated = done.value
        row = self.actions.index(action)
        self.actions[row] = updated
        self._loading = True
        self._fill_row(row, updated)
        self.table.resizeRowToContents(row)
        self._loading = False
        if "status" in fields:
            self._show_action(updated)
        self.saved.saved()

    def on_title_edited(self) -> None:
        self._save(title=self.title_edit.text().strip())

    def on_role_changed(self) -> None:
        self._save(owner_role=self.role_combo.currentData())

    def on_name_edited(self) -> None:
        self._save(owner_name=self.name_edit.text().strip())

    def on_date_changed(self) -> None:
        if not self.no_date.isChecked():
            self._save(due_date=self.date_edit.date().toString(Qt.DateFormat.ISODate))

    def on_no_date_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked and self.current_action() is not None)
        if checked:
            self._save(due_date="")
        else:
            self._save(due_date=self.date_edit.date().toString(Qt.DateFormat.ISODate))

    def on_status_changed(self) -> None:
        self._save(status=self.status_combo.currentData())

    def on_notes_edited(self) -> None:
        self._save(notes=self.notes_edit.toPlainText().strip())

    def _save_notes(self) -> None:
        if self.notes_edit.hasFocus():
            self.on_notes_edited()

    # -- changing the plan ------------------------------------------------------------------

    def _reload(self, select_id: str | None = None) -> None:
        self.actions = action_plan.list_actions(self.context.store, self.assessment_id)
        self._fill_table(select_id)
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
        self.saved.saved()

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
        action = added.value
        self._reload(action.id)
        self.saved.saved()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_drop(self) -> None:
        action = self.current_action()
        if action is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData("dropped"))

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
        self.saved.saved()

    # -- documents ----------------------------------------------------------------------------

    def _suggested_path(self, document: str, extension: str) -> str:
        folder = self.context.setting("plan/last_folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = safe_file_name(f"{document} - {self.structure_name} - {dt.date.today().isoformat()}")
        return str(Path(folder) / f"{name}.{extension}") if folder else f"{name}.{extension}"

    def _ask_path(self, title: str, document: str, extension: str, filters: str) -> str | None:
        path = dialogs.save_file(self, title, self._suggested_path(document, extension), filters)
        if not path:
            return None
        if not path.lower().endswith("." + extension):
            path += "." + extension
        self.context.set_setting("plan/last_folder", str(Path(path).parent))
        return path

    def on_print_plan(self) -> None:
        self._print(full=False)

    def on_print_report(self) -> None:
        self._print(full=True)

    def _print(self, full: bool) -> None:
        if self._busy or self.stack.currentIndex() != 1:
            return
        self._save_notes()
        document = self.tr("Rapport complet") if full else self.tr("Plan d’action")
        path = self._ask_path(self.tr("Enregistrer le PDF"), document, "pdf", self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        # Everything read from the store is read here, on the UI thread; the worker gets plain data.
        store = self.context.store
        assessment = assessments.get_assessment(store, self.assessment_id)
        questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
        result = summaries.assessment_results(store, self.assessment_id)
        actions = [a for a in action_plan.list_actions(store, self.assessment_id) if a.status != "dropped"]
        date = assessment.started_at

        def make() -> str:
            from peerready import report

            if full:
                pdf = report.full_report(questionnaire, result, actions, date=date)
            else:
                pdf = report.action_plan(questionnaire, result, actions, date=date)
            Path(path).write_bytes(pdf)
            return path

        self.last_target = path
        self._set_busy(True)
        workers.run_in_background(make, self.on_pdf_done, self.on_pdf_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.print_plan_button, self.print_report_button):
            button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def on_pdf_done(self, path: str) -> None:
        if not isValid(self):  # the window was closed while the PDF was being made
            return
        self._set_busy(False)
        self.last_pdf = path
        notify = getattr(self.navigator, "notify", None)
        if callable(notify):
            notify(self.tr("PDF enregistré : {0}").format(path))
        dialogs.open_document(path)

    def on_pdf_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        from peerready.ui.faults import STORAGE_ERRORS, FaultHandler

        reason = (
            FaultHandler().file_problem(error, self.last_target or "") if isinstance(error, STORAGE_ERRORS) else error
        )
        dialogs.warn(self, self.tr("PDF impossible"), self.tr("Le PDF n’a pas pu être fait :\n{0}").format(reason))

    def on_export_csv(self) -> None:
        if self.stack.currentIndex() != 1:
            return
        self._save_notes()
        path = self._ask_path(
            self.tr("Exporter les actions"), self.tr("Plan d’action"), "csv", self.tr("Tableur CSV (*.csv)")
        )
        if not path:
            return
        try:
            write_csv(path, action_plan.list_actions(self.context.store, self.assessment_id))
        except OSError as error:
            from peerready.ui.faults import FaultHandler

            dialogs.warn(self, self.tr("Export impossible"), FaultHandler().file_problem(error, path))
            return
        notify = getattr(self.navigator, "notify", None)
        if callable(notify):
            notify(self.tr("Actions exportées : {0}").format(path))

    def on_compare(self) -> None:
        if not self.structure_id:
            return
        from peerready.ui.dialogs.compare import CompareDialog

        self._save_notes()
        dialog = CompareDialog(self.context, self.structure_id, self.assessment_id, self)
        dialog.exec()
