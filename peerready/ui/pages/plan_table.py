"""The plan's actions as a table, in plan order: what, how urgent, who, by when, where it stands.

Long texts wrap instead of widening the page; when even the narrowest columns do not fit (large
text, small screen), who and when move under each title.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from peerready.store.action_plan import StoredAction
from peerready.ui import accessible, words
from peerready.ui.widgets.event_watcher import EventWatcher

COLUMNS = ("number", "title", "priority", "owner", "due", "status")
OWNER_COLUMN, DUE_COLUMN, STATUS_COLUMN = 3, 4, 5


class _WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text one grid line narrower, as it is painted, so no cell text gets elided."""

    def sizeHint(self, option, index):
        option = QStyleOptionViewItem(option)
        option.rect = option.rect.adjusted(0, 0, -2, 0)
        return super().sizeHint(option, index)


class ActionTable(QTableWidget):
    """One row per action; arrows choose one, Alt+Up and Alt+Down ask to move it (``move_requested``)."""

    #: The person chose another action (not emitted while the table is being filled).
    action_chosen = Signal()
    #: Alt+Up (-1) or Alt+Down (+1) on the chosen action.
    move_requested = Signal(int)

    def __init__(self):
        super().__init__(0, len(COLUMNS))
        self.actions: list[StoredAction] = []
        self.compact = False
        self._filling = False
        #: The last texts measured for the columns, and their widths: a resize needs no new measure.
        self._measured: dict = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Action"),
                self.tr("Priorité"),
                self.tr("Porté par"),
                self.tr("Échéance"),
                self.tr("Statut"),
            ]
        )
        self.setAccessibleName(self.tr("Actions du plan"))
        self.setAccessibleDescription(
            self.tr("Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.")
        )
        self.setToolTip(
            self.tr(
                "Flèches haut et bas : choisir une action\n"
                "Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie"
            )
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().installEventFilter(EventWatcher(QEvent.Type.Resize, self.fit_columns, self))
        self.itemSelectionChanged.connect(self._on_selection_changed)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_requested.emit(step))

    # -- contents ---------------------------------------------------------------------------

    def set_actions(self, actions: list[StoredAction], select_id: str | None = None) -> None:
        self.actions = list(actions)
        self._filling = True
        self.setRowCount(len(self.actions))
        for row, action in enumerate(self.actions):
            self._fill_row(row, action)
        self.fit_columns()
        self._filling = False
        if select_id is not None:
            self.select_action(select_id)

    def replace(self, updated: StoredAction) -> None:
        """Show an action as it was just saved."""
        row = next(r for r, a in enumerate(self.actions) if a.id == updated.id)
        self.actions[row] = updated
        self._filling = True
        self._fill_row(row, updated)
        self.resizeRowToContents(row)
        self._filling = False

    def refill(self) -> None:
        """Make every row again (items keep the font and greys they were given)."""
        self._filling = True
        for row, action in enumerate(self.actions):
            self._fill_row(row, action)
        self._filling = False
        self.fit_columns()

    def current_action(self) -> StoredAction | None:
        row = self.currentRow()
        selected = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not selected or not 0 <= row < len(self.actions):
            return None
        return self.actions[row]

    def select_action(self, action_id: str) -> None:
        for row, action in enumerate(self.actions):
            if action.id == action_id:
                self.selectRow(row)
                self.setCurrentCell(row, 1)
                self.scrollToItem(self.item(row, 1))
                return

    def _on_selection_changed(self) -> None:
        if not self._filling:
            self.action_chosen.emit()

    # -- rows --------------------------------------------------------------------------------

    def _row_texts(self, row: int, action: StoredAction, compact: bool) -> list[str]:
        """What a row says; when the page is narrow (large text), who and when go under the title."""
        title = action.title
        owner = words.owner(action.owner_role, action.owner_name)
        due = words.due(action.due_date, action.horizon)
        if compact:
            title += "\n" + self.tr("Porté par : {0}").format(owner)
            title += "\n" + self.tr("Échéance : {0}").format(due)
        if action.user_added:
            title += "\n" + self.tr("✎ ajoutée par l’équipe")
        if action.carried_from:
            title += "\n" + self.tr("↻ reprise de l’évaluation précédente")
        return [
            str(row + 1),
            title,
            words.priority_marked(action.priority),
            owner,
            due,
            words.status_marked(action.status),
        ]

    def _fill_row(self, row: int, action: StoredAction) -> None:
        texts = self._row_texts(row, action, self.compact)
        dropped = action.status == "dropped"
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)  # a new item each time: nothing left over from a previous state
            item.setToolTip(text)
            said = accessible.spoken(text)
            if said != text:
                item.setData(Qt.ItemDataRole.AccessibleTextRole, said)  # « Critique », not « cercle noir… »
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            font = QFont(self.font())
            font.setStrikeOut(dropped and column == 1)
            font.setBold(column == STATUS_COLUMN and action.status == "done")
            item.setFont(font)
            if dropped:
                item.setForeground(grey)
            self.setItem(row, column, item)

    # -- widths ------------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the width out between the columns; long texts wrap instead of pushing the page wider.

        Each column gets room for its heading and its longest word; then the action titles get room for
        about forty characters, the short columns their whole text, and the titles what is left. When
        even the smallest widths do not fit (large text, small screen), "porté par" and "échéance" move
        under each title.
        """
        metrics = self.fontMetrics()
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        padding = metrics.averageCharWidth() * 2
        count = len(COLUMNS)

        def widths(compact: bool) -> tuple[list[int], list[int]]:
            rows = tuple(tuple(self._row_texts(row, action, compact)) for row, action in enumerate(self.actions))
            key = (self.font().key(), bold.key(), compact, rows)
            if key not in self._measured:
                if len(self._measured) > 1:  # the compact and the full form of the same texts are kept
                    self._measured.clear()
                self._measured[key] = measure(rows, compact)
            smallest, natural = self._measured[key]
            return list(smallest), list(natural)

        def measure(rows, compact: bool) -> tuple[list[int], list[int]]:
            smallest = [heading.horizontalAdvance(self.horizontalHeaderItem(c).text()) for c in range(count)]
            natural = list(smallest)
            for texts in rows:
                for column, text in enumerate(texts):
                    # no-break spaces (« Dès maintenant ») hold words together: split on plain spaces only
                    words = [metrics.horizontalAdvance(w) for w in re.split(r"[ \n]+", text)]
                    lines = [metrics.horizontalAdvance(line) for line in text.split("\n")]
                    smallest[column] = max([smallest[column], *words])
                    natural[column] = max([natural[column], *lines])
            if compact:
                for column in (OWNER_COLUMN, DUE_COLUMN):
                    smallest[column] = natural[column] = -padding
            return [w + padding for w in smallest], [w + padding for w in natural]

        available = self.viewport().width()
        needed = sum(widths(False)[0])
        margin = self.verticalScrollBar().sizeHint().width()
        compact = needed > available if not self.compact else needed > available - margin
        if compact != self.compact:
            self.compact = compact
            self.setColumnHidden(OWNER_COLUMN, compact)
            self.setColumnHidden(DUE_COLUMN, compact)
            for row, action in enumerate(self.actions):
                self._fill_row(row, action)
        chosen, natural = widths(self.compact)
        budget = max(0, available - sum(chosen))
        grow = min(budget, max(0, metrics.averageCharWidth() * 40 - chosen[1]))
        chosen[1] += grow
        budget -= grow
        deficits = [max(0, natural[c] - chosen[c]) if c != 1 else 0 for c in range(count)]
        if sum(deficits):
            ratio = min(1.0, budget / sum(deficits))
            for column in range(count):
                step = int(deficits[column] * ratio)
                chosen[column] += step
                budget -= step
        chosen[1] += budget
        for column in range(count):
            if not self.isColumnHidden(column):
                self.setColumnWidth(column, chosen[column])
        self.resizeRowsToContents()
