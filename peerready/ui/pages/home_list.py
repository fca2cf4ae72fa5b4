"""The home page's list of structures, as a model and a view, so that a thousand rows cost what the screen shows.

The model holds the summaries the store returned, in the store's order; a search asks the store
again (its rule for matching stays the only one) and resets the model, which is cheap: no widget
per row, and rows are measured and painted only when seen. The columns are sized from their
titles and texts once per change, never by measuring every row: the name, the stage and the
level share the room left by the date and the number of actions, and wrap when they must.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView

from peerready.store.listing import StructureSummary
from peerready.ui import words
from peerready.ui.widgets.event_watcher import EventWatcher
from peerready.ui.widgets.wrapping_rows import WrappingRows

NAME, DATE, STAGE, LEVEL, ACTIONS = range(5)
#: The columns that give up room, and wrap, when there is not enough for all texts on one line.
SHARING = (NAME, STAGE, LEVEL)


class StructureRows(QAbstractTableModel):
    """One row per structure summary: name, date of the latest assessment, its stage, level, open actions."""

    def __init__(self, titles: list[str], no_assessment: str, pending: str = "…", parent=None):
        super().__init__(parent)
        self.titles = titles
        self.no_assessment = no_assessment
        self.pending = pending  # a level being computed on a worker thread
        self.summaries: list[StructureSummary] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._rows: dict[str, int] = {}

    def show(self, summaries: list[StructureSummary]) -> bool:
        """Replace every row at once (the view keeps no widget per row, so this costs little); False when
        the rows are the same as those shown (typing the start of a name common to all), which changes nothing."""
        if summaries == self.summaries:
            self.summaries = summaries
            return False
        self.beginResetModel()
        self.summaries = summaries
        self._texts = [None] * len(summaries)  # written in words when first seen
        self._rows = {summary.structure.id: row for row, summary in enumerate(summaries)}
        self.endResetModel()
        return True

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            summary = self.summaries[row]
            texts = self._texts[row] = (
                summary.structure.name,
                words.short_date(summary.last_date) if summary.last_date else self.no_assessment,
                words.stage_short(summary.last_stage),
                self.pending if summary.level_pending else words.level(summary.level),
                str(summary.open_actions),
            )
        return texts

    def row_of(self, structure_id: str | None) -> int | None:
        return self._rows.get(structure_id) if structure_id else None

    def structure_id(self, row: int) -> str | None:
        return self.summaries[row].structure.id if 0 <= row < len(self.summaries) else None

    def texts(self, column: int) -> set[str]:
        """The texts of a column, to size it: every name, stage and level; a few dates (they all have one form)."""
        summaries = self.summaries
        if column == NAME:
            return {summary.structure.name for summary in summaries}
        if column == STAGE:
            return {words.stage_short(stage) for stage in {summary.last_stage for summary in summaries}}
        if column == LEVEL:
            return {words.level(level) for level in {summary.level for summary in summaries}} | {self.pending}
        sample = range(min(len(summaries), 20))
        return {self._row_texts(row)[column] for row in sample} | ({self.no_assessment} if column == DATE else set())

    # -- what Qt asks -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.summaries[index.row()].structure.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ACTIONS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None


class StructureList(QTreeView):
    """The structures, one row each; Enter or a double click is ``activated``; columns fit the width."""

    def __init__(self, model: StructureRows):
        super().__init__()
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Per item, whatever the platform's habit: per pixel would measure every row to size the scroll bar.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        WrappingRows(self, wrapping=SHARING, padding=4)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._measured: dict[str, tuple[int, int]] = {}
        self.viewport().installEventFilter(EventWatcher(QEvent.Type.Resize, self.fit_columns, self))
        model.modelReset.connect(self.fit_columns)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: every width measured is stale
            self._measured.clear()
            self.fit_columns()

    def fit_columns(self) -> None:
        """Give each column the width of its title and texts; when they do not all fit, the name, the
        stage and the level share what is left (never narrower than their title or longest word) and wrap."""
        model = self.model()
        titles = self.header().fontMetrics()
        style = self.header().style()
        title_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.header()) + 6
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 6
        least, wanted = [], []
        for column in range(model.columnCount()):
            title = titles.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))) + title_margin
            measured = [self._measure(text) for text in model.texts(column)]
            longest = max((whole for whole, _ in measured), default=0) + cell_margin
            longest_word = max((word for _, word in measured), default=0) + cell_margin
            least.append(max(title, longest_word) if column in SHARING else max(title, longest))
            wanted.append(max(title, longest))
        for column, width in enumerate(share(self.viewport().width(), least, wanted, SHARING)):
            if self.columnWidth(column) != width:
                self.setColumnWidth(column, width)

    def _measure(self, text: str) -> tuple[int, int]:
        """The width of ``text`` on one line, and of its longest word (never cut: a column wraps between words)."""
        measured = self._measured.get(text)
        if measured is None:
            metrics = self.fontMetrics()
            words = [metrics.horizontalAdvance(word) for word in text.split()]
            measured = self._measured[text] = (metrics.horizontalAdvance(text), max(words, default=0))
        return measured


def share(room: int, least: list[int], wanted: list[int], sharing: tuple[int, ...]) -> list[int]:
    """Column widths for ``room`` pixels: every column its ``wanted`` width when all fit, the first
    sharing column taking what is left over. Otherwise the other columns keep theirs and the sharing
    ones split the rest in proportion to what they want, so that they wrap on about as many lines
    each (a row is as tall as its tallest cell); a column is never given less than its ``least``.
    When even that does not fit, the view scrolls."""
    widths = list(wanted)
    spare = room - sum(wanted)
    if spare >= 0:
        widths[sharing[0]] += spare
        return widths
    budget = room - sum(w for column, w in enumerate(wanted) if column not in sharing)
    waiting = list(sharing)
    while waiting:
        asked = sum(wanted[c] for c in waiting)
        floored = [c for c in waiting if budget * wanted[c] // asked <= least[c]]
        if not floored:
            for column in waiting:
                widths[column] = budget * wanted[column] // asked
            widths[waiting[0]] += budget - sum(widths[c] for c in waiting)
            break
        for column in floored:
            widths[column] = least[column]
            budget -= least[column]
            waiting.remove(column)
    return widths
